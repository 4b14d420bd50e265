package org.morgue.indexer.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile input for every reader in one run: seeded random bytes under each format's extension,
 * truncated and bomb {@code .gz} files, invalid UTF-8, NUL bytes, a 200 MB single line, deeply
 * nested markup, huge and empty fields, each beside good stories. The run must finish, report each
 * bad input with its location, and read every good story. Memory is bounded by the per-record cap
 * (here 8 MB, {@link StoryReaders#DEFAULT_MAX_RECORD_BYTES} in production): no reader holds more
 * than one record of that size, so the 200 MB line and the 256 MB bomb pass through a 64 KB buffer.
 * The markup readers (HTML, NITF, NewsML-G2, WARC) get the same treatment in {@link MarkupFuzzTest}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReaderFuzzTest {

  private static final long CAP = 8L * 1024 * 1024;
  private static final String GOOD_TEXT =
      "Embassy reopens\n\nBAGHDAD, Jan 2 (Reuters) - The embassy reopened on Thursday.\n";
  private static final String GOOD_JSON =
      "{\"id\":\"%s\",\"title\":\"Good story %s\",\"body\":\"Body of %s.\"}\n";

  private Path dir;
  private Collector collector;

  @BeforeAll
  void readEverything(@TempDir Path tmp) throws IOException {
    dir = tmp;
    writeInputs();
    collector = new Collector();
    assertTimeoutPreemptively(
        Duration.ofMinutes(2), () -> new StoryReaders(CAP).read(List.of(dir), collector));
  }

  private void writeInputs() throws IOException {
    Random random = new Random(20260121L);
    for (String ext : List.of("txt", "jsonl", "csv", "sgm", "bin")) {
      byte[] noise = new byte[64 * 1024];
      random.nextBytes(noise);
      Files.write(dir.resolve("noise." + ext), noise);
    }
    Files.writeString(dir.resolve("good.txt"), GOOD_TEXT);
    Files.write(
        dir.resolve("nul.txt"),
        ("Title\n\nBody with a NUL \0 byte.\n").getBytes(StandardCharsets.UTF_8));
    Files.writeString(dir.resolve("empty.txt"), "");
    // JSON Lines: good lines around invalid UTF-8, a raw NUL, empty and huge fields, deep nesting.
    try (OutputStream out = Files.newOutputStream(dir.resolve("mixed.jsonl"))) {
      out.write(
          String.format(Locale.ROOT, GOOD_JSON, "j1", "1", "1").getBytes(StandardCharsets.UTF_8));
      out.write(new byte[] {
        '{', '"', 't', 'i', 't', 'l', 'e', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}', '\n'
      });
      out.write("{\"title\":\"nul \0 inside\"}\n".getBytes(StandardCharsets.UTF_8));
      out.write("{\"title\":\"\",\"body\":\"\"}\n".getBytes(StandardCharsets.UTF_8));
      out.write(
          ("{\"id\":\"huge\",\"title\":\"Huge\",\"body\":\"" + "word ".repeat(1_000_000) + "\"}\n")
              .getBytes(StandardCharsets.UTF_8));
      out.write(("{\"title\":" + "[".repeat(5000) + "]".repeat(5000) + "}\n")
          .getBytes(StandardCharsets.UTF_8));
      out.write(
          String.format(Locale.ROOT, GOOD_JSON, "j2", "2", "2").getBytes(StandardCharsets.UTF_8));
    }
    // 200 MB on one line, streamed to disk: the reader must drop it without holding it.
    try (OutputStream out = Files.newOutputStream(dir.resolve("longline.jsonl"))) {
      out.write("{\"title\":\"".getBytes(StandardCharsets.UTF_8));
      byte[] block = new byte[1 << 20];
      Arrays.fill(block, (byte) 'a');
      for (int i = 0; i < 200; i++) {
        out.write(block);
      }
      out.write("\"}\n".getBytes(StandardCharsets.UTF_8));
      out.write(String.format(Locale.ROOT, GOOD_JSON, "after-long", "3", "3")
          .getBytes(StandardCharsets.UTF_8));
    }
    // A bomb: 256 MB of zeros in about 250 KB of gzip, as a JSON Lines file and as a text file.
    for (String name : List.of("bomb.jsonl.gz", "bomb.txt.gz")) {
      try (OutputStream out =
          new GZIPOutputStream(Files.newOutputStream(dir.resolve(name)), 1 << 16)) {
        byte[] zeros = new byte[1 << 20];
        for (int i = 0; i < 256; i++) {
          out.write(zeros);
        }
      }
    }
    // A truncated gzip: its first complete lines stand.
    Path whole = dir.resolve("whole.tmp");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(whole))) {
      for (int i = 1; i <= 2000; i++) {
        out.write(String.format(Locale.ROOT, GOOD_JSON, "t" + i, "t" + i, "t" + i)
            .getBytes(StandardCharsets.UTF_8));
      }
    }
    byte[] gz = Files.readAllBytes(whole);
    Files.delete(whole);
    Files.write(dir.resolve("truncated.jsonl.gz"), Arrays.copyOf(gz, gz.length / 2));
    // CSV: a good row, a row with too few cells, an unclosed quote that would run to the end.
    Files.writeString(
        dir.resolve("rows.csv"),
        "id,title,body\nc1,Good row,Fine body\nc2,Short\n" + "c3,\"Unclosed,body\n"
            + ("x".repeat(1000) + "\n").repeat(10_000));
    // SGML: deeply nested markup inside one element, then a good element.
    Files.writeString(
        dir.resolve("nested.sgm"),
        "<REUTERS NEWID=\"1\"><TEXT><TITLE>Deep</TITLE><BODY>"
            + "<D>".repeat(100_000) + "deep" + "</D>".repeat(100_000) + "</BODY></TEXT></REUTERS>\n"
            + "<REUTERS NEWID=\"2\"><TEXT><TITLE>Shallow</TITLE><BODY>Plain body.</BODY></TEXT></REUTERS>\n");
  }

  private List<String> skipsOf(String file) {
    String prefix = dir.resolve(file).toString();
    return collector.skipStrings().stream()
        .filter(s -> s.startsWith(prefix + ":") || s.startsWith(prefix + "#"))
        .map(s -> s.substring(dir.toString().length() + 1))
        .toList();
  }

  @Test
  void everyGoodStoryIsReadInInputOrder() {
    List<String> ids =
        collector.ids().stream().filter(id -> !id.matches("t\\d+")).toList();
    assertEquals(
        List.of("good", "after-long", "j1", "huge", "j2", "reuters-1", "reuters-2", "c1"), ids);
    assertEquals(
        1_000_000 * "word ".length() - 1,
        collector.stories.stream()
            .filter(s -> s.id().equals("huge"))
            .findFirst()
            .orElseThrow()
            .body()
            .length());
  }

  @Test
  void truncatedGzipKeepsTheStoriesBeforeTheBreak() {
    List<String> truncated =
        collector.ids().stream().filter(id -> id.matches("t\\d+")).toList();
    assertTrue(truncated.size() > 100, "stories before the break: " + truncated.size());
    for (int i = 0; i < truncated.size(); i++) {
      assertEquals("t" + (i + 1), truncated.get(i));
    }
    assertEquals(
        List.of("truncated.jsonl.gz: read failed after " + truncated.size()
            + " stories: Unexpected end of ZLIB input stream"),
        skipsOf("truncated.jsonl.gz"));
  }

  @Test
  void eachBadInputIsReportedWithItsLocation() {
    assertEquals(
        List.of("bomb.jsonl.gz:1: line of 268435456 bytes is over the 8 MB limit"),
        skipsOf("bomb.jsonl.gz"));
    assertEquals(List.of("bomb.txt.gz: file over the 8 MB limit"), skipsOf("bomb.txt.gz"));
    assertEquals(List.of("empty.txt: empty file"), skipsOf("empty.txt"));
    assertEquals(
        List.of("longline.jsonl:1: line of 209715212 bytes is over the 8 MB limit"),
        skipsOf("longline.jsonl"));
    assertEquals(
        List.of(
            "mixed.jsonl:2: invalid UTF-8 at byte 11 of the line",
            "mixed.jsonl:3: invalid JSON: Illegal unquoted character ((CTRL-CHAR, code 0)): has to be escaped using"
                + " backslash to be included in string value",
            "mixed.jsonl:4: no body/text and no title",
            "mixed.jsonl:6: invalid JSON: Document nesting depth (1001) exceeds the maximum allowed (1000, from"
                + " `StreamReadConstraints.getMaxNestingDepth()`)"),
        skipsOf("mixed.jsonl"));
    assertEquals(List.of("nul.txt: binary content (NUL bytes) in a text file"), skipsOf("nul.txt"));
    assertEquals(
        List.of("noise.txt: binary content (NUL bytes) in a text file"), skipsOf("noise.txt"));
    assertEquals(
        List.of(
            "noise.bin: unknown format (not .txt, .jsonl, .ndjson, .csv, .sgm, .html, .nitf or .warc,"
                + " and the first bytes are not JSON, CSV, Reuters SGML, HTML, NITF, NewsML-G2 or WARC)"),
        skipsOf("noise.bin"));
    assertEquals(
        List.of(
            "rows.csv#record 2 (line 3): expected 3 cells as in the header, found 2",
            "rows.csv#record 3 (line 4): record over the 8 MB limit; rest of the file not read"),
        skipsOf("rows.csv"));
    assertEquals(List.of(), skipsOf("nested.sgm"));
    assertEquals(
        List.of("noise.sgm: no <REUTERS> element in the file"),
        collector.skipStrings().stream()
            .filter(s -> s.startsWith(dir.resolve("noise.sgm").toString()))
            .map(s -> s.substring(dir.toString().length() + 1))
            .toList());
  }

  @Test
  void randomBytesAreSkippedLinePerLineNeverAsStories() {
    // Seeded noise: every JSON Lines line and every CSV record is a located skip; none became a
    // story.
    assertTrue(collector.stories.stream().noneMatch(s -> s.origin().contains("noise")));
    List<String> jsonl = skipsOf("noise.jsonl");
    assertTrue(jsonl.size() > 200, "noise.jsonl skips: " + jsonl.size());
    assertTrue(
        jsonl.stream()
            .allMatch(s -> s.matches(
                "noise\\.jsonl:\\d+: (invalid UTF-8 at byte \\d+ of the line|invalid JSON: .*)")),
        jsonl.toString());
    List<String> csv = skipsOf("noise.csv");
    assertTrue(
        csv.stream().allMatch(s -> s.matches("noise\\.csv#record \\d+ \\(line \\d+\\): .*")),
        csv.toString());
  }
}
