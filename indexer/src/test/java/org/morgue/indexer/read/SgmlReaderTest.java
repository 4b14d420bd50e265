package org.morgue.indexer.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.morgue.indexer.story.PubDate;
import org.morgue.indexer.story.Story;

class SgmlReaderTest {

  private final SgmlReader reader = new SgmlReader(StoryReaders.DEFAULT_MAX_RECORD_BYTES);

  @Test
  void readsEachReutersElementWithDateCodesDatelineAndCleanBody() throws IOException {
    Path file = TestData.file("formats/reuters-sample.sgm");
    Collector c = Collector.read(reader, file);
    assertEquals(List.of("reuters-900001", "reuters-900002", "reuters-900003"), c.ids());
    assertEquals(List.of(), c.skips);

    Story grain = c.stories.get(0);
    assertEquals("U.S. AND SOVIET GRAIN OFFICIALS TO MEET", grain.title());
    assertEquals(
        "U.S. and Soviet grain officials will meet\nin Vienna next week to review the long-term grain agreement,\n"
            + "Agriculture Department officials said.\n\n"
            + "The talks come as the U.S. weighs a wheat subsidy offer to\nMoscow, which analysts said could exceed 2 mln tonnes if prices\n"
            + "fall < 100 dlrs per tonne.\n\n"
            + "Officials of the European Community <EC> said they would\nwatch the talks closely.",
        grain.body());
    assertEquals(Optional.of(PubDate.day(1987, 3, 3)), grain.published());
    assertEquals("Reuters", grain.source());
    assertEquals("Ellen Marsh", grain.byline());
    assertEquals(
        List.of("topic:grain", "topic:wheat", "place:usa", "place:ussr", "org:ec"), grain.tags());
    assertEquals(
        Map.of("dateline", "WASHINGTON, March 3", "lewissplit", "TRAIN", "topics", "YES"),
        grain.extra());
    assertEquals(file + ":2", grain.origin());
    assertEquals("sgml", grain.format());

    Story earnings = c.stories.get(1);
    assertEquals("<NORTHERN MILLS LTD> 4TH QTR NET", earnings.title());
    assertEquals(
        "Shr 42 cts vs 35 cts\n\nNet 6.1 mln vs 5.0 mln\n\nRevs 88.4 mln vs 80.2 mln",
        earnings.body());
    assertEquals(
        Optional.of(PubDate.day(1987, 3, 31)),
        earnings.published(),
        "23:58 local stays on the wire's day");
    assertEquals(List.of("topic:earn", "place:canada", "exchange:tse"), earnings.tags());

    Story brief = c.stories.get(2);
    assertEquals("LAWSON SAYS STERLING LEVEL APPROPRIATE", brief.title());
    assertEquals("Blah blah blah.", brief.body());
    assertEquals(List.of("place:uk", "person:lawson"), brief.tags());
    assertEquals(Map.of("lewissplit", "NOT-USED", "topics", "NO"), brief.extra());
  }

  @Test
  void anEmptyUnprocessedElementIsStillAStoryAndAnUnclosedOneIsParsedTolerantly()
      throws IOException {
    String sgm =
        "<REUTERS NEWID=\"7\">\n<DATE> 3-APR-1987 07:09:06.48</DATE>\n<TEXT TYPE=\"UNPROC\">&#2;\n&#3;\n</TEXT>\n</REUTERS>\n"
            + "<REUTERS NEWID=\"8\">\n<DATE>4-APR-1987</DATE><TEXT TYPE=\"UNPROC\">&#2;\nraw wire text &#127;here\n"
            + "<REUTERS NEWID=\"9\">\n<TEXT><TITLE>LAST</TITLE><BODY>Body < 5 pct <stray> end.\n Reuter\n&#3;</BODY></TEXT>\n</REUTERS>\n";
    Collector c = new Collector();
    reader.read(
        Path.of("x.sgm"), new ByteArrayInputStream(sgm.getBytes(StandardCharsets.UTF_8)), c);
    assertEquals(List.of("reuters-7", "reuters-8", "reuters-9"), c.ids());
    assertEquals("", c.stories.get(0).body());
    assertEquals(Optional.of(PubDate.day(1987, 4, 3)), c.stories.get(0).published());
    assertEquals("raw wire text here", c.stories.get(1).body());
    assertEquals("Body < 5 pct  end.", c.stories.get(2).body());
    assertEquals(Optional.empty(), c.stories.get(2).published());
    assertEquals("x.sgm:10", c.stories.get(2).origin());
  }

  @Test
  void anUntitledWireStoryTakesItsHeadlineLinesAsTitle() throws IOException {
    // Shaped like Reuters-21578's 737 UNPROC stories: no TITLE, a capitalised headline wrapped at a
    // hyphen.
    Path file = Path.of("src/test/resources/org/morgue/indexer/read/unproc-headline.sgm");
    Collector c = Collector.read(reader, file);
    assertEquals(List.of("reuters-90001", "reuters-90002"), c.ids());
    Story port = c.stories.get(0);
    assertEquals("ELLERY PORT REOPENS AFTER GALE, P-3 PIER STAYS SHUT", port.title());
    assertEquals(
        "ELLERY, March 2 - The port of Ellery reopened to shipping\non Monday after a gale, but the P-3 pier stays"
            + " closed for\nrepairs until April, the harbour authority said.",
        port.body());
    // A short mixed-case first line before the text is its title too.
    Story table = c.stories.get(1);
    assertEquals("Ellery port tonnage, week to Feb 27", table.title());
    assertEquals("Cargo 12,400 tonnes, ferries 31 sailings.", table.body());
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', textBlock = """
      FLASH: S/P CUTS ELLERY DEBT\\nTO BBB                 | FLASH: S/P CUTS ELLERY DEBT TO BBB | FLASH: S/P CUTS ELLERY DEBT\\nTO BBB
      MADRID FIXING 7 APR US DOLLAR 127.688\\n\\nCAN 97.483 | MADRID FIXING 7 APR US DOLLAR 127.688 | CAN 97.483
      Shares rose in Ellery.\\nTraders were pleased.       | Shares rose in Ellery.             | Shares rose in Ellery.\\nTraders were pleased.
      """)
  void aBodyThatIsAllHeadlineKeepsItsTextAndTitlesByItsFirstLine(
      String body, String title, String rest) {
    WireHeadline.Split split = WireHeadline.split(body.replace("\\n", "\n"));
    assertEquals(title, split.title());
    assertEquals(rest.replace("\\n", "\n"), split.body());
  }

  @Test
  void skipsAnElementOverTheLimitAndResumesAtTheNextOne() throws IOException {
    String big = "<REUTERS NEWID=\"1\">\n<TEXT><BODY>" + "long line\n".repeat(50)
        + "</BODY></TEXT>\n</REUTERS>\n";
    String small = "<REUTERS NEWID=\"2\">\n<TEXT><TITLE>OK</TITLE></TEXT>\n</REUTERS>\n";
    Collector c = new Collector();
    new SgmlReader(200)
        .read(
            Path.of("b.sgm"),
            new ByteArrayInputStream((big + small).getBytes(StandardCharsets.UTF_8)),
            c);
    assertEquals(List.of("reuters-2"), c.ids());
    assertEquals(List.of("b.sgm:1: <REUTERS> element over the 200 bytes limit"), c.skipStrings());
  }

  /** Bodies as Reuters-21578 ends them (a backslash-n stands for a line break) and what is kept. */
  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', textBlock = """
      Profit rose.\\n Reuter|Profit rose.
      Profit rose.\\n REUTER...|Profit rose.
      Profit rose.\\n\\nREUTER E|Profit rose.
      total 55.8 (33.7).        REUTER|total 55.8 (33.7).
      a year ago. REUTER|a year ago.
      prices, a survey by Reuter.|prices, a survey by Reuter.
      said Reuter correspondents.|said Reuter correspondents.
      REUTER|''
      """)
  void dropsTheWireSignOffInEachOfItsForms(String ending, String kept) throws IOException {
    String body = ending.replace("\\n", "\n");
    String sgm = "<REUTERS NEWID=\"1\">\n<TEXT><TITLE>T</TITLE><BODY>" + body
        + "\n&#3;</BODY></TEXT>\n</REUTERS>\n";
    Collector c = new Collector();
    reader.read(
        Path.of("s.sgm"), new ByteArrayInputStream(sgm.getBytes(StandardCharsets.UTF_8)), c);
    assertEquals(kept, c.stories.get(0).body());
  }
}
