package org.morgue.server.search.lucene;

import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState.OrdRange;
import org.apache.lucene.index.SortedSetDocValues;
import org.morgue.indexer.index.EntityLabels;

/**
 * The display order of every facet value of one reader: for each global ordinal, its rank within its
 * dimension by label (case-insensitive), then value — the tie-break of {@link FacetLists#ORDER}. It
 * depends only on the reader and the build's labels, so it is computed once per reader; a request then
 * picks its top values by count and rank from the ordinal counts and labels only the values it shows,
 * instead of resolving and labelling every value tied at the cut-off (thousands on an entity-rich archive).
 *
 * <p>It also remembers the value and label of each ordinal once a request has shown it: resolving an
 * ordinal means seeking the doc values' compressed terms dictionary, and the same popular values head
 * most result pages. The caches are filled lazily (holding every name of a 1.15M-story archive would
 * cost about 60 MB of heap); racing writers store equal immutable strings, so no lock is needed.
 */
final class FacetOrder {

  private final int[] rank;
  /** For each dimension's range, the global ordinal at each rank: {@code byRank[start + rank]}. */
  private final int[] byRank;

  private final String[] values;
  private final String[] labels;

  private FacetOrder(int[] rank, int[] byRank) {
    this.rank = rank;
    this.byRank = byRank;
    this.values = new String[rank.length];
    this.labels = new String[rank.length];
  }

  static FacetOrder of(SortedSetDocValuesReaderState state, EntityLabels labels)
      throws IOException {
    int[] rank = new int[state.getSize()];
    int[] byRank = new int[state.getSize()];
    SortedSetDocValues values = state.getDocValues();
    for (String dim : state.getDims()) {
      OrdRange range = state.getOrdRange(dim);
      if (range == null) {
        continue; // hierarchical dimensions have no flat range; the schema has none
      }
      int size = range.end() - range.start() + 1;
      String[] keys = new String[size];
      String[] shown = new String[size];
      for (int i = 0; i < size; i++) {
        keys[i] = lookup(values, range.start() + i);
        shown[i] = labels.label(dim, keys[i]);
      }
      Integer[] order = new Integer[size];
      Arrays.setAll(order, i -> i);
      Arrays.sort(
          order,
          Comparator.<Integer, String>comparing(i -> shown[i], String.CASE_INSENSITIVE_ORDER)
              .thenComparing(i -> keys[i]));
      for (int r = 0; r < size; r++) {
        rank[range.start() + order[r]] = r;
        byRank[range.start() + r] = range.start() + order[r];
      }
    }
    return new FacetOrder(rank, byRank);
  }

  /** Rank of a global ordinal within its dimension: lower sorts first among equal counts. */
  int rank(int ord) {
    return rank[ord];
  }

  /** The global ordinal of the value at {@code rank} in the dimension whose range starts at {@code start}. */
  int ordinal(int start, int rank) {
    return byRank[start + rank];
  }

  /** The value (the key, not the label) an ordinal stands for, resolved once per reader. */
  String value(SortedSetDocValues docValues, int ord) throws IOException {
    String value = values[ord];
    if (value == null) {
      value = lookup(docValues, ord);
      values[ord] = value;
    }
    return value;
  }

  /** The display label of an ordinal's value under the build's labels, resolved once per reader. */
  String label(String dim, SortedSetDocValues docValues, int ord, EntityLabels names)
      throws IOException {
    String label = labels[ord];
    if (label == null) {
      label = names.label(dim, value(docValues, ord));
      labels[ord] = label;
    }
    return label;
  }

  /** The value (the key, not the label) a flat dimension's ordinal stands for, read from the doc values. */
  private static String lookup(SortedSetDocValues values, int ord) throws IOException {
    String[] path = FacetsConfig.stringToPath(values.lookupOrd(ord).utf8ToString());
    return path[path.length - 1];
  }
}
