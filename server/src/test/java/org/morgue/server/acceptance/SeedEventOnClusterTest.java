package org.morgue.server.acceptance;

import java.nio.file.Path;
import org.morgue.server.search.SearchService;
import org.morgue.server.testing.TestCluster;

/** {@link SeedEventTest}'s exact expectations, answered by the OpenSearch backend (the build's event threads, bulk-loaded with its stories). */
class SeedEventOnClusterTest extends SeedEventTest {

  @Override
  protected SearchService openService(Path archiveDir) throws Exception {
    return TestCluster.load(archiveDir, getClass(), 0);
  }
}
