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
 */
final class FacetOrder {

  private final int[] rank;

  private FacetOrder(int[] rank) {
    this.rank = rank;
  }

  static FacetOrder of(SortedSetDocValuesReaderState state, EntityLabels labels) throws IOException {
    int[] rank = new int[state.getSize()];
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
        keys[i] = value(values, range.start() + i);
        shown[i] = labels.label(dim, keys[i]);
      }
      Integer[] order = new Integer[size];
      Arrays.setAll(order, i -> i);
      Arrays.sort(order, Comparator.<Integer, String>comparing(i -> shown[i], String.CASE_INSENSITIVE_ORDER)
          .thenComparing(i -> keys[i]));
      for (int r = 0; r < size; r++) {
        rank[range.start() + order[r]] = r;
      }
    }
    return new FacetOrder(rank);
  }

  /** Rank of a global ordinal within its dimension: lower sorts first among equal counts. */
  int rank(int ord) {
    return rank[ord];
  }

  /** The value (the key, not the label) a flat dimension's ordinal stands for. */
  static String value(SortedSetDocValues values, int ord) throws IOException {
    String[] path = FacetsConfig.stringToPath(values.lookupOrd(ord).utf8ToString());
    return path[path.length - 1];
  }
}
