package org.morgue.indexer.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.morgue.indexer.story.Story;

class StoryReadersTest {

  private final StoryReaders readers = new StoryReaders();

  @Test
  void readsAllOfTestdataWithExactCountsAndSkips() throws IOException {
    Path root = TestData.root();
    Collector c = new Collector();
    ReadSummary summary = readers.read(List.of(root), c);

    Map<String, Long> perFormat = new TreeMap<>();
    for (Story s : c.stories) {
      perFormat.merge(s.format(), 1L, Long::sum);
    }
    assertEquals(
        Map.of(
            "csv", 17L, "html", 2L, "jsonl", 15L, "newsml", 1L, "nitf", 1L, "sgml", 3L, "text", 7L,
            "warc", 2L),
        perFormat);
    assertEquals(perFormat, summary.storiesByFormat());
    assertEquals(48, summary.stories());
    assertEquals(7, summary.skipped());
    assertEquals(24, summary.files());
    assertEquals(
        List.of(
            new Skip(
                root.resolve("awkward/bad-row.csv") + "#record 2 (line 3)",
                "expected 3 cells as in the header, found 2"),
            new Skip(
                root.resolve("awkward/bad-row.csv") + "#record 3 (line 4)",
                "invalid CSV: Invalid character between encapsulated token and delimiter at line: 4, position: 191"),
            new Skip(root.resolve("awkward/empty.txt").toString(), "empty file"),
            new Skip(
                root.resolve("awkward/malformed-line.jsonl") + ":2",
                "invalid JSON: Unexpected character ('b' (code 98)): was expecting comma to separate Object entries"),
            new Skip(
                root.resolve("awkward/truncated.jsonl.gz").toString(),
                "read failed after 2 stories: Unexpected end of ZLIB input stream"),
            new Skip(
                root.resolve("awkward/unknown.bin").toString(),
                "unknown format (not .txt, .jsonl, .ndjson, .csv, .sgm,"
                    + " .html, .nitf or .warc, and the first bytes are not JSON, CSV, Reuters SGML, HTML, NITF, NewsML-G2"
                    + " or WARC)"),
            new Skip(
                root.resolve("formats/captures.warc.gz").toString(),
                "3 captures not indexed: not HTML or not a success (HTTP 301 1, image/png 1, text/css 1)")),
        c.skips);
    assertEquals(
        List.of("awk-trunc-1", "awk-trunc-2"),
        c.stories.stream()
            .filter(s -> s.origin().contains("truncated"))
            .map(Story::id)
            .toList());
    assertEquals(
        c.ids().size(), c.ids().stream().distinct().count(), "ids are unique across testdata");
  }

  @Test
  void walksFoldersInSortedOrderSkippingDocsAndHiddenFilesAndReportsEachFile() throws IOException {
    Path root = TestData.root();
    List<Path> files = readers.files(List.of(root));
    assertEquals(
        List.of(
            "awkward/bad-row.csv",
            "awkward/empty.txt",
            "awkward/entities.txt",
            "awkward/latin1.txt",
            "awkward/malformed-line.jsonl",
            "awkward/script.jsonl",
            "awkward/truncated.jsonl.gz",
            "awkward/unknown.bin",
            "demo/harbour-gale.jsonl",
            "formats/captures.warc.gz",
            "formats/council-budget.nitf",
            "formats/ferry-talks.xml",
            "formats/harbour-page.html",
            "formats/pier-cafes.htm",
            "formats/reuters-sample.sgm",
            "formats/stories.csv",
            "formats/stories.jsonl",
            "formats/stories.ndjson.gz",
            "seeds/000_079d92a754481f4e.txt",
            "seeds/001_49c5f41f396e63f2.txt",
            "seeds/002_bf3de7300dd640e3.txt",
            "seeds/003_75fc6c007729b890.txt",
            "seeds/004_dcb1392a28173e2c.txt",
            "wikinews/wikinews-sample.csv"),
        files.stream()
            .map(f -> root.relativize(f).toString().replace('\\', '/'))
            .toList());
    long total = 0;
    for (Path f : files) {
      total += Files.size(f);
    }
    assertEquals(total, readers.totalBytes(List.of(root)));

    Collector c = new Collector();
    readers.read(List.of(root.resolve("awkward")), c);
    assertEquals(
        List.of(
            "bad-row.csv csv 295",
            "empty.txt text 0",
            "entities.txt text 322",
            "latin1.txt text 183",
            "malformed-line.jsonl jsonl 460",
            "script.jsonl jsonl 314",
            "truncated.jsonl.gz jsonl 255",
            "unknown.bin unknown 520"),
        c.filesDone);
  }

  @Test
  void aMissingInputFailsBeforeAnythingIsRead() {
    Path missing = TestData.root().resolve("no-such-folder");
    Collector c = new Collector();
    InputNotFoundException e = assertThrows(
        InputNotFoundException.class,
        () -> readers.read(List.of(TestData.file("formats"), missing), c));
    assertEquals(missing, e.path());
    assertEquals("input not found: " + missing, e.getMessage());
    assertEquals(List.of(), c.stories);
    assertThrows(InputNotFoundException.class, () -> readers.totalBytes(List.of(missing)));
  }

  @Test
  void anExplicitFileIsReadEvenWhenAFolderWalkWouldPassItOver(@TempDir Path dir)
      throws IOException {
    Path readme = dir.resolve("README.txt");
    Files.writeString(readme, "A headline\n\nA body.", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve(".hidden.txt"), "Hidden\n\nText.", StandardCharsets.UTF_8);
    Path sub = Files.createDirectory(dir.resolve("b"));
    Files.writeString(
        sub.resolve("story.txt"), "Sub headline\n\nSub body.", StandardCharsets.UTF_8);
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve("a.json.gz")))) {
      out.write(
          "{\"id\":\"sniffed\",\"title\":\"From a .json.gz\"}\n".getBytes(StandardCharsets.UTF_8));
    }
    Collector walked = new Collector();
    readers.read(List.of(dir), walked);
    assertEquals(List.of("sniffed", "story"), walked.ids());

    Collector explicit = new Collector();
    readers.read(List.of(readme), explicit);
    assertEquals(List.of("README"), explicit.ids());
  }
}
