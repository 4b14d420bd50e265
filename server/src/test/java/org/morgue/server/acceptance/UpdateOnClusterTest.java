package org.morgue.server.acceptance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.testtools.JavalinTest;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.morgue.indexer.cli.ExitCode;
import org.morgue.indexer.cli.IndexCommand;
import org.morgue.indexer.index.IndexLayout;
import org.morgue.indexer.opensearch.ClusterLoader;
import org.morgue.indexer.opensearch.OpenSearchClient;
import org.morgue.indexer.opensearch.OpenSearchIndexCommand;
import org.morgue.server.ServerConfig;
import org.morgue.server.http.MorgueApp;
import org.morgue.server.search.SearchService;
import org.morgue.server.search.lucene.LuceneSearchService;
import org.morgue.server.search.opensearch.OpenSearchSearchService;
import org.morgue.server.testing.TestCluster;

/**
 * {@code index --backend opensearch --update/--delete} through the production command: the seeds are
 * published, then one story is added and one deleted; the cluster then answers as the embedded
 * update of the same folder does (ids, totals), from a new index cloned from the served one, and the
 * old one is gone. An update of a folder whose build is not the served one is refused, the alias
 * unchanged.
 */
class UpdateOnClusterTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path SEEDS = Path.of("..", "testdata", "seeds");
  private static final String ADDED = """
      {"id":"update-zeppelin","title":"Zeppelin moored beside the embassy","body":"A zeppelin moored beside the embassy on Tuesday, its crew said.","published":"2021-03-04","source":"Test Wire"}
      """;

  @TempDir
  Path dir;

  private OpenSearchClient client;
  private String alias;
  private Path archive;

  /** Every test starts from the seeds published under an alias of its own (deleted afterwards). */
  @BeforeEach
  void publishSeeds() {
    client = TestCluster.client();
    alias = TestCluster.alias(getClass());
    archive = dir.resolve("archive");
    List<String> build = common(alias, archive);
    build.add(SEEDS.toString());
    Run built = index(build);
    assertEquals(ExitCode.OK, built.code(), built.err());
  }

  @AfterEach
  void deleteIndexes() {
    if (client != null) {
      TestCluster.deleteAll(client, alias);
    }
  }

  private record Run(ExitCode code, String out, String err) {}

  private static Run index(List<String> args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    ExitCode code = new OpenSearchIndexCommand(
            IndexCommand.standard(Clock.systemUTC()), Clock.systemUTC())
        .run(
            args,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            false);
    return new Run(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private List<String> common(String alias, Path index) {
    return new ArrayList<>(List.of(
        "--backend",
        "opensearch",
        "--opensearch",
        TestCluster.URLS,
        "--alias",
        alias,
        "--replicas",
        "0",
        "--index",
        index.toString(),
        "--no-entities",
        "--threads",
        "2"));
  }

  /** Ids of the first page and the total of {@code q}, through the HTTP API. */
  private String answer(SearchService service, String q) throws Exception {
    String[] out = new String[1];
    JavalinTest.test(MorgueApp.create(service, ServerConfig.defaults(dir)), (server, client) -> {
      var response = client.get("/api/search?q=" + q);
      assertEquals(200, response.code());
      JsonNode body = JSON.readTree(response.body().string());
      List<String> ids = new ArrayList<>();
      body.get("hits").forEach(h -> ids.add(h.get("id").asText()));
      out[0] = body.at("/total/value").asLong() + " " + ids;
    });
    return out[0];
  }

  /** A folder with the one story the updates add. */
  private Path addedStory() throws java.io.IOException {
    Path added = dir.resolve("added");
    Files.createDirectories(added);
    Files.writeString(added.resolve("zeppelin.jsonl"), ADDED);
    return added;
  }

  private static List<String> indexesOf(OpenSearchClient client, String alias) {
    List<String> out = new ArrayList<>();
    client.get("/_alias/" + alias).fieldNames().forEachRemaining(out::add);
    return out;
  }

  @Test
  void anUpdateChangesTheClusterAsItChangesTheEmbeddedBuild() throws Exception {
    List<String> before = indexesOf(client, alias);
    String deleted;
    try (LuceneSearchService embedded =
        LuceneSearchService.open(new IndexLayout(archive), Duration.ofMinutes(10))) {
      String seeds = answer(embedded, "embassy");
      assertTrue(seeds.startsWith("5 ["), seeds);
      deleted = seeds.substring(3, seeds.indexOf(',', 3));
    }

    Path added = addedStory();
    List<String> update = common(alias, archive);
    update.addAll(List.of("--delete=" + deleted, "--update", added.toString()));
    Run updated = index(update);

    assertEquals(ExitCode.OK, updated.code(), updated.out() + updated.err());
    assertTrue(updated.out().contains("stories written, 1 deleted, 5 in all"), updated.out());
    List<String> after = indexesOf(client, alias);
    assertEquals(1, after.size());
    assertNotEquals(before, after);
    assertEquals(false, client.exists("/" + before.get(0)));
    try (LuceneSearchService embedded =
            LuceneSearchService.open(new IndexLayout(archive), Duration.ofMinutes(10));
        OpenSearchSearchService cluster = OpenSearchSearchService.open(
            client, alias, Duration.ofMinutes(10), Duration.ofMinutes(1))) {
      for (String q : List.of("embassy", "zeppelin", "Trump")) {
        assertEquals(answer(embedded, q), answer(cluster, q), q);
      }
      assertEquals("1 [update-zeppelin]", answer(cluster, "zeppelin"));
      String embassy = answer(cluster, "embassy");
      assertTrue(
          embassy.startsWith("5 [")
              && !embassy.contains(deleted)
              && embassy.contains("update-zeppelin"),
          embassy);
    }
  }

  @Test
  void anUpdateOfAFolderTheAliasDoesNotServeIsRefused() throws Exception {
    List<String> served = indexesOf(client, alias);
    // The folder moves on without the cluster: an embedded update.
    Path added = addedStory();
    assertEquals(
        ExitCode.OK,
        IndexCommand.standard(Clock.systemUTC())
            .run(
                List.of(
                    "--index", archive.toString(), "--no-entities", "--update", added.toString()),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                false));

    List<String> update = common(alias, archive);
    update.addAll(List.of("--update", added.toString()));
    Run refused = index(update);

    assertEquals(ExitCode.FAILED, refused.code());
    assertTrue(
        refused.err().startsWith("morgue index: the alias '" + alias + "' serves the build of "),
        refused.err());
    assertTrue(
        refused.err().contains("but the current build in " + archive + " is of "), refused.err());
    assertEquals(served, indexesOf(client, alias));
    assertEquals(
        5,
        client
            .get("/" + ClusterLoader.metaAlias(alias) + "/_doc/" + ClusterLoader.META_ID)
            .at("/_source/" + ClusterLoader.META_STORIES)
            .asLong());
  }

  @Test
  void anUpdateNeedsTheFolderOfTheServedBuild() {
    Run usage = index(List.of("--backend", "opensearch", "--update", "testdata"));
    assertEquals(ExitCode.USAGE, usage.code());
    assertTrue(
        usage
            .err()
            .startsWith(
                "morgue index: --update, --delete and --deletions with --backend opensearch need "
                    + "--index DIR"),
        usage.err());
  }
}
