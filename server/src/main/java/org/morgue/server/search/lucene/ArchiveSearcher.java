package org.morgue.server.search.lucene;

import java.io.IOException;
import java.util.Optional;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.morgue.indexer.index.EntityLabels;
import org.morgue.indexer.index.Schema;

/**
 * An index searcher with the facet state and {@link ReaderStats} of its reader. Building the sorted-set
 * facet state maps every facet value to an ordinal, and the stats read every date, both at a cost
 * proportional to the archive, so they are built once when the reader opens (by {@link Factory}) and
 * shared by every request on that reader.
 */
final class ArchiveSearcher extends IndexSearcher {

  private final SortedSetDocValuesReaderState facetState;
  private final ReaderStats stats;
  /** Facet count arrays reused across the reader's searches; null without facet values. */
  private final CountArrays countArrays;
  private final StoredFieldsPool storedFields;
  private final boolean exactFields;
  /** Built once (IndexHandle asks for it when the build opens), then shared; guarded by {@code this}. */
  private EntityNames entityNames;
  /** Built once like {@link #entityNames}; guarded by {@code this}. */
  private FacetOrder facetOrder;

  private ArchiveSearcher(IndexReader reader, SortedSetDocValuesReaderState facetState) throws IOException {
    super(reader);
    this.facetState = facetState;
    this.stats = ReaderStats.of(reader, Optional.ofNullable(facetState));
    this.countArrays = facetState == null ? null : new CountArrays(facetState.getSize());
    this.storedFields = new StoredFieldsPool(this);
    // An empty index passes: it answers an exact query with no hits, truthfully.
    this.exactFields = Schema.hasExactFields(reader);
  }

  /** Whether the build indexed the exact title and body (every build since exact matching exists does). */
  boolean hasExactFields() {
    return exactFields;
  }

  /** The reader's archive-wide numbers, computed when it opened. */
  ReaderStats stats() {
    return stats;
  }

  /**
   * The reader's entity names for typeahead, built on the first call: labels belong to the build, which
   * the factory does not know, so the handle that does asks for them when it opens the build.
   */
  synchronized EntityNames entityNames(EntityLabels labels) throws IOException {
    if (entityNames == null) {
      entityNames = EntityNames.of(facetState(), labels);
    }
    return entityNames;
  }

  /**
   * The display order of the reader's facet values under the build's labels, built on the first call
   * (the handle asks for it when the build opens, a refreshed reader on its first search) and shared.
   */
  synchronized FacetOrder facetOrder(EntityLabels labels) throws IOException {
    if (facetOrder == null) {
      facetOrder = FacetOrder.of(facetState, labels);
    }
    return facetOrder;
  }

  /** The reader's reusable stored-field readers. */
  StoredFieldsPool storedFieldsPool() {
    return storedFields;
  }

  /** The reader's reusable facet count arrays; only called when {@link #facetState} is present. */
  CountArrays countArrays() {
    return countArrays;
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
