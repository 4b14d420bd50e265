package org.morgue.server.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.testtools.JavalinTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.morgue.indexer.index.IndexLayout;
import org.morgue.server.ServerConfig;
import org.morgue.server.search.lucene.LuceneSearchService;
import org.morgue.server.testing.TestArchive;

/**
 * Responses are gzipped for a client that accepts it, JSON and page files alike; uncompressed JSON
 * answers carry a {@code Content-Length}. The JDK client is
 * used because, unlike the test tools' OkHttp, it does not unzip behind the test's back.
 */
class CompressionTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static HttpResponse<byte[]> get(HttpClient http, int port, String path, boolean gzip)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
    if (gzip) {
      request.header("Accept-Encoding", "gzip");
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private static byte[] gunzip(byte[] body) throws IOException {
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
      return in.readAllBytes();
    }
  }

  @Test
  void searchJsonAndPageFilesAreGzippedForClientsThatAcceptIt(@TempDir Path dir) throws Exception {
    TestArchive.build(dir, TestArchive.STORIES);
    try (LuceneSearchService service =
            LuceneSearchService.open(new IndexLayout(dir), Duration.ofMinutes(10));
        HttpClient http = HttpClient.newHttpClient()) {
      JavalinTest.test(MorgueApp.create(service, ServerConfig.defaults(dir)), (server, client) -> {
        int port = server.port();
        HttpResponse<byte[]> plain = get(http, port, "/api/search?size=100", false);
        HttpResponse<byte[]> zipped = get(http, port, "/api/search?size=100", true);
        assertEquals(Optional.empty(), plain.headers().firstValue("Content-Encoding"));
        // Uncompressed answers carry their length, so they go out in one piece and not chunked.
        assertEquals(
            Optional.of(Integer.toString(plain.body().length)),
            plain.headers().firstValue("Content-Length"));
        assertEquals(Optional.empty(), plain.headers().firstValue("Transfer-Encoding"));
        assertEquals(Optional.of("gzip"), zipped.headers().firstValue("Content-Encoding"));
        assertTrue(
            plain.body().length > 1_500,
            "the search answer is big enough to be worth zipping: " + plain.body().length);
        assertTrue(
            zipped.body().length < plain.body().length / 2,
            zipped.body().length + " vs " + plain.body().length);
        // Same answer once unzipped (took_ms aside, which is the only field that may differ between
        // two calls).
        ObjectNode unzipped = (ObjectNode) JSON.readTree(gunzip(zipped.body()));
        ObjectNode expected = (ObjectNode) JSON.readTree(plain.body());
        unzipped.remove("took_ms");
        expected.remove("took_ms");
        assertEquals(expected, unzipped);

        HttpResponse<byte[]> script = get(http, port, "/app.js", true);
        assertEquals(Optional.of("gzip"), script.headers().firstValue("Content-Encoding"));
        try (InputStream original = MorgueApp.class.getResourceAsStream("/web/app.js")) {
          assertArrayEquals(original.readAllBytes(), gunzip(script.body()));
        }
        HttpResponse<byte[]> health = get(http, port, "/api/health", true);
        assertEquals(
            Optional.empty(),
            health.headers().firstValue("Content-Encoding"),
            "a few bytes are sent as they are");
      });
    }
  }
}
