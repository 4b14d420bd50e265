package org.morgue.server.crash;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.morgue.indexer.index.IndexLayout;
import org.morgue.indexer.opensearch.ClusterLoader;
import org.morgue.indexer.opensearch.OpenSearchClient;
import org.morgue.server.search.SearchRequest;
import org.morgue.server.search.SearchResponse;
import org.morgue.server.search.opensearch.OpenSearchSearchService;
import org.morgue.server.testing.ChildJvm;
import org.morgue.server.testing.TestArchive;
import org.morgue.server.testing.TestCluster;

/**
 * {@code kill -9} of a real {@code morgue index --backend opensearch} process (this test's classpath)
 * once its first {@code _bulk} request of several has gone in: the alias must still name the index it
 * named before, searches through it must answer exactly as before, the half-filled stamped index is
 * left behind, and the next load deletes it and publishes. Needs the cluster (skipped without one,
 * failed when {@code MORGUE_CLUSTER_TESTS=required}).
 */
class KillDuringClusterLoadTest {

  /** About 1.5 KB of body each: some 9 MB of bulk JSON, so the load takes two requests or more. */
  private static final int BIG = 6000;

  @TempDir
  Path dir;

  @Test
  void aLoadKilledMidBulkLeavesTheAliasAndItsAnswersAndTheNextLoadCleansUp() throws Exception {
    OpenSearchClient client = TestCluster.client();
    String alias = TestCluster.alias(getClass());
    Path small = dir.resolve("small");
    TestArchive.build(small, TestArchive.STORIES);
    ClusterLoader loader = new ClusterLoader(client, alias, Clock.systemUTC());
    String served =
        loader.load(new IndexLayout(small).currentBuild().orElseThrow(), 0).index();
    try (OpenSearchSearchService service = OpenSearchSearchService.open(
        client, alias, Duration.ofSeconds(1), Duration.ofSeconds(30))) {
      SearchRequest embassy = SearchRequest.builder().q("embassy").build();
      List<String> before = ids(service.search(embassy));
      long totalBefore = service.search(embassy).total().value();

      Path big = dir.resolve("big");
      try (ChildJvm child = ChildJvm.start(
          "512m",
          "index",
          "--backend",
          "opensearch",
          "--opensearch",
          TestCluster.URLS,
          "--alias",
          alias,
          "--replicas",
          "0",
          "--index",
          big.toString(),
          "--no-entities",
          "--no-progress",
          "--threads",
          "1",
          input(dir.resolve("big.jsonl")).toString())) {
        child.awaitLine(line -> line.contains("bulk request 1 sent"), Duration.ofMinutes(10));
        child.killHard();
      }

      assertEquals(
          List.of(served),
          holders(client, alias),
          "the alias still names the index it named before");
      List<String> orphans = stamped(client, alias);
      orphans.removeIf(
          name -> name.equals(served) || name.startsWith(ClusterLoader.metaAlias(alias)));
      assertEquals(1, orphans.size(), "the killed run's half-filled index: " + orphans);
      long loaded = client.get("/" + orphans.get(0) + "/_count").path("count").asLong();
      assertTrue(
          loaded < BIG,
          "killed mid-bulk, not after it: " + loaded + " stories in " + orphans.get(0));
      assertEquals(before, ids(service.search(embassy)));
      assertEquals(totalBefore, service.search(embassy).total().value());
      assertEquals(TestArchive.STORIES.size(), service.health().stories());

      // The next load (of the build the killed run had finished on disk) deletes the orphan and
      // publishes.
      String next =
          loader.load(new IndexLayout(big).currentBuild().orElseThrow(), 0).index();
      assertNotEquals(served, next);
      assertEquals(List.of(next), holders(client, alias));
      List<String> left = stamped(client, alias);
      assertFalse(left.contains(orphans.get(0)), "orphan deleted: " + left);
      assertFalse(left.contains(served), "previous index deleted once the alias moved: " + left);
    } finally {
      TestCluster.deleteAll(client, alias);
    }
  }

  private static List<String> ids(SearchResponse response) {
    return response.hits().stream().map(SearchResponse.Hit::id).toList();
  }

  private static List<String> holders(OpenSearchClient client, String alias) {
    List<String> out = new ArrayList<>();
    client.get("/_alias/" + alias).fieldNames().forEachRemaining(out::add);
    return out;
  }

  private static List<String> stamped(OpenSearchClient client, String alias) {
    List<String> out = new ArrayList<>();
    for (JsonNode row : client.get("/_cat/indices/" + alias + "-*?format=json&h=index")) {
      out.add(row.path("index").asText());
    }
    return out;
  }

  private static Path input(Path file) throws IOException {
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (int i = 1; i <= BIG; i++) {
        out.write("{\"id\":\"big-" + i + "\",\"title\":\"Story " + i + "\",\"body\":\""
            + ("Words of story " + i + " about the harbour. ").repeat(40) + "\"}\n");
      }
    }
    return file;
  }
}
