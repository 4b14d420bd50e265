package org.morgue.server.search.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.morgue.indexer.index.EntityLabels;
import org.morgue.indexer.index.Schema;
import org.morgue.server.search.SearchResponse.FacetValue;

/**
 * Turns Lucene facet counts into the API's value lists: count descending, then label, then value,
 * at most {@link #MAX_VALUES} per dimension, plus every selected value (at count 0 when it no
 * longer matches) so the page can always untick it.
 */
final class FacetLists {

  static final int MAX_VALUES = 50;
  static final Comparator<FacetValue> ORDER = Comparator.comparingLong(FacetValue::count).reversed()
      .thenComparing(FacetValue::label, String.CASE_INSENSITIVE_ORDER)
      .thenComparing(FacetValue::value);

  private FacetLists() {}

  /**
   * @param facets the counts (drill-sideways for filtered dimensions); empty when the index has no facet values
   */
  static Map<String, List<FacetValue>> of(Optional<Facets> facets, Optional<SortedSetDocValuesReaderState> state,
      Map<String, List<String>> selected, EntityLabels labels) throws IOException {
    Map<String, List<FacetValue>> out = new LinkedHashMap<>();
    for (String dim : Schema.FACETS) {
      List<String> chosenValues = selected.getOrDefault(dim, List.of());
      Set<String> chosen = Set.copyOf(chosenValues);
      boolean counted = facets.isPresent() && state.isPresent() && state.get().getOrdRange(dim) != null;
      List<FacetValue> shown = counted
          ? new ArrayList<>(top(facets.get(), dim, MAX_VALUES, chosen, labels))
          : new ArrayList<>();
      for (String value : chosenValues) {
        if (shown.stream().noneMatch(v -> v.value().equals(value))) {
          long count = counted ? Math.max(0, facets.get().getSpecificValue(dim, value).longValue()) : 0L;
          shown.add(new FacetValue(value, labels.label(dim, value), count, true));
        }
      }
      out.put(dim, List.copyOf(shown));
    }
    return out;
  }

  /**
   * The first {@code k} values of {@code dim} in {@link #ORDER}, labelling only the candidates. Lucene's
   * top-N breaks count ties by ordinal, not by our label, so it is asked for more values (doubling) until
   * every value tied with the k-th count is in hand; only those tied values and the ones above are labelled.
   * On an entity-rich archive this replaces labelling and sorting tens of thousands of values per request.
   */
  static List<FacetValue> top(Facets facets, String dim, int k, Set<String> chosen, EntityLabels labels)
      throws IOException {
    int asked = k + 1;
    while (true) {
      FacetResult result = facets.getTopChildren(asked, dim);
      if (result == null || result.labelValues.length == 0) {
        return List.of();
      }
      LabelAndValue[] values = result.labelValues;
      long[] counts = new long[values.length];
      for (int i = 0; i < values.length; i++) {
        counts[i] = values[i].value.longValue();
      }
      long[] sorted = counts.clone();
      Arrays.sort(sorted);
      boolean all = values.length < asked || values.length >= result.childCount;
      long cut = values.length <= k ? 0 : sorted[sorted.length - k];
      if (!all && sorted[0] >= cut) {
        // The least value fetched still ties the k-th: an unfetched one may tie too and sort before it.
        asked = (int) Math.min((long) asked * 2, Math.max(result.childCount, asked + 1L));
        continue;
      }
      List<FacetValue> candidates = new ArrayList<>();
      for (int i = 0; i < values.length; i++) {
        if (counts[i] >= cut) {
          String value = values[i].label;
          candidates.add(new FacetValue(value, labels.label(dim, value), counts[i], chosen.contains(value)));
        }
      }
      candidates.sort(ORDER);
      return candidates.subList(0, Math.min(k, candidates.size()));
    }
  }

  static Map<String, Long> counts(Optional<Facets> facets, Optional<SortedSetDocValuesReaderState> state,
      String dim) throws IOException {
    // Asking for a dimension no story has is an error in Lucene; for us it is just an empty list.
    if (facets.isEmpty() || state.isEmpty() || state.get().getOrdRange(dim) == null) {
      return Map.of();
    }
    FacetResult result = facets.get().getAllChildren(dim);
    Map<String, Long> counts = new HashMap<>();
    if (result != null) {
      for (LabelAndValue lv : result.labelValues) {
        counts.put(lv.label, lv.value.longValue());
      }
    }
    return counts;
  }
}
