package org.morgue.server.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.morgue.indexer.index.IndexLayout;
import org.morgue.indexer.opensearch.ClusterLoader;
import org.morgue.indexer.opensearch.ClusterUnavailableException;
import org.morgue.indexer.opensearch.OpenSearchClient;
import org.morgue.server.search.SearchService;
import org.morgue.server.search.opensearch.OpenSearchSearchService;

/**
 * The OpenSearch cluster the cluster tests run against: {@code MORGUE_OPENSEARCH} (default the local
 * cluster of {@code ./morgue cluster start}). Without a cluster these tests are skipped with a message,
 * so {@code ./morgue test} works on a developer's machine; with {@code MORGUE_CLUSTER_TESTS=required}
 * (what {@code .ci/run} sets) a missing cluster fails them instead.
 */
public final class TestCluster {

  public static final String URLS =
      System.getenv().getOrDefault("MORGUE_OPENSEARCH", OpenSearchClient.DEFAULT_URL);
  private static final boolean REQUIRED = "required".equals(System.getenv("MORGUE_CLUSTER_TESTS"));
  private static final AtomicInteger SEQUENCE = new AtomicInteger();

  private TestCluster() {}

  /**
   * The three node URLs of the {@code ./morgue cluster} the tests run against: its node 0's http port is
   * {@code MORGUE_CLUSTER_HTTP_BASE} (the script's own setting, default 9200), nodes 1 and 2 the next two.
   */
  public static String nodeUrls() {
    int base = Integer.parseInt(System.getenv().getOrDefault("MORGUE_CLUSTER_HTTP_BASE", "9200"));
    return "http://127.0.0.1:" + base + ",http://127.0.0.1:" + (base + 1) + ",http://127.0.0.1:"
        + (base + 2);
  }

  /** The cluster's client; skips (or, when required, fails) the calling tests when no cluster answers. */
  public static OpenSearchClient client() {
    OpenSearchClient client = new OpenSearchClient(URLS, Duration.ofSeconds(60));
    try {
      client.get("/_cluster/health?wait_for_status=yellow&timeout=30s");
      return client;
    } catch (ClusterUnavailableException e) {
      if (REQUIRED) {
        throw new AssertionError(
            "MORGUE_CLUSTER_TESTS=required but no cluster answers: " + e.getMessage(), e);
      }
      assumeTrue(
          false,
          "no OpenSearch cluster at " + URLS + " (start one with ./morgue cluster start): "
              + "cluster tests skipped");
      throw e;
    }
  }

  /** An alias of its own for one test class, so classes never see each other's builds. */
  public static String alias(Class<?> owner) {
    return ("morgue-test-" + owner.getSimpleName() + "-"
            + ProcessHandle.current().pid() + "-" + SEQUENCE.incrementAndGet())
        .toLowerCase(Locale.ROOT)
        .replaceAll("[^a-z0-9_-]", "-");
  }

  /**
   * Loads the folder's published build into the cluster under a fresh alias and opens the OpenSearch
   * backend on it; closing the service deletes the test's indexes.
   */
  public static SearchService load(Path archiveDir, Class<?> owner, int replicas) throws Exception {
    OpenSearchClient client = client();
    String alias = alias(owner);
    Path build = new IndexLayout(archiveDir).currentBuild().orElseThrow();
    new ClusterLoader(client, alias, Clock.systemUTC()).load(build, replicas);
    OpenSearchSearchService search =
        OpenSearchSearchService.open(client, alias, Duration.ofMinutes(10), Duration.ofMinutes(1));
    // The test's indexes go when the service closes (a proxy: one method differs, eleven delegate).
    return (SearchService) java.lang.reflect.Proxy.newProxyInstance(
        SearchService.class.getClassLoader(),
        new Class<?>[] {SearchService.class},
        (proxy, method, args) -> {
          try {
            return method.invoke(search, args);
          } catch (java.lang.reflect.InvocationTargetException e) {
            throw e.getCause();
          } finally {
            if (method.getName().equals("close")) {
              deleteAll(client, alias);
            }
          }
        });
  }

  /** Deletes every index of the alias (stories and meta). */
  public static void deleteAll(OpenSearchClient client, String alias) {
    try {
      client.delete("/" + alias + "-*");
    } catch (RuntimeException e) {
      // A test cluster that went away keeps its indexes; the next start-up cleans nothing, but
      // nothing breaks.
    }
  }
}
