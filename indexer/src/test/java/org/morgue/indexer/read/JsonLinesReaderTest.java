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

class JsonLinesReaderTest {

  private final JsonLinesReader reader = new JsonLinesReader(StoryReaders.DEFAULT_MAX_RECORD_BYTES);

  @Test
  void readsEveryFieldAliasAndPrecisionOfTheFormatsFixture() throws IOException {
    Path file = TestData.file("formats/stories.jsonl");
    Collector c = Collector.read(reader, file);

    assertEquals(
        List.of(
            "morgue-2020-0114-port", "morgue-2019-1203-quay", "morgue-2019-annual", "stories-5"),
        c.ids());
    assertEquals(List.of(), c.skips);

    Story port = c.stories.get(0);
    assertEquals("Harbour board approves Port Ellery container terminal", port.title());
    assertTrue(port.body().startsWith("PORT ELLERY - The harbour board voted 7-2"));
    assertTrue(port.body().contains("fishing crews.\n\nBoard chair Miriam Okafor"));
    // 23:30 at UTC-5 is the next day in UTC.
    assertEquals(Optional.of(PubDate.day(2020, 1, 15)), port.published());
    assertEquals("Ellery Gazette", port.source());
    assertEquals("Tomás Reyes", port.byline());
    assertEquals("https://gazette.example/2020/01/port-terminal", port.url());
    assertEquals(List.of("port", "economy"), port.tags());
    assertEquals(
        Map.of(
            "section",
            "Local",
            "word_count",
            "58",
            "corrections",
            "null",
            "related",
            "[\"morgue-2019-1203-quay\"]"),
        port.extra());
    assertEquals(file + ":1", port.origin());
    assertEquals("jsonl", port.format());

    Story quay = c.stories.get(1);
    assertTrue(quay.body().startsWith("Around thirty trawlers"), "text is the body alias");
    assertEquals(DatePrecision.MONTH, quay.published().orElseThrow().precision());
    assertEquals("2019-12", quay.published().orElseThrow().iso());
    assertEquals("Staff reporter", quay.byline());
    assertEquals(List.of("port", "fishing", "protest"), quay.tags());

    assertEquals("2019", c.stories.get(2).published().orElseThrow().iso());
    assertEquals(DatePrecision.YEAR, c.stories.get(2).published().orElseThrow().precision());

    Story undated = c.stories.get(3);
    assertEquals(Optional.empty(), undated.published());
    assertEquals(Map.of("published", "not yet published"), undated.extra());
    assertEquals(file + ":5", undated.origin());
  }

  @Test
  void skipsTheBrokenLineAndKeepsTheLinesAroundIt() throws IOException {
    Path file = TestData.file("awkward/malformed-line.jsonl");
    Collector c = Collector.read(reader, file);
    assertEquals(List.of("awk-good-1", "awk-good-2"), c.ids());
    assertEquals(
        List.of(
            new Skip(
                file + ":2",
                "invalid JSON: Unexpected character ('b' (code 98)): was expecting comma to separate Object entries")),
        c.skips);
  }

  @Test
  void keepsMarkupAsTextNeverInterpretsIt() throws IOException {
    Collector c = Collector.read(reader, TestData.file("awkward/script.jsonl"));
    Story story = c.stories.get(0);
    assertEquals("Council website hacked <script>alert(1)</script>", story.title());
    assertEquals(
        "The council's website showed the message <b>HACKED</b> for two hours on Monday.\n\n"
            + "Investigators found the attacker had inserted <script>alert(1)</script> into the news page.",
        story.body());
  }

  @Test
  void reportsEachBadLineWithItsNumberAndReason() throws IOException {
    byte[] latin1 = "{\"title\":\"P\u00e9rez\"}".getBytes(StandardCharsets.ISO_8859_1);
    String text =
        "[1,2]\n\n   \n{\"source\":\"Wire\"}\n{\"title\":{\"a\":1}}\n{\"title\":\"ok\",\"tags\":[{\"x\":1}]}\n"
            + "{\"title\":\"A\"} {\"title\":\"B\"}\n";
    byte[] bytes = concat(
        text.getBytes(StandardCharsets.UTF_8),
        latin1,
        "\n{\"title\":\"Last\"}".getBytes(StandardCharsets.UTF_8));
    Collector c = new Collector();
    reader.read(Path.of("in.jsonl"), new ByteArrayInputStream(bytes), c);
    assertEquals(List.of("in-9"), c.ids());
    assertEquals(
        List.of(
            "in.jsonl:1: not a JSON object (found array)",
            "in.jsonl:4: no body/text and no title",
            "in.jsonl:5: field 'title' must be a string, not object",
            "in.jsonl:6: field 'tags' must hold strings, not object",
            "in.jsonl:7: invalid JSON: Trailing token (of type START_OBJECT) found after value (bound as `com.fasterxml.jackson.databind.JsonNode`): not allowed as per `DeserializationFeature.FAIL_ON_TRAILING_TOKENS`",
            "in.jsonl:8: invalid UTF-8 at byte 12 of the line"),
        c.skipStrings());
  }

  @Test
  void refusesALineOverTheLimitWithoutHoldingIt() throws IOException {
    JsonLinesReader small = new JsonLinesReader(64);
    String big = "{\"title\":\"" + "x".repeat(200) + "\"}";
    Collector c = new Collector();
    small.read(
        Path.of("big.jsonl"),
        new ByteArrayInputStream(
            (big + "\r\n{\"title\":\"small\"}\r\n").getBytes(StandardCharsets.UTF_8)),
        c);
    assertEquals(List.of("big-2"), c.ids());
    assertEquals(
        List.of("big.jsonl:1: line of 213 bytes is over the 64 bytes limit"), c.skipStrings());
  }

  @Test
  void bodyWinsOverTextAndTheLoserIsKept() throws IOException {
    Collector c = new Collector();
    reader.read(
        Path.of("x.jsonl"),
        new ByteArrayInputStream(
            "\uFEFF{\"Title\":\"T\",\"body\":\"B\",\"text\":\"other\",\"id\":42}"
                .getBytes(StandardCharsets.UTF_8)),
        c);
    Story s = c.stories.get(0);
    assertEquals("42", s.id());
    assertEquals("B", s.body());
    assertEquals("T", s.title());
    assertEquals(Map.of("text", "other"), s.extra());
  }

  private static byte[] concat(byte[]... parts) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }
}
