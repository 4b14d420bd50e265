package org.morgue.server.search.lucene;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.morgue.indexer.index.EntityLabels;
import org.morgue.indexer.index.NameTable;
import org.morgue.server.search.SuggestResponse.EntityName;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The typeahead's names of one build, as the API returns them. The table itself is the indexer's
 * {@link NameTable}, written into the build beside its labels; a build made before that file existed
 * has none, and then the table is built here, when the build opens (seconds on a large archive).
 */
final class EntityNames {

  private static final Logger LOG = LoggerFactory.getLogger(EntityNames.class);

  private final NameTable table;

  private EntityNames(NameTable table) {
    this.table = table;
  }

  /**
   * The build's table as the indexer wrote it, or, for an older build without one, built from the
   * reader's facet state.
   */
  static EntityNames of(
      Optional<Path> build, Optional<SortedSetDocValuesReaderState> state, EntityLabels labels)
      throws IOException {
    Optional<NameTable> written =
        build.isPresent() ? NameTable.read(build.get()) : Optional.empty();
    if (written.isPresent()) {
      return new EntityNames(written.get());
    }
    long start = System.nanoTime();
    NameTable built = NameTable.of(state, labels);
    build.ifPresent(dir -> LOG.info(
        "build {} has no {} (made by an older indexer): built {} typeahead names in {} ms",
        dir,
        NameTable.FILE,
        built.size(),
        (System.nanoTime() - start) / 1_000_000));
    return new EntityNames(built);
  }

  /** Names with a word starting with the folded prefix: most stories first, then by label, type and key. */
  List<EntityName> matching(String foldedPrefix, int size) {
    return table.matching(foldedPrefix, size).stream()
        .map(n -> new EntityName(n.type(), n.key(), n.label(), n.count()))
        .toList();
  }
}
