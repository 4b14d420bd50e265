package org.morgue.server.http;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.morgue.indexer.index.IndexLayout;
import org.morgue.indexer.index.NameTable;
import org.morgue.server.search.SearchService;

/**
 * {@link SuggestTest}'s exact expectations on a build made before the indexer wrote the typeahead's name
 * table: the server builds the table itself when it opens such a build.
 */
class SuggestOnOlderBuildTest extends SuggestTest {

  @Override
  protected SearchService openService(Path archiveDir) throws Exception {
    Path build = new IndexLayout(archiveDir).currentBuild().orElseThrow();
    assertTrue(
        Files.deleteIfExists(build.resolve(NameTable.FILE)), "the indexer wrote " + NameTable.FILE);
    return super.openService(archiveDir);
  }
}
