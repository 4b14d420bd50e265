package org.morgue.server.search.lucene;

import java.io.IOException;
import java.util.ArrayList;
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
import org.morgue.server.search.Facet;
import org.morgue.server.search.SearchResponse.FacetValue;

/**
 * Turns Lucene facet counts into the API's value lists: count descending, then label, then value,
 * at most {@link #MAX_VALUES} per dimension, plus every selected value (at count 0 when it no
 * longer matches) so the page can always untick it.
 */
final class FacetLists {

  static final int MAX_VALUES = 50;
  static final Comparator<FacetValue> ORDER = Comparator.comparingLong(FacetValue::count)
      .reversed()
      .thenComparing(FacetValue::label, String.CASE_INSENSITIVE_ORDER)
      .thenComparing(FacetValue::value);

  private FacetLists() {}

  /**
   * @param facets the counts (drill-sideways for filtered dimensions); empty when the index has no facet values
   */
  static Map<String, List<FacetValue>> of(
      Optional<OrdinalFacetCounts> facets,
      Optional<SortedSetDocValuesReaderState> state,
      Map<String, List<String>> selected,
      EntityLabels labels)
      throws IOException {
    Map<String, List<FacetValue>> out = new LinkedHashMap<>();
    for (Facet facet : Facet.values()) {
      String dim = Dimensions.of(facet);
      List<String> chosenValues = selected.getOrDefault(facet.apiName(), List.of());
      Set<String> chosen = Set.copyOf(chosenValues);
      boolean counted =
          facets.isPresent() && state.isPresent() && state.get().getOrdRange(dim) != null;
      List<FacetValue> shown = counted
          ? new ArrayList<>(facets.get().top(dim, MAX_VALUES, chosen, labels))
          : new ArrayList<>();
      for (String value : chosenValues) {
        if (shown.stream().noneMatch(v -> v.value().equals(value))) {
          long count =
              counted ? Math.max(0, facets.get().getSpecificValue(dim, value).longValue()) : 0L;
          shown.add(new FacetValue(value, labels.label(dim, value), count, true));
        }
      }
      out.put(facet.apiName(), List.copyOf(shown));
    }
    return out;
  }

  static Map<String, Long> counts(
      Optional<Facets> facets, Optional<SortedSetDocValuesReaderState> state, String dim)
      throws IOException {
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
