package org.morgue.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.morgue.indexer.index.IndexLayout;
import org.morgue.indexer.opensearch.ClusterLoader;
import org.morgue.indexer.opensearch.OpenSearchClient;
import org.morgue.server.ServerConfig;
import org.morgue.server.search.opensearch.OpenSearchSearchService;
import org.morgue.server.testing.TestArchive;
import org.morgue.server.testing.TestCluster;

/**
 * Fault test on the local 3-node cluster (opt-in: {@code MORGUE_FAULT_TESTS=1}, it stops and restarts
 * node 0 of {@code ./morgue cluster}; the script's environment, e.g. {@code MORGUE_CLUSTER_HTTP_BASE} and
 * {@code MORGUE_CLUSTER_DIR}, says which cluster): 16 loopback connections search through the server
 * while node 0, the first URL the server's client tries, is stopped; with one replica every request
 * must still be answered, in full, through the client's retry on the next node. The node is then started again and
 * the cluster must be green. Prints the counts for the closing note.
 */
class NodeLossTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int CONNECTIONS = 16;

  @TempDir
  Path dir;

  @Test
  void losingOneNodeOfThreeFailsNoRequest() throws Exception {
    assumeTrue(
        "1".equals(System.getenv("MORGUE_FAULT_TESTS")),
        "fault test skipped: set MORGUE_FAULT_TESTS=1 "
            + "with ./morgue cluster running (it stops and restarts node 0)");
    OpenSearchClient admin = TestCluster.client();
    TestArchive.build(dir, TestArchive.STORIES);
    String alias = TestCluster.alias(getClass());
    new ClusterLoader(admin, alias, Clock.systemUTC())
        .load(new IndexLayout(dir).currentBuild().orElseThrow(), 1);
    OpenSearchClient nodes = new OpenSearchClient(TestCluster.nodeUrls(), Duration.ofSeconds(10));
    Path cluster = Path.of("..", "scripts", "cluster").toAbsolutePath().normalize();
    try (OpenSearchSearchService service =
        OpenSearchSearchService.open(nodes, alias, Duration.ofSeconds(2), Duration.ofSeconds(10))) {
      Javalin app = MorgueApp.create(service, ServerConfig.defaults(dir)).start("127.0.0.1", 0);
      AtomicBoolean running = new AtomicBoolean(true);
      AtomicLong ok = new AtomicLong();
      List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());
      ExecutorService pool = Executors.newFixedThreadPool(
          CONNECTIONS, Thread.ofPlatform().name("node-loss-client-", 0).factory());
      HttpClient http = HttpClient.newHttpClient();
      URI uri = URI.create("http://127.0.0.1:" + app.port() + "/api/search?q=embassy");
      List<Future<?>> load = new ArrayList<>();
      for (int c = 0; c < CONNECTIONS; c++) {
        load.add(pool.submit(() -> {
          while (running.get()) {
            try {
              HttpResponse<String> r = http.send(
                  HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).build(),
                  HttpResponse.BodyHandlers.ofString());
              JsonNode body = JSON.readTree(r.body());
              if (r.statusCode() == 200 && body.at("/total/value").asLong() == 4) {
                ok.incrementAndGet();
              } else {
                failures.add(r.statusCode() + " " + r.body());
              }
            } catch (Exception e) {
              failures.add(e.toString());
            }
          }
          return null;
        }));
      }
      try {
        Thread.sleep(10_000);
        long before = ok.get();
        run(cluster, "stop-node", "0");
        Thread.sleep(20_000);
        running.set(false);
        for (Future<?> f : load) {
          f.get();
        }
        System.err.printf(
            Locale.ROOT,
            "NodeLossTest: %d answered before the stop, %d in all, %d failed: %s%n",
            before,
            ok.get(),
            failures.size(),
            failures.stream().limit(3).toList());
        assertEquals(List.of(), failures);
      } finally {
        running.set(false);
        pool.shutdownNow();
        app.stop();
        run(cluster, "start-node", "0");
        TestCluster.deleteAll(admin, alias);
      }
      assertEquals(
          "green",
          admin
              .get("/_cluster/health?wait_for_status=green&timeout=60s")
              .path("status")
              .asText());
    }
  }

  private static void run(Path script, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(script.toString()));
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).inheritIO().start();
    assertEquals(0, p.waitFor(), String.join(" ", command));
  }
}
