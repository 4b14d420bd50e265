package org.morgue.indexer.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.morgue.indexer.story.Story;

/**
 * {@link ReaderFuzzTest}'s treatment for the markup readers (HTML, NITF, NewsML-G2, WARC), in one run:
 * seeded random bytes under each extension, the real fixtures cut in half, with invalid UTF-8 and with a
 * NUL byte, HTML nested 100,000 deep, a billion-laughs and an external-entity NITF, WARC records whose
 * Content-Length lies both ways, gzip bombs as {@code .warc.gz} and {@code .html.gz}, and a 200 MB
 * single-line page, beside the good fixtures. The run must finish, report each bad file with its
 * location and reason, and read every good story.
 *
 * <p>Memory bound: every markup reader holds at most one file (HTML, NITF, NewsML-G2) or one page
 * (WARC) of {@code CAP} bytes (8 MB here, {@link StoryReaders#DEFAULT_MAX_RECORD_BYTES} = 50 MB in
 * production) plus its parsed tree, and a WARC file at most one held story; the bombs and the 200 MB
 * line are cut at {@code CAP + 1} bytes as they stream in. Entity expansion is capped by the JDK's
 * secure processing (2,500 expansions), so an XML file cannot grow past a small multiple of its size.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MarkupFuzzTest {

  private static final long CAP = 8L * 1024 * 1024;

  private Path dir;
  private Path outside;
  private Collector collector;

  @BeforeAll
  void readEverything(@TempDir Path tmp) throws IOException {
    dir = Files.createDirectory(tmp.resolve("in"));
    outside = tmp.resolve("secret.txt");
    writeInputs();
    collector = new Collector();
    assertTimeoutPreemptively(
        Duration.ofMinutes(2), () -> new StoryReaders(CAP).read(List.of(dir), collector));
  }

  private void writeInputs() throws IOException {
    Random random = new Random(20260122L);
    for (String ext : List.of("html", "htm", "xml", "nitf", "warc", "warc.gz")) {
      byte[] noise = new byte[64 * 1024];
      random.nextBytes(noise);
      Files.write(dir.resolve("noise." + ext), noise);
    }
    for (String name : List.of(
        "harbour-page.html",
        "pier-cafes.htm",
        "council-budget.nitf",
        "ferry-talks.xml",
        "captures.warc.gz")) {
      Files.copy(TestData.file("formats/" + name), dir.resolve("good-" + name));
    }
    byte[] page = fixture("harbour-page.html");
    byte[] nitf = fixture("council-budget.nitf");
    byte[] newsml = fixture("ferry-talks.xml");
    byte[] warc = gunzip(fixture("captures.warc.gz"));
    Files.write(dir.resolve("cut-harbour-page.html"), Arrays.copyOf(page, page.length / 2));
    Files.write(dir.resolve("cut-council-budget.nitf"), Arrays.copyOf(nitf, nitf.length / 2));
    Files.write(dir.resolve("cut-ferry-talks.xml"), Arrays.copyOf(newsml, newsml.length / 2));
    byte[] gz = fixture("captures.warc.gz");
    Files.write(dir.resolve("cut-captures.warc.gz"), Arrays.copyOf(gz, gz.length / 2));
    Files.write(dir.resolve("cut-captures.warc"), Arrays.copyOf(warc, warc.length / 2));
    Files.write(dir.resolve("utf8-harbour-page.html"), badUtf8(page, "No ferries"));
    Files.write(dir.resolve("utf8-council-budget.nitf"), badUtf8(nitf, "budget"));
    Files.write(dir.resolve("utf8-ferry-talks.xml"), badUtf8(newsml, "ferry"));
    Files.write(dir.resolve("nul-harbour-page.html"), replaceFirst(page, "harbour", "harb\0our"));
    Files.write(dir.resolve("nul-council-budget.nitf"), replaceFirst(nitf, "budget", "bud\0get"));
    Files.writeString(
        dir.resolve("nested.html"),
        "<html><head><title>Deep</title></head><body>"
            + "<div>".repeat(100_000)
            + "<p>A paragraph at the bottom of a very deep page, long enough to score.</p>"
            + "</div>".repeat(100_000) + "</body></html>");
    Files.writeString(dir.resolve("laughs.nitf"), billionLaughs());
    Files.writeString(outside, "SECRET-CONTENT");
    Files.writeString(
        dir.resolve("external.nitf"),
        "<?xml version=\"1.0\"?>\n<!DOCTYPE nitf [\n"
            + "<!ENTITY xxe SYSTEM \"" + outside.toUri()
            + "\">\n]>\n<nitf><head><title>External</title></head>"
            + "<body><body.content><p>Before &xxe; after.</p></body.content></body></nitf>\n");
    writeWarcs();
    for (String name : List.of("bomb.warc.gz", "bomb.html.gz")) {
      try (OutputStream out =
          new GZIPOutputStream(Files.newOutputStream(dir.resolve(name)), 1 << 16)) {
        byte[] zeros = new byte[1 << 20];
        for (int i = 0; i < 256; i++) {
          out.write(zeros);
        }
      }
    }
    try (OutputStream out = Files.newOutputStream(dir.resolve("longline.html"))) {
      out.write("<html><body><p>".getBytes(StandardCharsets.UTF_8));
      byte[] block = new byte[1 << 20];
      Arrays.fill(block, (byte) 'a');
      for (int i = 0; i < 200; i++) {
        out.write(block);
      }
      out.write("</p></body></html>".getBytes(StandardCharsets.UTF_8));
    }
  }

  private void writeWarcs() throws IOException {
    String html =
        "<html><head><title>Lying length</title></head><body><p>A story inside a record whose"
            + " WARC header lies about its length, long enough to be prose.</p></body></html>";
    String http = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + html;
    int real = http.getBytes(StandardCharsets.UTF_8).length;
    String good = record(1, real, http);
    Files.writeString(
        dir.resolve("longer.warc"), good + record(2, real + 500, http) + record(3, real, http));
    Files.writeString(
        dir.resolve("shorter.warc"), good + record(2, real - 40, http) + record(3, real, http));
    Files.writeString(dir.resolve("longer-last.warc"), good + record(2, real + 500, http));
  }

  private static String record(int n, int length, String payload) {
    return "WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-00000000000"
        + n
        + ">\r\nWARC-Date: 2021-07-02T08:00:0" + n + "Z\r\nWARC-Target-URI: https://lies.example/"
        + n
        + "\r\nContent-Type: application/http;msgtype=response\r\nContent-Length: " + length
        + "\r\n\r\n"
        + payload + "\r\n\r\n";
  }

  private static String billionLaughs() {
    StringBuilder dtd =
        new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE nitf [\n<!ENTITY lol0 \"lol\">\n");
    for (int i = 1; i <= 9; i++) {
      dtd.append("<!ENTITY lol")
          .append(i)
          .append(" \"")
          .append(("&lol" + (i - 1) + ";").repeat(10))
          .append("\">\n");
    }
    return dtd + "]>\n<nitf><head><title>Laughs</title></head><body><body.content><p>&lol9;</p>"
        + "</body.content></body></nitf>\n";
  }

  private static byte[] fixture(String name) throws IOException {
    return Files.readAllBytes(TestData.file("formats/" + name));
  }

  private static byte[] gunzip(byte[] gz) throws IOException {
    try (GZIPInputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(gz))) {
      return in.readAllBytes();
    }
  }

  /** The bytes with an invalid UTF-8 pair (C3 28) put in front of the first occurrence of {@code word}. */
  private static byte[] badUtf8(byte[] bytes, String word) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    int at = text.indexOf(word);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(text.substring(0, at).getBytes(StandardCharsets.UTF_8));
    out.writeBytes(new byte[] {(byte) 0xC3, (byte) 0x28});
    out.writeBytes(text.substring(at).getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  private static byte[] replaceFirst(byte[] bytes, String from, String to) {
    return new String(bytes, StandardCharsets.UTF_8)
        .replaceFirst(from, to)
        .getBytes(StandardCharsets.UTF_8);
  }

  private List<String> skipsOf(String file) {
    String prefix = dir.resolve(file).toString();
    return collector.skipStrings().stream()
        .filter(x -> x.startsWith(prefix + ":") || x.startsWith(prefix + "#"))
        .map(x -> x.substring(dir.toString().length() + 1))
        .toList();
  }

  private Story story(String id) {
    return collector.stories.stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void everyGoodStoryIsReadInInputOrder() {
    assertEquals(
        List.of(
            "cut-captures-3",
            "cut-captures-3",
            "cut-harbour-page",
            "good-captures-3",
            "good-captures-7",
            "EH-2022-0412-budget",
            "urn:newsml:elleryherald.example:20210618:ferry-talks",
            "good-harbour-page",
            "good-pier-cafes",
            "longer-last-1",
            "longer-1",
            "nested",
            "shorter-1",
            "utf8-harbour-page"),
        collector.ids());
    assertEquals(
        "A paragraph at the bottom of a very deep page, long enough to score.",
        story("nested").body());
    assertEquals("Deep", story("nested").title());
  }

  @Test
  void looseInputIsReadAsWellAsItCanBe() {
    // HTML has no end to miss: a cut page keeps its title; invalid UTF-8 becomes U+FFFD in place.
    assertEquals(
        "Ferry strike shuts Ellery harbour for a second day",
        story("cut-harbour-page").title());
    assertEquals("", story("cut-harbour-page").body());
    assertTrue(
        story("utf8-harbour-page")
            .body()
            .startsWith("ELLERY \u2014 \uFFFD(No ferries left Ellery harbour"),
        story("utf8-harbour-page").body());
    assertEquals(
        story("good-harbour-page").body().length() + 2,
        story("utf8-harbour-page").body().length());
  }

  @Test
  void eachBadMarkupFileIsReportedWithItsLocationAndReason() {
    assertEquals(List.of("bomb.html.gz: file over the 8 MB limit"), skipsOf("bomb.html.gz"));
    assertEquals(List.of("longline.html: file over the 8 MB limit"), skipsOf("longline.html"));
    assertEquals(
        List.of("noise.html: binary content (NUL bytes) in an HTML page"), skipsOf("noise.html"));
    assertEquals(
        List.of("noise.htm: binary content (NUL bytes) in an HTML page"), skipsOf("noise.htm"));
    assertEquals(
        List.of("nul-harbour-page.html: binary content (NUL bytes) in an HTML page"),
        skipsOf("nul-harbour-page.html"));
    assertEquals(
        List.of(
            "noise.nitf:1: not well-formed XML at line 1, column 1: Invalid byte 1 of 1-byte UTF-8"
                + " sequence."),
        skipsOf("noise.nitf"));
    assertEquals(
        List.of(
            "noise.xml: unknown format (not .txt, .jsonl, .ndjson, .csv, .sgm, .html, .nitf or .warc,"
                + " and the first bytes are not JSON, CSV, Reuters SGML, HTML, NITF, NewsML-G2 or WARC)"),
        skipsOf("noise.xml"));
    assertEquals(
        List.of(
            "cut-council-budget.nitf:24: not well-formed XML at line 24, column 25: XML document"
                + " structures must start and end within the same entity."),
        skipsOf("cut-council-budget.nitf"));
    assertEquals(
        List.of("cut-ferry-talks.xml:19: not well-formed XML at line 19, column 80: XML document"
            + " structures must start and end within the same entity."),
        skipsOf("cut-ferry-talks.xml"));
    assertEquals(
        List.of(
            "utf8-council-budget.nitf:5: not well-formed XML at line 5, column 20: Invalid byte 2 of"
                + " 2-byte UTF-8 sequence."),
        skipsOf("utf8-council-budget.nitf"));
    assertEquals(
        List.of(
            "utf8-ferry-talks.xml:3: not well-formed XML at line 3, column 52: Invalid byte 2 of"
                + " 2-byte UTF-8 sequence."),
        skipsOf("utf8-ferry-talks.xml"));
    assertEquals(
        List.of(
            "nul-council-budget.nitf:5: not well-formed XML at line 5, column 23: An invalid XML"
                + " character (Unicode: 0x0) was found in the element content of the document."),
        skipsOf("nul-council-budget.nitf"));
  }

  @Test
  void entitiesNeitherExplodeNorReachOutsideTheFile() {
    assertEquals(
        List.of(
            "laughs.nitf:1: not well-formed XML at line 1, column 1: JAXP00010001: The parser has"
                + " encountered more than \"2500\" entity expansions in this document; this is the limit imposed by"
                + " \"jdk.xml.entityExpansionLimit\"."),
        skipsOf("laughs.nitf"));
    assertEquals(
        List.of("external.nitf: external entity &xxe; (SYSTEM \"" + outside.toUri()
            + "\") is not read:" + " Morgue reads nothing outside the file"),
        skipsOf("external.nitf"));
    assertTrue(collector.stories.stream()
        .noneMatch(x -> x.body().contains("SECRET") || x.title().contains("SECRET")));
  }

  @Test
  void brokenWarcFilesKeepTheRecordsBeforeTheBreak() {
    assertEquals(
        List.of(
            "longer.warc#record 2: reading stopped in this record (expected 44 more bytes in file);"
                + " the rest of the file not read"),
        skipsOf("longer.warc"));
    assertEquals(
        List.of(
            "longer-last.warc#record 2: reading stopped in this record (expected 496 more bytes in"
                + " file); the rest of the file not read"),
        skipsOf("longer-last.warc"));
    // A length that lies short would have indexed record 2 cut mid-sentence; it is dropped instead.
    assertEquals(
        List.of(
            "shorter.warc#record 2: no WARC record follows where its Content-Length ends (invalid"
                + " WARC record at position 2: ... WARC header lies about its length, long<-- HERE --> enough to be"
                + " prose.</p></body></html>\\r\\n... (offset 860)); this record and the rest of the file not read"),
        skipsOf("shorter.warc"));
    assertEquals(
        List.of(
            "cut-captures.warc#record 3: reading stopped after this record (EOFException); the rest"
                + " of the file not read"),
        skipsOf("cut-captures.warc"));
    assertEquals(
        List.of(
            "cut-captures.warc.gz#record 3: reading stopped after this record (Unexpected end of ZLIB"
                + " input stream); the rest of the file not read"),
        skipsOf("cut-captures.warc.gz"));
    assertEquals(
        List.of("noise.warc.gz: read failed after 0 stories: Not in GZIP format"),
        skipsOf("noise.warc.gz"));
    assertNotWarc("noise.warc", "Z\\xffffffe4");
    assertNotWarc("bomb.warc.gz", "\\x00\\x00\\x00");
  }

  private void assertNotWarc(String file, String firstBytes) {
    List<String> skips = skipsOf(file);
    assertEquals(1, skips.size(), skips.toString());
    assertTrue(
        skips
            .get(0)
            .startsWith(file + ": not a WARC file: invalid WARC record at position 0: <-- HERE -->"
                + firstBytes),
        skips.get(0));
    assertTrue(skips.get(0).endsWith("... (offset 0)"), skips.get(0));
  }

  @Test
  void noOtherSkipsAndEveryFileIsFinished() {
    assertEquals(23, collector.skips.size(), collector.skipStrings().toString());
    assertEquals(
        List.of(
            "good-captures.warc.gz: 3 captures not indexed: not HTML or not a success (HTTP 301 1,"
                + " image/png 1, text/css 1)"),
        skipsOf("good-captures.warc.gz"));
    assertEquals(30, collector.filesDone.size());
  }
}
