package org.morgue.server.search.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState.OrdRange;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.LongHeap;
import org.apache.lucene.util.LongValues;
import org.morgue.indexer.index.EntityLabels;
import org.morgue.server.search.SearchResponse.FacetValue;

/**
 * Facet counts per global ordinal of the flat sorted-set dimensions, for the drill-down hits and, per
 * filtered dimension, its drill-sideways hits (a filtered dimension is counted without its own filter).
 * Unlike Lucene's counts it exposes the ordinals, so {@link #top} ranks by count and the reader's
 * {@link FacetOrder} and reads only the shown values' names.
 */
final class OrdinalFacetCounts extends Facets {

  private final SortedSetDocValuesReaderState state;
  private final FacetOrder order;
  private final int[] drillDown;
  private final Map<String, int[]> sideways;
  private final CountArrays arrays;

  /**
   * @param sideways filtered dimension → counts of the hits without that dimension's filter
   * @param arrays where {@link #release} returns the count arrays, which came from it
   */
  OrdinalFacetCounts(
      SortedSetDocValuesReaderState state,
      FacetOrder order,
      int[] drillDown,
      Map<String, int[]> sideways,
      CountArrays arrays) {
    this.state = state;
    this.order = order;
    this.drillDown = drillDown;
    this.sideways = Map.copyOf(sideways);
    this.arrays = arrays;
  }

  /** Gives the count arrays back for the next search; these counts must not be read afterwards. */
  void release() {
    arrays.give(drillDown);
    sideways.values().forEach(arrays::give);
  }

  /**
   * Counts the hits' values per global ordinal into {@code counts} (zeroed, one slot per value of the
   * state); segments are counted locally, then mapped.
   */
  static int[] count(SortedSetDocValuesReaderState state, FacetsCollector hits, int[] counts)
      throws IOException {
    if (hits == null) {
      return counts;
    }
    OrdinalMap map = state.getDocValues() instanceof MultiDocValues.MultiSortedSetDocValues multi
        ? multi.mapping
        : null;
    for (FacetsCollector.MatchingDocs docs : hits.getMatchingDocs()) {
      SortedSetDocValues values = docs.context().reader().getSortedSetDocValues(state.getField());
      DocIdSetIterator matches = docs.totalHits() == 0 ? null : docs.bits().iterator();
      if (values == null || matches == null) {
        continue;
      }
      LongValues global = map == null ? LongValues.IDENTITY : map.getGlobalOrds(docs.context().ord);
      // Few hits: map each ordinal as it comes; many: count segment ordinals, map each once.
      boolean local = map != null && docs.totalHits() > values.getValueCount() / 10;
      int[] into = local ? new int[(int) values.getValueCount()] : counts;
      for (int doc = matches.nextDoc();
          doc != DocIdSetIterator.NO_MORE_DOCS;
          doc = matches.nextDoc()) {
        if (values.advanceExact(doc)) {
          for (int i = values.docValueCount(); i > 0; i--) {
            long ord = values.nextOrd();
            into[(int) (local ? ord : global.get(ord))]++;
          }
        }
      }
      if (local) {
        for (int ord = 0; ord < into.length; ord++) {
          if (into[ord] != 0) {
            counts[(int) global.get(ord)] += into[ord];
          }
        }
      }
    }
    return counts;
  }

  private int[] counts(String dim) {
    return sideways.getOrDefault(dim, drillDown);
  }

  /**
   * The first {@code k} values of {@code dim} in {@link FacetLists#ORDER} (count, then label, then value),
   * chosen on ordinals; only the chosen values are looked up and labelled.
   */
  List<FacetValue> top(String dim, int k, Set<String> chosen, EntityLabels labels)
      throws IOException {
    int[] ords = topOrds(dim, k);
    int[] counts = counts(dim);
    SortedSetDocValues values = state.getDocValues();
    List<FacetValue> out = new ArrayList<>(ords.length);
    for (int ord : ords) {
      String value = order.value(values, ord);
      out.add(new FacetValue(
          value, order.label(dim, values, ord, labels), counts[ord], chosen.contains(value)));
    }
    return out;
  }

  /** Ordinals of the {@code k} best non-zero counts of {@code dim}, best first. */
  private int[] topOrds(String dim, int k) {
    OrdRange range = state.getOrdRange(dim);
    if (range == null || k <= 0) {
      return new int[0];
    }
    int[] counts = counts(dim);
    // One long per value, larger is better: the count, then the rank inverted (ranks are unique
    // within
    // a dimension). A min-heap of primitives keeps the k best; its head is the worst kept value.
    LongHeap kept = new LongHeap(Math.min(k, range.end() - range.start() + 1));
    for (int ord = range.start(); ord <= range.end(); ord++) {
      int count = counts[ord];
      if (count != 0) {
        kept.insertWithOverflow(((long) count << 32) | (Integer.MAX_VALUE - order.rank(ord)));
      }
    }
    int[] best = new int[kept.size()];
    for (int i = best.length - 1; i >= 0; i--) {
      best[i] = order.ordinal(range.start(), Integer.MAX_VALUE - (int) kept.pop());
    }
    return best;
  }

  @Override
  public FacetResult getTopChildren(int topN, String dim, String... path) throws IOException {
    validateTopN(topN);
    return result(dim, path, topOrds(dim, topN));
  }

  @Override
  public FacetResult getAllChildren(String dim, String... path) throws IOException {
    return result(dim, path, topOrds(dim, Integer.MAX_VALUE));
  }

  /** The count of one value; -1 when the index has no such value (as Lucene's counts answer). */
  @Override
  public Number getSpecificValue(String dim, String... path) throws IOException {
    if (path.length != 1) {
      throw new IllegalArgumentException(
          "flat dimension " + dim + " takes one value, not " + Arrays.toString(path));
    }
    long ord = state.getDocValues().lookupTerm(new BytesRef(FacetsConfig.pathToString(dim, path)));
    return ord < 0 ? -1 : counts(dim)[(int) ord];
  }

  @Override
  public List<FacetResult> getAllDims(int topN) throws IOException {
    validateTopN(topN);
    List<FacetResult> out = new ArrayList<>();
    for (String dim : state.getDims()) {
      FacetResult result = getTopChildren(topN, dim);
      if (result != null) {
        out.add(result);
      }
    }
    return out;
  }

  /** Values in the given order with their counts; null when nothing counted, as Lucene's facets answer. */
  private FacetResult result(String dim, String[] path, int[] ords) throws IOException {
    if (path.length != 0) {
      throw new IllegalArgumentException(
          "flat dimension " + dim + " has no path below it: " + Arrays.toString(path));
    }
    if (ords.length == 0) {
      return null;
    }
    int[] counts = counts(dim);
    SortedSetDocValues values = state.getDocValues();
    LabelAndValue[] labelled = new LabelAndValue[ords.length];
    for (int i = 0; i < ords.length; i++) {
      labelled[i] = new LabelAndValue(order.value(values, ords[i]), counts[ords[i]]);
    }
    OrdRange range = state.getOrdRange(dim);
    int children = 0;
    for (int ord = range.start(); ord <= range.end(); ord++) {
      children += counts[ord] > 0 ? 1 : 0;
    }
    // Multi-valued dimensions have no meaningful dimension total: -1, as Lucene reports it.
    return new FacetResult(dim, path, -1, labelled, children);
  }
}
