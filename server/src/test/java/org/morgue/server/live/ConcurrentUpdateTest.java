package org.morgue.server.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.morgue.indexer.index.Schema;
import org.morgue.server.ServerConfig;
import org.morgue.server.testing.ChildJvm;
import org.morgue.server.testing.StoryFiles;
import org.morgue.server.testing.StoryFiles.Line;

/**
 * A real server process answers searches from several client threads without pause while a real
 * indexer process adds, replaces and deletes stories: not one request fails (no 5xx, no connection
 * error), and soon after the update exits the server answers from the new build (new and changed
 * stories found, deleted ones 404, facet counts those of the new build) without a restart.
 */
class ConcurrentUpdateTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int BASE = 300;
  private static final int ADDED = 100;
  private static final int REPLACED = 10;
  private static final int DELETED = 10;
  private static final int CLIENTS = 4;
  private static final List<String> QUERIES = List.of(
      "/api/search?q=harbour&size=5",
      "/api/search?q=lighthouse",
      "/api/search?q=story%20AND%20words&sort=newest&size=20",
      "/api/search?size=1",
      "/api/stories/base-5",
      "/api/search?q=%22original%20text%22&page=3&size=10",
      "/api/health");

  @TempDir
  Path dir;

  private final HttpClient http = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(10))
      .build();

  private HttpResponse<String> get(String base, String path) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create(base + path.substring(1)))
        .timeout(Duration.ofSeconds(30))
        .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  private static Line story(String id, String text, String source) {
    return new Line(id, "Story " + id, (text + " ").repeat(5).strip(), source, List.of("archive"));
  }

  private static String[] index(Path idx, List<String> rest) {
    List<String> args = new ArrayList<>(List.of(
        "index", "--no-entities", "--no-progress", "--threads", "1", "--index", idx.toString()));
    args.addAll(rest);
    return args.toArray(String[]::new);
  }

  /** What the server answers about the update: lighthouse hits, a deleted and a replaced story, source counts. */
  private record View(
      long lighthouse, int deletedStatus, String replacedBody, Map<String, Long> sources) {}

  private View view(String base) throws Exception {
    JsonNode search = JSON.readTree(get(base, "/api/search?q=lighthouse&size=1").body());
    Map<String, Long> sources = new TreeMap<>();
    JsonNode all = JSON.readTree(get(base, "/api/search?size=1").body());
    all.path("facets")
        .path(Schema.SOURCE)
        .forEach(v -> sources.put(v.path("label").asText(), v.path("count").asLong()));
    JsonNode replaced = JSON.readTree(get(base, "/api/stories/base-1").body());
    return new View(
        search.path("total").path("value").asLong(),
        get(base, "/api/stories/base-" + BASE).statusCode(),
        replaced.path("body").asText(),
        sources);
  }

  @Test
  void searchesNeverFailWhileAnUpdateIsPublishedAndTheNewBuildIsServedWithinSeconds()
      throws Exception {
    Path idx = dir.resolve("idx");
    List<Line> base = IntStream.rangeClosed(1, BASE)
        .mapToObj(i -> story(
            "base-" + i, "Original text " + i + ": words of a story about the harbour.", "Wire"))
        .toList();
    ChildJvm.runOk(
        "256m",
        index(idx, List.of(StoryFiles.write(dir.resolve("base.jsonl"), base).toString())));
    List<Line> changes = new ArrayList<>();
    IntStream.rangeClosed(1, REPLACED)
        .forEach(i ->
            changes.add(story("base-" + i, "Revised text " + i + " near the lighthouse.", "Desk")));
    IntStream.rangeClosed(1, ADDED)
        .forEach(i ->
            changes.add(story("new-" + i, "New story " + i + " about the lighthouse.", "Desk")));
    List<String> update = new ArrayList<>(List.of(
        "--update",
        StoryFiles.write(dir.resolve("changes.jsonl"), changes).toString(),
        "--delete"));
    IntStream.rangeClosed(BASE - DELETED + 1, BASE).forEach(i -> update.add("base-" + i));

    try (ChildJvm server =
        ChildJvm.start("256m", "serve", "--index", idx.toString(), "--port", "0")) {
      String line =
          server.awaitLine(l -> l.startsWith("Morgue is serving"), Duration.ofSeconds(60));
      String url = line.substring(line.lastIndexOf(" at ") + 4);
      View before = view(url);
      assertEquals(
          new View(
              0,
              200,
              "Original text 1: words of a story about the harbour. ".repeat(5).strip(),
              Map.of("Wire", (long) BASE)),
          before);

      AtomicBoolean running = new AtomicBoolean(true);
      AtomicLong requests = new AtomicLong();
      ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
      List<Thread> clients = IntStream.range(0, CLIENTS)
          .mapToObj(c -> Thread.ofPlatform().name("client-" + c).start(() -> {
            for (int n = c; running.get(); n++) {
              String path = QUERIES.get(n % QUERIES.size());
              try {
                int status = get(url, path).statusCode();
                if (status != 200) {
                  failures.add(status + " " + path);
                }
              } catch (Exception e) {
                failures.add(e + " " + path);
              }
              requests.incrementAndGet();
            }
          }))
          .toList();

      Thread.sleep(1000);
      long beforeUpdate = requests.get();
      ChildJvm.runOk("256m", index(idx, update));
      long exited = System.nanoTime();
      View expected = new View(
          REPLACED + ADDED,
          404,
          "Revised text 1 near the lighthouse. ".repeat(5).strip(),
          Map.of("Desk", (long) (REPLACED + ADDED), "Wire", (long) (BASE - REPLACED - DELETED)));
      View seen = view(url);
      // Generous: the server looks for a new build every DEFAULT_REOPEN_INTERVAL (2 s); this only
      // bounds a hang.
      long deadline = exited + Duration.ofSeconds(30).toNanos();
      while (!seen.equals(expected) && System.nanoTime() < deadline) {
        Thread.sleep(100);
        seen = view(url);
      }
      long visibleMs = (System.nanoTime() - exited) / 1_000_000;
      Thread.sleep(500); // keep searching on the new build for a moment
      running.set(false);
      for (Thread client : clients) {
        client.join();
      }

      assertEquals(
          expected, seen, "the update was not served " + visibleMs + " ms after it exited");
      assertEquals(List.of(), List.copyOf(failures), requests.get() + " requests");
      assertTrue(
          requests.get() > beforeUpdate,
          "clients kept searching during the update: " + requests.get());
      assertTrue(
          ServerConfig.DEFAULT_REOPEN_INTERVAL.compareTo(Duration.ofSeconds(5)) <= 0,
          "'within seconds' holds for the default reopen interval "
              + ServerConfig.DEFAULT_REOPEN_INTERVAL);
      System.out.printf(
          java.util.Locale.ROOT,
          "concurrent update: %d requests, 0 failed, new build served %d ms after the update exited%n",
          requests.get(),
          visibleMs);
    }
  }
}
