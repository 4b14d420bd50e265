package org.morgue.server.acceptance;

import java.nio.file.Path;
import org.morgue.server.search.SearchService;
import org.morgue.server.testing.TestCluster;

/** {@link SeedsEndToEndTest}'s exact expectations, answered by the OpenSearch backend (the seed checks: embassy ×5, Donald Trump ×5, Qais al-Khazali ×4, one Kataib Hezbollah). */
class SeedsEndToEndOnClusterTest extends SeedsEndToEndTest {

  @Override
  protected SearchService openService(Path archiveDir) throws Exception {
    return TestCluster.load(archiveDir, getClass(), 0);
  }
}
