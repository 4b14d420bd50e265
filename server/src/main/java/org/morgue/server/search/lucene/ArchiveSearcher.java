package org.morgue.server.search.lucene;

import java.io.IOException;
import java.util.Optional;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;

/**
 * An index searcher with the facet state and {@link ReaderStats} of its reader. Building the sorted-set
 * facet state maps every facet value to an ordinal, and the stats read every date, both at a cost
 * proportional to the archive, so they are built once when the reader opens (by {@link Factory}) and
 * shared by every request on that reader.
 */
final class ArchiveSearcher extends IndexSearcher {

  private final SortedSetDocValuesReaderState facetState;
  private final ReaderStats stats;

  private ArchiveSearcher(IndexReader reader, SortedSetDocValuesReaderState facetState) throws IOException {
    super(reader);
    this.facetState = facetState;
    this.stats = ReaderStats.of(reader, Optional.ofNullable(facetState));
  }

  /** The reader's archive-wide numbers, computed when it opened. */
  ReaderStats stats() {
    return stats;
  }

  /** The facet state; empty when no story in the index has any facet value. */
  Optional<SortedSetDocValuesReaderState> facetState() {
    return Optional.ofNullable(facetState);
  }

  /** Makes {@link ArchiveSearcher}s for a {@code SearcherManager}. */
  static final class Factory extends SearcherFactory {
    private final FacetsConfig config;

    Factory(FacetsConfig config) {
      this.config = config;
    }

    @Override
    public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) throws IOException {
      return new ArchiveSearcher(reader, hasFacetValues(reader) ? new DefaultSortedSetDocValuesReaderState(reader, config) : null);
    }

    private boolean hasFacetValues(IndexReader reader) {
      String field = FacetsConfig.DEFAULT_INDEX_FIELD_NAME;
      return reader.leaves().stream().anyMatch(leaf -> leaf.reader().getFieldInfos().fieldInfo(field) != null);
    }
  }
}
