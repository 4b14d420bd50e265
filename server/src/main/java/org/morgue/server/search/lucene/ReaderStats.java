package org.morgue.server.search.lucene;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState.OrdRange;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.Bits;
import org.morgue.indexer.index.Schema;
import org.morgue.server.search.Facet;
import org.morgue.server.search.IndexStats;

/**
 * The archive-wide numbers of one reader, computed once when the reader opens: reading every date
 * costs time proportional to the archive, which a stats request must not pay each time.
 *
 * @param minDay earliest publication epoch day, {@code Long.MAX_VALUE} when nothing is dated
 * @param maxDay latest publication epoch day, {@code Long.MIN_VALUE} when nothing is dated
 * @param facetValues API facet name → distinct values in the reader's facet ordinals
 * @param sizeBytes the files of the reader's build folder: a published build never changes, so they are
 *     counted once here rather than on every metrics scrape
 */
record ReaderStats(
    long stories,
    long dated,
    long minDay,
    long maxDay,
    Map<String, Long> facetValues,
    long sizeBytes) {

  ReaderStats {
    facetValues = Map.copyOf(facetValues);
  }

  static ReaderStats of(IndexReader reader, Optional<SortedSetDocValuesReaderState> facets)
      throws IOException {
    long dated = 0;
    long min = Long.MAX_VALUE;
    long max = Long.MIN_VALUE;
    for (LeafReaderContext leaf : reader.leaves()) {
      // Deleted stories (an update replaced them) must not stretch the date span.
      Bits live = leaf.reader().getLiveDocs();
      SortedNumericDocValues days = DocValues.getSortedNumeric(leaf.reader(), Schema.PUBLISHED);
      for (int doc = days.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = days.nextDoc()) {
        if (live == null || live.get(doc)) {
          long day = days.nextValue();
          dated++;
          min = Math.min(min, day);
          max = Math.max(max, day);
        }
      }
    }
    Map<String, Long> values = new LinkedHashMap<>();
    for (Facet facet : Facet.values()) {
      OrdRange range =
          facets.map(state -> state.getOrdRange(Dimensions.of(facet))).orElse(null);
      values.put(facet.apiName(), range == null ? 0L : (long) range.end() - range.start() + 1);
    }
    return new ReaderStats(reader.numDocs(), dated, min, max, values, sizeBytes(reader));
  }

  /** The build folder's files (index and label tables), or 0 for a reader not on a directory. */
  private static long sizeBytes(IndexReader reader) throws IOException {
    if (!(reader instanceof DirectoryReader directoryReader)) {
      return 0;
    }
    Directory dir = directoryReader.directory();
    long bytes = 0;
    for (String file : dir.listAll()) {
      try {
        bytes += dir.fileLength(file);
      } catch (NoSuchFileException | FileNotFoundException e) {
        // a temporary file renamed while we count: not part of the build
      }
    }
    return bytes;
  }

  IndexStats toApi(String builtAt) {
    Map<String, Long> ordered = new LinkedHashMap<>();
    Facet.NAMES.forEach(dim -> ordered.put(dim, facetValues.getOrDefault(dim, 0L)));
    boolean any = dated > 0;
    return new IndexStats(
        stories,
        dated,
        stories - dated,
        any ? LocalDate.ofEpochDay(minDay).toString() : null,
        any ? LocalDate.ofEpochDay(maxDay).toString() : null,
        ordered,
        builtAt,
        sizeBytes);
  }
}
