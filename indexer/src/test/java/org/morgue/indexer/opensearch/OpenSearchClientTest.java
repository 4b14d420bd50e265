package org.morgue.indexer.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.morgue.indexer.cli.SuppressForbidden;

/**
 * The client's transport without a cluster: a JDK HTTP server stands in for a node and answers with
 * the framings OpenSearch uses (Content-Length, chunked, HEAD without a body), error statuses, and a
 * delay past the client's timeout; what arrives (method, path, content type, UTF-8 body) and from
 * how many connections is logged.
 */
@SuppressForbidden(
    reason = "the JDK's own HTTP server (jdk.httpserver) stands in for an OpenSearch node: a real "
        + "server with real framing, no dependency added for a test")
class OpenSearchClientTest {

  private HttpServer node;
  private final List<String> arrived = new CopyOnWriteArrayList<>();
  private final Set<String> connections = ConcurrentHashMap.newKeySet();

  @BeforeEach
  void start() throws IOException {
    node = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    node.createContext("/", this::answer);
    node.start();
  }

  @AfterEach
  void stop() {
    node.stop(0);
  }

  private void answer(HttpExchange exchange) throws IOException {
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    String path = exchange.getRequestURI().getPath();
    connections.add(exchange.getRemoteAddress().toString());
    arrived.add(exchange.getRequestMethod() + " " + exchange.getRequestURI() + " "
        + exchange.getRequestHeaders().getFirst("Content-Type") + " " + body);
    Map<String, Integer> statuses = Map.of("/missing", 404, "/red", 503, "/refused", 400);
    int status = statuses.getOrDefault(path, 200);
    byte[] answer = switch (path) {
      case "/echo" -> ("{\"got\":" + body + "}").getBytes(StandardCharsets.UTF_8);
      case "/empty" -> new byte[0];
      case "/refused" -> "{\"error\":\"bad query\"}".getBytes(StandardCharsets.UTF_8);
      default -> "{\"ok\":\"Zürich\"}".getBytes(StandardCharsets.UTF_8);
    };
    if (path.equals("/slow")) {
      try {
        Thread.sleep(3_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    if (exchange.getRequestMethod().equals("HEAD")) {
      exchange.sendResponseHeaders(status, -1);
    } else if (path.equals("/chunked")) {
      // Length 0 makes the JDK server frame the answer as chunked, written in two pieces.
      exchange.sendResponseHeaders(status, 0);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(answer, 0, 5);
        out.flush();
        out.write(answer, 5, answer.length - 5);
      }
      return;
    } else {
      exchange.sendResponseHeaders(status, answer.length == 0 ? -1 : answer.length);
    }
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(answer);
    }
  }

  private String url() {
    return "http://127.0.0.1:" + node.getAddress().getPort();
  }

  private static String deadUrl() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return "http://127.0.0.1:" + socket.getLocalPort();
    }
  }

  @Test
  void sendsUtf8JsonAndReadsContentLengthAndChunkedAnswers() {
    try (OpenSearchClient client = new OpenSearchClient(url(), Duration.ofSeconds(5))) {
      assertEquals(
          "{\"got\":{\"q\":\"Zürich\"}}",
          client.post("/echo", Map.of("q", "Zürich")).toString());
      assertEquals("{\"ok\":\"Zürich\"}", client.get("/chunked").toString());
      assertEquals("{}", client.get("/empty").toString());
      assertEquals(
          "{\"got\":{\"index\":{}}}",
          client.postNdjson("/echo", "{\"index\":{}}\n").toString());
      assertEquals(
          List.of(
              "POST /echo application/json {\"q\":\"Zürich\"}",
              "GET /chunked null ",
              "GET /empty null ",
              "POST /echo application/x-ndjson {\"index\":{}}\n"),
          arrived);
    }
  }

  @Test
  void keepsOneConnectionAliveForRequestsOneAfterAnother() {
    try (OpenSearchClient client = new OpenSearchClient(url(), Duration.ofSeconds(5))) {
      for (int i = 0; i < 20; i++) {
        client.get(i % 2 == 0 ? "/chunked" : "/plain");
      }
      assertEquals(20, arrived.size());
      assertEquals(1, connections.size());
    }
  }

  @Test
  void headSaysWhetherAPathExists() {
    try (OpenSearchClient client = new OpenSearchClient(url(), Duration.ofSeconds(5))) {
      assertTrue(client.exists("/plain"));
      assertFalse(client.exists("/missing"));
      // The connection is still in step after two answers without bodies.
      assertEquals("{\"ok\":\"Zürich\"}", client.get("/plain").toString());
    }
  }

  @Test
  void errorStatusesBecomeTypedErrors() {
    try (OpenSearchClient client = new OpenSearchClient(url(), Duration.ofSeconds(5))) {
      OpenSearchException refused =
          assertThrows(OpenSearchException.class, () -> client.post("/refused", "{}"));
      assertEquals(400, refused.status());
      assertEquals(
          "OpenSearch answered POST /refused with 400: {\"error\":\"bad query\"}",
          refused.getMessage());
      ClusterUnavailableException red =
          assertThrows(ClusterUnavailableException.class, () -> client.get("/red"));
      assertEquals(
          "OpenSearch at " + url() + " is not ready (503): {\"ok\":\"Zürich\"}", red.getMessage());
    }
  }

  @Test
  void aNodeThatDoesNotListenIsSkippedForTheNext() throws IOException {
    String dead = deadUrl();
    try (OpenSearchClient client =
        new OpenSearchClient(dead + "," + url(), Duration.ofSeconds(5))) {
      assertEquals("{\"ok\":\"Zürich\"}", client.get("/plain").toString());
      assertEquals(List.of("GET /plain null "), arrived);
    }
    try (OpenSearchClient alone = new OpenSearchClient(dead, Duration.ofSeconds(5))) {
      ClusterUnavailableException down =
          assertThrows(ClusterUnavailableException.class, () -> alone.get("/plain"));
      assertEquals(
          "no OpenSearch answers at " + dead
              + " (start a local cluster with ./morgue cluster start)",
          down.getMessage());
    }
  }

  @Test
  void aNodeSlowerThanTheTimeoutCountsAsUnavailable() {
    try (OpenSearchClient client = new OpenSearchClient(url(), Duration.ofSeconds(1))) {
      ClusterUnavailableException slow =
          assertThrows(ClusterUnavailableException.class, () -> client.get("/slow"));
      assertEquals(
          "OpenSearch at " + url() + " did not answer GET /slow within 1 s", slow.getMessage());
    }
  }

  @Test
  void aNodeRestartedBetweenRequestsIsReconnected() throws IOException {
    try (OpenSearchClient client = new OpenSearchClient(url(), Duration.ofSeconds(5))) {
      assertEquals("{\"ok\":\"Zürich\"}", client.get("/plain").toString());
      int port = node.getAddress().getPort();
      node.stop(0);
      node = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
      node.createContext("/", this::answer);
      node.start();
      try {
        Thread.sleep(1_200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      // The pooled connection idled past the check: it is found closed and a new one is opened.
      assertEquals("{\"ok\":\"Zürich\"}", client.get("/plain").toString());
      assertEquals(2, connections.size());
    }
  }
}
