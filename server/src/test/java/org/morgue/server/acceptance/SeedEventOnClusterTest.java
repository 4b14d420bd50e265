package org.morgue.server.acceptance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.morgue.server.search.SearchService;
import org.morgue.server.testing.TestCluster;

/** {@link SeedEventTest}'s exact expectations, answered by the OpenSearch backend (the build's event threads, bulk-loaded with its stories). */
class SeedEventOnClusterTest extends SeedEventTest {

  @Override
  protected SearchService openService(Path archiveDir) throws Exception {
    return TestCluster.load(archiveDir, getClass(), 0);
  }

  /**
   * A documented difference (docs/opensearch.md): the cluster loader does not ship the build's reworded
   * links yet, so on the cluster every seed's versions are its copy group alone, 000 and 004 included.
   */
  @Override
  @Test
  void seed004IsARewordedVersionOf000AndTheOtherSeedsAreVersionsOfNothing() throws Exception {
    for (String seed : List.of(
        "000_079d92a754481f4e",
        "001_49c5f41f396e63f2",
        "002_bf3de7300dd640e3",
        "003_75fc6c007729b890",
        "004_dcb1392a28173e2c")) {
      assertEquals(List.of(seed), ids(get("/api/stories/" + seed + "/versions", 200)), seed);
    }
  }
}
