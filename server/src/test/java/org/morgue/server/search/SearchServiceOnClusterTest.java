package org.morgue.server.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.morgue.server.testing.TestCluster;

/** {@link LuceneSearchServiceTest}'s exact expectations, answered by the OpenSearch backend. */
class SearchServiceOnClusterTest extends LuceneSearchServiceTest {

  @Override
  protected SearchService openService(Path archiveDir) throws Exception {
    return TestCluster.load(archiveDir, getClass(), 0);
  }

  /** The one answer that names the store: the cluster's stamped index instead of a build folder. */
  @Test
  @Override
  void healthReportsTheServedBuild() {
    Health h = service.health();
    assertEquals(Health.OK, h.status());
    assertEquals(6, h.stories());
    assertEquals("2026-01-21T10:15:00Z", h.builtAt());
    assertTrue(
        h.index().matches("opensearch:morgue-test-searchserviceonclustertest-.*-\\d{8}t\\d{9}"),
        h.index());
  }
}
