package org.morgue.server.search.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState.OrdRange;
import org.apache.lucene.index.SortedSetDocValues;
import org.morgue.indexer.index.EntityLabels;

/**
 * Ranks the ordinals of one dimension by their counts, ties in the display order of {@link FacetOrder}
 * (label, then value), and names only the ones kept. Shared by the entity profile, the network and batch
 * summaries, which all count ordinals themselves in one pass.
 */
final class OrdinalRanking {

  private final SortedSetDocValuesReaderState state;
  private final FacetOrder order;
  private final EntityLabels labels;
  private final SortedSetDocValues values;

  OrdinalRanking(SortedSetDocValuesReaderState state, FacetOrder order, EntityLabels labels)
      throws IOException {
    this.state = state;
    this.order = order;
    this.labels = labels;
    this.values = state.getDocValues();
  }

  /** The dimension's ordinal range; null when no story has a value of it. */
  OrdRange range(String dim) {
    return state.getOrdRange(dim);
  }

  /** The ordinals of {@code dim} with a non-zero count, most counted first, ties in display order. */
  List<Integer> ranked(String dim, int[] counts) {
    OrdRange range = state.getOrdRange(dim);
    List<Integer> out = new ArrayList<>();
    if (range == null) {
      return out;
    }
    for (int ord = range.start(); ord <= range.end(); ord++) {
      if (counts[ord] > 0) {
        out.add(ord);
      }
    }
    out.sort(byCount(counts));
    return out;
  }

  /** Count descending, then display order within the dimension (ordinals of one dimension only). */
  Comparator<Integer> byCount(int[] counts) {
    return Comparator.<Integer>comparingInt(ord -> -counts[ord]).thenComparingInt(order::rank);
  }

  /** The display rank of an ordinal within its dimension. */
  int rank(int ord) {
    return order.rank(ord);
  }

  String value(int ord) throws IOException {
    return order.value(values, ord);
  }

  String label(String dim, int ord) throws IOException {
    return order.label(dim, values, ord, labels);
  }

  /** The global ordinal of a value; -1 when no story has it. */
  int ordinal(String dim, String value) throws IOException {
    long ord = values.lookupTerm(new org.apache.lucene.util.BytesRef(
        org.apache.lucene.facet.FacetsConfig.pathToString(dim, value)));
    return ord < 0 ? -1 : (int) ord;
  }
}
