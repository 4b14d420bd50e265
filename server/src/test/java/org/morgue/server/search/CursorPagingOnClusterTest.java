package org.morgue.server.search;

import java.nio.file.Path;
import org.morgue.server.testing.TestCluster;

/** {@link CursorPagingTest}'s exact expectations, answered by the OpenSearch backend. */
class CursorPagingOnClusterTest extends CursorPagingTest {

  @Override
  protected SearchService openService(Path archiveDir) throws Exception {
    return TestCluster.load(archiveDir, getClass(), 0);
  }
}
