package org.morgue.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.morgue.indexer.index.IndexLayout;
import org.morgue.indexer.story.PubDate;
import org.morgue.indexer.story.Story;
import org.morgue.server.ServerConfig;
import org.morgue.server.search.lucene.LuceneSearchService;
import org.morgue.server.testing.TestArchive;

/**
 * The export's time limit (an export past it ends with a documented partial marker) and a client that
 * hangs up mid-download (one INFO line, no error, no stack trace). The archive has 1,200 stories, so an
 * export is several batches and far more bytes than one write.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExportLimitsTest {

  private static final int STORIES = 1_200;

  private Path dir;
  private LuceneSearchService service;

  @BeforeAll
  void build(@TempDir Path archiveDir) throws Exception {
    dir = archiveDir;
    List<Story> stories = new ArrayList<>();
    // Distinct bodies: near-identical ones would all land in one copy group and slow the build
    // down.
    java.util.Random random = new java.util.Random(21);
    for (int i = 0; i < STORIES; i++) {
      StringBuilder words = new StringBuilder("The harbour report " + i + ".");
      for (int w = 0; w < 80; w++) {
        words.append(" w").append(Integer.toString(random.nextInt(50_000), 36));
      }
      String body = words.toString();
      stories.add(new Story(
          String.format(Locale.ROOT, "r%04d", i),
          "Wire report " + i,
          body,
          Optional.of(PubDate.day(2020, 1 + i % 12, 1 + i % 28)),
          "AP",
          "Staff",
          "https://example.org/r" + i,
          List.of(),
          Map.of(),
          "test:r" + i,
          "test"));
    }
    stories.add(new Story(
        "x1",
        "=HYPERLINK(\"https://evil.example\",\"click\")",
        "Injection check for the desk.",
        Optional.of(PubDate.day(2020, 5, 1)),
        "@evil",
        "-2+3",
        "https://example.org/x1",
        List.of(),
        Map.of(),
        "test:x1",
        "test"));
    TestArchive.build(dir, stories);
    service = LuceneSearchService.open(new IndexLayout(dir), Duration.ofMinutes(10));
  }

  @AfterAll
  void close() {
    service.close();
  }

  @Test
  void anExportPastItsTimeLimitEndsWithAPartialMarkerInEitherFormat() throws Exception {
    // One nanosecond has passed before the first match is counted: no row is in time.
    try (LuceneSearchService hurried = LuceneSearchService.open(
        new IndexLayout(dir),
        Duration.ofMinutes(10),
        ServerConfig.DEFAULT_QUERY_TIME_LIMIT,
        Duration.ofNanos(1))) {
      JavalinTest.test(MorgueApp.create(hurried, ServerConfig.defaults(dir)), (server, client) -> {
        Response csv = client.get("/api/export?format=csv&q=harbour");
        assertEquals(200, csv.code());
        assertEquals(
            "id,title,published,source,byline,url,person,org,place,snippet\r\n"
                + "\"#partial\",\"the export time limit of 0 s passed after 0 rows; the rows above are the first ones in the"
                + " requested order, more stories matched\",,,,,,,,\r\n",
            csv.body().string());
        Response jsonl = client.get("/api/export?format=jsonl&q=harbour");
        assertEquals(
            "{\"partial\":true,\"rows\":0,\"reason\":\"the export time limit of 0 s passed after 0 rows;"
                + " the rows above are the first ones in the requested order, more stories matched\"}\n",
            jsonl.body().string());
      });
    }
  }

  @Test
  void csvCellsASpreadsheetWouldRunAsFormulasStartWithAnApostropheJsonLinesAreAsStored() {
    JavalinTest.test(MorgueApp.create(service, ServerConfig.defaults(dir)), (server, client) -> {
      assertEquals(
          "id,title,published,source,byline,url,person,org,place,snippet\r\n"
              + "x1,\"'=HYPERLINK(\"\"https://evil.example\"\",\"\"click\"\")\",2020-05-01,'@evil,'-2+3,"
              + "https://example.org/x1,,,,Injection check for the desk.\r\n",
          client.get("/api/export?format=csv&q=injection").body().string());
      assertEquals(
          "{\"id\":\"x1\",\"title\":\"=HYPERLINK(\\\"https://evil.example\\\",\\\"click\\\")\","
              + "\"published\":\"2020-05-01\",\"source\":\"@evil\",\"byline\":\"-2+3\",\"url\":\"https://example.org/x1\","
              + "\"entities\":{\"person\":[],\"org\":[],\"place\":[]},\"snippet\":\"Injection check for the desk.\"}\n",
          client.get("/api/export?format=jsonl&q=injection").body().string());
    });
  }

  @Test
  void anExportWithinItsLimitHasNoMarker() {
    JavalinTest.test(MorgueApp.create(service, ServerConfig.defaults(dir)), (server, client) -> {
      String body = client.get("/api/export?format=jsonl&q=harbour").body().string();
      assertEquals(STORIES, body.split("\n").length);
      assertTrue(!body.contains("\"partial\""));
    });
  }

  @Test
  void aClientHangingUpMidExportIsOneInfoLineNotAnError() throws Exception {
    PrintStream original = System.err;
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    JavalinTest.test(MorgueApp.create(service, ServerConfig.defaults(dir)), (server, client) -> {
      System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
      try (Socket socket = new Socket("127.0.0.1", server.port())) {
        OutputStream out = socket.getOutputStream();
        out.write("GET /api/export?format=csv&q=harbour HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"
            .getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
        InputStream in = socket.getInputStream();
        in.readNBytes(12); // "HTTP/1.1 200": the export is streaming
        socket.setSoLinger(true, 0); // close with a reset, as a killed client does
      }
      // The next request on a fresh connection is answered after the export handler has given up.
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (!log.toString(StandardCharsets.UTF_8).contains("export stopped after")
          && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      assertEquals(200, client.get("/api/health").code());
    });
    System.setErr(original);
    String text = log.toString(StandardCharsets.UTF_8);
    List<String> lines = text.lines().filter(l -> l.contains("MorgueApp")).toList();
    assertEquals(1, lines.size(), text);
    assertTrue(
        lines.get(0).contains("INFO org.morgue.server.http.MorgueApp - export stopped after "),
        text);
    assertTrue(lines.get(0).endsWith(" stories as csv: the client closed the connection"), text);
    assertTrue(!text.contains("ERROR") && !text.contains("WARN") && !text.contains("\tat "), text);
  }
}
