package org.morgue.indexer.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.morgue.indexer.story.DatePrecision;
import org.morgue.indexer.story.PubDate;
import org.morgue.indexer.story.Story;

class CsvReaderTest {

  private final CsvReader reader = new CsvReader(StoryReaders.DEFAULT_MAX_RECORD_BYTES);

  @Test
  void readsMultiLineQuotedBodiesAndNumbersRecordsByTheirStartLine() throws IOException {
    Path file = TestData.file("formats/stories.csv");
    Collector c = Collector.read(reader, file);
    assertEquals(List.of("stories-1", "stories-2", "stories-3"), c.ids());
    assertEquals(List.of(), c.skips);

    Story appeal = c.stories.get(0);
    assertEquals("Harbour terminal opponents file appeal", appeal.title());
    assertEquals(
        "Opponents of the Port Ellery container terminal filed an appeal with the regional planning tribunal on Monday.\n\n"
            + "\"We will take this as far as it needs to go,\" said skipper Dan Whitlock, who leads the Ellery Fishermen's Association.\n\n"
            + "The harbour board said it was confident the decision would stand.",
        appeal.body());
    assertEquals(Optional.of(PubDate.day(2020, 1, 28)), appeal.published());
    assertEquals("Ellery Gazette", appeal.source());
    assertEquals("Tomás Reyes", appeal.byline());
    assertEquals(List.of("port", "courts"), appeal.tags());
    assertEquals(file + "#record 1 (line 2)", appeal.origin());

    Story school = c.stories.get(1);
    assertEquals(
        Optional.empty(), school.published(), "an empty date cell leaves the story undated");
    assertEquals(file + "#record 2 (line 7)", school.origin());

    Story skarn = c.stories.get(2);
    assertEquals("Skarn mayor: \"the ferry is our lifeline\"", skarn.title());
    assertEquals(DatePrecision.MONTH, skarn.published().orElseThrow().precision());
    assertEquals(file + "#record 3 (line 8)", skarn.origin());
    assertEquals("csv", skarn.format());
  }

  @Test
  void skipsShortAndUnparsableRecordsAndReadsTheRest() throws IOException {
    Path file = TestData.file("awkward/bad-row.csv");
    Collector c = Collector.read(reader, file);
    assertEquals(List.of("bad-row-1", "bad-row-4"), c.ids());
    assertEquals("Tide tables published", c.stories.get(1).title());
    assertEquals(
        List.of(
            new Skip(file + "#record 2 (line 3)", "expected 3 cells as in the header, found 2"),
            new Skip(
                file + "#record 3 (line 4)",
                "invalid CSV: Invalid character between encapsulated token and delimiter at line: 4, position: 191")),
        c.skips);
  }

  @Test
  void readsTheWikinewsSampleWithItsDatesAndUrls() throws IOException {
    Path file = TestData.file("wikinews/wikinews-sample.csv");
    Collector c = Collector.read(reader, file);
    assertEquals(12, c.stories.size());
    assertEquals(List.of(), c.skips);
    Story first = c.stories.get(0);
    assertEquals("wikinews-sample-1", first.id());
    assertEquals("Germany bans Mahan Air of Iran, citing 'security'", first.title());
    assertEquals(
        "https://en.wikinews.org//wiki/Germany_bans_Mahan_Air_of_Iran,_citing_%27security%27",
        first.url());
    assertEquals(Optional.of(PubDate.day(2019, 1, 23)), first.published());
    assertTrue(first
        .body()
        .startsWith(
            "Wednesday, January 23, 2019\n\nGermany on Monday banned Iranian airline Mahan Air"));
    assertEquals(
        "Iran admits downing Ukrainian jet, cites 'human error'",
        c.stories.get(11).title());
    assertEquals(Optional.of(PubDate.day(2020, 1, 13)), c.stories.get(11).published());
  }

  @Test
  void keepsUnknownColumnsInExtraAndSkipsBlankLinesAndBom() throws IOException {
    String csv =
        "\uFEFFID,Title,Body,Section\r\n\r\nx-1,Quay,Text here,Local\r\n,No id,More text,\r\n";
    Collector c = new Collector();
    reader.read(
        Path.of("in.csv"), new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), c);
    assertEquals(List.of("x-1", "in-2"), c.ids());
    assertEquals(Map.of("Section", "Local"), c.stories.get(0).extra());
    assertEquals("in.csv#record 2 (line 4)", c.stories.get(1).origin());
    assertEquals(Map.of(), c.stories.get(1).extra());
  }

  @Test
  void stopsAtARunawayQuotedRecordInsteadOfReadingItAllIntoMemory() throws IOException {
    String csv = "title,text\nok,fine\nbad,\"never closed " + "x".repeat(100_000) + "\nmore,rows\n";
    Collector c = new Collector();
    new CsvReader(10_000)
        .read(
            Path.of("run.csv"), new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), c);
    assertEquals(List.of("run-1"), c.ids());
    assertEquals(
        List.of(
            "run.csv#record 2 (line 3): record over the 10000 bytes limit; rest of the file not read"),
        c.skipStrings());
  }

  @Test
  void aRecordWithNeitherTitleNorTextIsSkipped() throws IOException {
    Collector c = new Collector();
    reader.read(
        Path.of("e.csv"),
        new ByteArrayInputStream("title,text,source\n,,Wire\n".getBytes(StandardCharsets.UTF_8)),
        c);
    assertEquals(List.of("e.csv#record 1 (line 2): no body/text and no title"), c.skipStrings());
  }
}
