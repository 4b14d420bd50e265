package org.morgue.indexer.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.morgue.indexer.clean.ParsedText;
import org.morgue.indexer.clean.PlainText;
import org.morgue.indexer.story.Story;

/**
 * The reader's own work: decoding, BOM, ids, origin, skips. What {@link PlainText} makes of the text
 * is the cleaner's contract and is compared against {@code PlainText.parse} of the expected string.
 */
class PlainTextReaderTest {

  private final PlainTextReader reader = new PlainTextReader(StoryReaders.DEFAULT_MAX_RECORD_BYTES);

  @Test
  void readsASeedWithItsFileStemAsId() throws IOException {
    Path file = TestData.file("seeds/000_079d92a754481f4e.txt");
    Collector c = Collector.read(reader, file);
    Story story = c.stories.get(0);
    assertEquals("000_079d92a754481f4e", story.id());
    assertEquals(file.toString(), story.origin());
    assertEquals("text", story.format());
    assertStoryIs(PlainText.parse(Files.readString(file)), story);
  }

  @Test
  void decodesWindows1252WhenTheBytesAreNotUtf8() throws IOException {
    Collector c = Collector.read(reader, TestData.file("awkward/latin1.txt"));
    assertEquals(List.of(), c.skips);
    Story story = c.stories.get(0);
    assertEquals("latin1", story.id());
    String expected = "Ellery mayor Pérez opens café on the quay\n\nSunday 2 February 2020\n\n"
        + "Mayor José Pérez opened the new café on the north quay on Sunday, praising its \u201charbour view\u201d"
        + " and its crème brûlée.\n";
    assertStoryIs(PlainText.parse(expected), story);
    assertTrue((story.title() + story.body()).contains("Pérez"));
  }

  @Test
  void passesHtmlEntitiesToTheCleanerUntouched() throws IOException {
    Path file = TestData.file("awkward/entities.txt");
    Collector c = Collector.read(reader, file);
    assertStoryIs(PlainText.parse(Files.readString(file)), c.stories.get(0));
  }

  @Test
  void anEmptyFileIsSkipped() throws IOException {
    Path file = TestData.file("awkward/empty.txt");
    Collector c = Collector.read(reader, file);
    assertEquals(List.of(), c.stories);
    assertEquals(List.of(new Skip(file.toString(), "empty file")), c.skips);
  }

  @Test
  void whitespaceOnlyAndBinaryFilesAreSkippedAndABomIsDropped() throws IOException {
    Collector c = new Collector();
    reader.read(
        Path.of("blank.txt"),
        new ByteArrayInputStream(" \n\t\r\n".getBytes(StandardCharsets.UTF_8)),
        c);
    reader.read(Path.of("nul.txt"), new ByteArrayInputStream(new byte[] {'a', 0, 'b'}), c);
    reader.read(
        Path.of("bom.txt"),
        new ByteArrayInputStream("\uFEFFHeadline\n\nBody.".getBytes(StandardCharsets.UTF_8)),
        c);
    assertEquals(
        List.of("blank.txt: empty file", "nul.txt: binary content (NUL bytes) in a text file"),
        c.skipStrings());
    assertStoryIs(PlainText.parse("Headline\n\nBody."), c.stories.get(0));
  }

  @Test
  void refusesAFileOverTheLimit() throws IOException {
    Collector c = new Collector();
    new PlainTextReader(10)
        .read(
            Path.of("big.txt"),
            new ByteArrayInputStream("x".repeat(11).getBytes(StandardCharsets.UTF_8)),
            c);
    assertEquals(List.of("big.txt: file over the 10 bytes limit"), c.skipStrings());
  }

  private static void assertStoryIs(ParsedText parsed, Story story) {
    assertEquals(parsed.title(), story.title());
    assertEquals(parsed.body(), story.body());
    assertEquals(parsed.published(), story.published());
    assertEquals(parsed.byline(), story.byline());
    assertEquals(parsed.source(), story.source());
    assertEquals(List.of(), story.tags());
    assertEquals(Map.of(), story.extra());
  }
}
