package org.morgue.server.http;

import java.nio.file.Path;
import org.morgue.server.search.SearchService;
import org.morgue.server.testing.TestCluster;

/** {@link CopiesApiTest}'s exact expectations, answered by the OpenSearch backend. */
class CopiesApiOnClusterTest extends CopiesApiTest {

  @Override
  protected SearchService openService(Path archiveDir) throws Exception {
    return TestCluster.load(archiveDir, getClass(), 0);
  }
}
