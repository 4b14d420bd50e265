package org.morgue.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.morgue.server.search.SearchService;
import org.morgue.server.testing.TestCluster;

/** {@link MorgueAppTest}'s exact expectations, answered by the OpenSearch backend. */
class MorgueAppOnClusterTest extends MorgueAppTest {

  @Override
  protected SearchService openService(Path archiveDir) throws Exception {
    return TestCluster.load(archiveDir, getClass(), 0);
  }

  /** The one answer that names the store: the cluster's stamped index instead of a build folder. */
  @Test
  @Override
  void healthNamesTheBuild() {
    var health = get("/api/health");
    assertEquals("ok", health.get("status").asText());
    assertEquals(6, health.get("stories").asInt());
    assertEquals("2026-01-21T10:15:00Z", health.get("built_at").asText());
    assertTrue(
        health.get("index").asText().startsWith("opensearch:morgue-test-morgueapponclustertest-"));
  }
}
