package org.morgue.server.search.lucene;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.morgue.indexer.index.BuildInfo;
import org.morgue.indexer.index.EntityLabels;
import org.morgue.indexer.index.Schema;

/**
 * An index searcher over one published build, with everything a request needs that is fixed for that
 * build: its label table and build info, the facet state, the {@link ReaderStats}, the typeahead's name
 * table (read from the build, where the indexer wrote it) and the facet display order. Each costs time
 * proportional to the archive, so all are made here, once, when {@link ArchiveSearcherManager} opens the
 * build, while the previous build still serves.
 *
 * <p>Its lifetime is its reader's reference count, kept by the manager: the last release closes the
 * reader, and the reader's closing closes the build's directory.
 */
final class ArchiveSearcher extends IndexSearcher {

  private final Optional<Path> build;
  private final EntityLabels labels;
  private final Optional<BuildInfo> info;
  private final SortedSetDocValuesReaderState facetState;
  private final ReaderStats stats;
  /** Facet count arrays reused across the reader's searches; null without facet values. */
  private final CountArrays countArrays;

  private final StoredFieldsPool storedFields;
  private final EntityNames entityNames;
  private final FacetOrder facetOrder;
  private final boolean exactFields;

  /**
   * @param build the build folder, empty for the stand-in served before any build is published
   * @param info the build's info, empty exactly when {@code build} is
   */
  ArchiveSearcher(
      IndexReader reader,
      FacetsConfig config,
      Optional<Path> build,
      EntityLabels labels,
      Optional<BuildInfo> info)
      throws IOException {
    super(reader);
    this.build = build;
    this.labels = labels;
    this.info = info;
    this.facetState =
        hasFacetValues(reader) ? new DefaultSortedSetDocValuesReaderState(reader, config) : null;
    this.stats = ReaderStats.of(reader, Optional.ofNullable(facetState));
    this.countArrays = facetState == null ? null : new CountArrays(facetState.getSize());
    this.storedFields = new StoredFieldsPool(this);
    this.entityNames = EntityNames.of(build, facetState(), labels);
    this.facetOrder = facetState == null ? null : FacetOrder.of(facetState, labels);
    // An empty index passes: it answers an exact query with no hits, truthfully.
    this.exactFields = Schema.hasExactFields(reader);
  }

  /** Whether the build indexed the exact title and body in every segment (see {@link Schema#hasExactFields}). */
  boolean hasExactFields() {
    return exactFields;
  }

  private static boolean hasFacetValues(IndexReader reader) {
    String field = FacetsConfig.DEFAULT_INDEX_FIELD_NAME;
    return reader.leaves().stream()
        .anyMatch(leaf -> leaf.reader().getFieldInfos().fieldInfo(field) != null);
  }

  /** The build folder served; empty before any build is published. */
  Optional<Path> build() {
    return build;
  }

  /** The build's display labels for entity keys. */
  EntityLabels labels() {
    return labels;
  }

  /** The build's info (build time, story count, build options); empty before any build is published. */
  Optional<BuildInfo> info() {
    return info;
  }

  /** The reader's archive-wide numbers, computed when it opened. */
  ReaderStats stats() {
    return stats;
  }

  /** The build's entity names for typeahead. */
  EntityNames entityNames() {
    return entityNames;
  }

  /** The display order of the build's facet values under its labels; only called when {@link #facetState} is present. */
  FacetOrder facetOrder() {
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
}
