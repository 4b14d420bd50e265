package org.morgue.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.testtools.JavalinTest;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.morgue.indexer.opensearch.OpenSearchClient;
import org.morgue.server.ServerConfig;
import org.morgue.server.search.opensearch.OpenSearchSearchService;

/**
 * A cluster that does not answer gives 503 with the JSON error shape, never a hang or a 500; a bad query
 * is still a 400 first, since the query is judged before the cluster is asked. Needs no cluster: the
 * backend points at a loopback port nothing listens on.
 */
class ClusterDownTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dir;

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  /** The app over the cluster backend pointed at a port nothing listens on. */
  private void withClusterDown(io.javalin.testtools.TestCase test) throws Exception {
    OpenSearchClient client =
        new OpenSearchClient("http://127.0.0.1:" + freePort(), Duration.ofSeconds(5));
    try (OpenSearchSearchService service = OpenSearchSearchService.open(
        client, "morgue", Duration.ofMinutes(10), Duration.ofSeconds(5))) {
      JavalinTest.test(MorgueApp.create(service, ServerConfig.defaults(dir)), test);
    }
  }

  @Test
  void everyEndpointAnswers503JsonWhenTheClusterIsDown() throws Exception {
    withClusterDown((server, http) -> {
      for (String path : new String[] {
        "/api/search?q=embassy",
        "/api/stories/s1",
        "/api/stories/s1/versions",
        "/api/suggest?prefix=emb",
        "/api/export?q=embassy&format=csv"
      }) {
        var response = http.get(path);
        assertEquals(503, response.code(), path);
        JsonNode error = JSON.readTree(response.body().string()).get("error");
        assertEquals("unavailable", error.get("code").asText(), path);
        assertEquals(
            true,
            error
                .get("message")
                .asText()
                .startsWith("the search cluster is unavailable: no OpenSearch answers at"),
            path);
      }
      var bad = http.get("/api/search?q=%22open");
      assertEquals(400, bad.code());
      assertEquals(
          "unbalanced quote: a \" is not closed",
          JSON.readTree(bad.body().string()).at("/error/message").asText());
    });
  }

  /** The investigation tools are the embedded index's: on the cluster backend each route says so, 501 JSON. */
  @Test
  void investigationToolsAnswer501JsonOnTheClusterBackend() throws Exception {
    withClusterDown((server, http) -> {
      for (String path : new String[] {
        "/api/entities/person/qais%20al%20khazali",
        "/api/network?q=embassy",
        "/api/timeline?entity=place:baghdad"
      }) {
        var response = http.get(path);
        assertEquals(501, response.code(), path);
        JsonNode error = JSON.readTree(response.body().string()).get("error");
        assertEquals("not_implemented", error.get("code").asText(), path);
        assertEquals(
            true,
            error
                .get("message")
                .asText()
                .endsWith("is served by the embedded index only; this server "
                    + "searches an OpenSearch cluster"),
            path);
      }
      var batch = org.morgue.server.testing.RawPost.post(
          server.port(), "/api/batch", "text/plain", "embassy\n");
      assertEquals(501, batch.status());
      assertEquals(
          "not_implemented", JSON.readTree(batch.body()).at("/error/code").asText());
    });
  }
}
