package org.morgue.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The wiring of bench/run's cluster target, without a cluster: the recording proxy forwards every
 * request and records only the searches; the raw target sends those same requests again; the index
 * command's closing line is read; the report's layer line. A JDK HTTP server stands in for the
 * OpenSearch node and logs what reaches it (the benchmark itself is never run by a unit test).
 */
class ClusterTargetTest {

  private HttpServer node;
  private final List<String> arrived = new CopyOnWriteArrayList<>();

  @BeforeEach
  void start() throws IOException {
    node = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    node.createContext("/", exchange -> {
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      arrived.add(exchange.getRequestMethod() + " " + exchange.getRequestURI() + " " + body);
      byte[] answer = "{\"hits\":{\"total\":{\"value\":42}}}".getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      exchange.sendResponseHeaders(
          exchange.getRequestURI().getPath().equals("/gone/_search") ? 404 : 200, answer.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(answer);
      }
    });
    node.start();
  }

  @AfterEach
  void stop() {
    node.stop(0);
  }

  private String nodeUrl() {
    return "http://127.0.0.1:" + node.getAddress().getPort();
  }

  @Test
  void proxyForwardsEverythingAndRecordsOnlyTheSearches() throws Exception {
    try (RecordingProxy proxy = new RecordingProxy(nodeUrl());
        HttpClient http = HttpClient.newHttpClient()) {
      HttpResponse<String> poll = http.send(
          HttpRequest.newBuilder(URI.create(proxy.url() + "/morgue-meta/_doc/meta"))
              .build(),
          HttpResponse.BodyHandlers.ofString());
      HttpResponse<String> search = http.send(
          HttpRequest.newBuilder(URI.create(proxy.url() + "/idx/_search"))
              .header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofString("{\"size\":10}"))
              .build(),
          HttpResponse.BodyHandlers.ofString());
      http.send(
          HttpRequest.newBuilder(URI.create(proxy.url() + "/_msearch"))
              .header("Content-Type", "application/x-ndjson")
              .POST(HttpRequest.BodyPublishers.ofString("{}\n{}\n"))
              .build(),
          HttpResponse.BodyHandlers.ofString());

      assertEquals(200, poll.statusCode());
      assertEquals("{\"hits\":{\"total\":{\"value\":42}}}", search.body());
      List<RecordingProxy.Sent> sent = proxy.take();
      assertEquals(
          List.of(
              "POST /idx/_search application/json {\"size\":10}",
              "POST /_msearch application/x-ndjson {}\n{}\n"),
          sent.stream()
              .map(
                  s -> s.method() + " " + s.pathAndQuery() + " " + s.contentType() + " " + s.text())
              .toList());
      assertEquals(List.of(), proxy.take());
      assertEquals(
          List.of(
              "GET /morgue-meta/_doc/meta ",
              "POST /idx/_search {\"size\":10}",
              "POST /_msearch {}\n{}\n"),
          arrived);
    }
  }

  @Test
  void rawTargetSendsTheRecordedRequestsInOrderAndReadsTheFirstTotal() throws Exception {
    QuerySpec oil = QuerySpec.parse("oil", "test:1");
    List<RecordingProxy.Sent> sent = List.of(
        new RecordingProxy.Sent(
            "post",
            "/idx/_search?timeout=1s",
            "application/json",
            "{\"q\":1}".getBytes(StandardCharsets.UTF_8)),
        new RecordingProxy.Sent(
            "POST",
            "/idx/_search",
            "application/json",
            "{\"q\":2}".getBytes(StandardCharsets.UTF_8)));
    RawClusterTarget raw = new RawClusterTarget(nodeUrl(), Map.of(oil, sent));

    assertEquals(42, raw.run(oil, true));
    raw.run(oil, false);
    assertEquals(
        List.of(
            "POST /idx/_search?timeout=1s {\"q\":1}",
            "POST /idx/_search {\"q\":2}",
            "POST /idx/_search?timeout=1s {\"q\":1}",
            "POST /idx/_search {\"q\":2}"),
        arrived);
    assertEquals(2.0, raw.requestsPerQuery());
    // An equal query that is not the set's own object has no recording: refused, not silently
    // empty.
    assertThrows(IOException.class, () -> raw.run(QuerySpec.parse("oil", "test:2"), false));
  }

  @Test
  void rawTargetFailsOnAnErrorStatus() {
    QuerySpec q = QuerySpec.parse("gone", "test:1");
    RawClusterTarget raw = new RawClusterTarget(
        nodeUrl(),
        Map.of(
            q,
            List.of(new RecordingProxy.Sent(
                "POST", "/gone/_search", "application/json", new byte[0]))));
    IOException e = assertThrows(IOException.class, () -> raw.run(q, false));
    assertEquals("OpenSearch answered 404 to POST /gone/_search", e.getMessage());
  }

  @Test
  void bulkRateIsReadFromTheIndexCommandsClosingLine() {
    assertEquals(
        Optional.of(new ClusterRun.Bulk(21_578, 3120)),
        ClusterRun.bulk("Indexed 21,578 stories in 9.8 s\n"
            + "OpenSearch: 21578 stories published as alias 'bench-21k' (index bench-21k-20261207t203000000, 1 replica) at "
            + "http://127.0.0.1:9210; _bulk 3120 stories/s, load and publish 21.4 s\n"));
    assertEquals(Optional.empty(), ClusterRun.bulk("morgue index: no OpenSearch answers"));
  }

  @Test
  void reportComparesMorguesLayerWithTheRawRequestsAtP50() {
    Latencies onCluster = new Latencies(570, 0, 6.5, 9.0, 12.0, 7.0, 140);
    Latencies raw = new Latencies(570, 0, 5.0, 8.0, 11.0, 6.0, 160);
    Results.Corpus c = new Results.Corpus(
        Corpus.R21K,
        57,
        List.of(),
        List.of(
            new Results.Query(ClusterRun.MORGUE_ON_CLUSTER, 1, onCluster),
            new Results.Query(ClusterRun.RAW, 1, raw),
            new Results.Query(
                ClusterRun.MORGUE_ON_CLUSTER, 4, new Latencies(570, 0, 14.0, 20, 30, 15, 250)),
            new Results.Query(ClusterRun.RAW, 4, new Latencies(570, 0, 10.0, 18, 25, 12, 300))),
        List.of(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
    assertEquals(
        "\nMorgue's layer on the cluster, 1 client: p50 6.50 ms against 5.00 ms raw, 1.30× (target ≤ 1.3×: met).\n"
            + "\nMorgue's layer on the cluster, 4 clients: p50 14.00 ms against 10.00 ms raw, 1.40× (target ≤ 1.3×: not met).\n",
        Report.clusterLayer(c, List.of(1, 4)));
  }
}
