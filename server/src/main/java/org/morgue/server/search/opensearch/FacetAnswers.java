package org.morgue.server.search.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.morgue.indexer.index.EntityLabels;
import org.morgue.server.search.Facet;
import org.morgue.server.search.SearchResponse.FacetValue;

/**
 * The sidebar's value lists from the sideways aggregations: count descending, then label, then value,
 * at most {@link #MAX_VALUES} per dimension, plus every selected value. The cluster orders ties by key,
 * Morgue by label: when the cut at {@link #MAX_VALUES} falls inside a run of equal counts the cluster
 * may have cut too, so the caller asks again for more values instead of guessing.
 */
final class FacetAnswers {

  static final int MAX_VALUES = 50;
  /** Values asked for per dimension at first: a margin over the 50 shown, for ties at the cut. */
  static final int FIRST_SIZE = 200;

  static final Comparator<FacetValue> ORDER = Comparator.comparingLong(FacetValue::count)
      .reversed()
      .thenComparing(FacetValue::label, String.CASE_INSENSITIVE_ORDER)
      .thenComparing(FacetValue::value);

  private FacetAnswers() {}

  /** The lists, or null when a cut may hide a tied value and the aggregation must be asked for more. */
  static Map<String, List<FacetValue>> of(
      JsonNode aggs, Map<String, List<String>> selected, EntityLabels labels) {
    Map<String, List<FacetValue>> out = new LinkedHashMap<>();
    for (Facet facet : Facet.values()) {
      String dim = facet.apiName();
      JsonNode agg = aggs.path("f_" + dim);
      List<String> chosenValues = selected.getOrDefault(dim, List.of());
      Set<String> chosen = Set.copyOf(chosenValues);
      List<FacetValue> values = new ArrayList<>();
      agg.path("values").path("buckets").forEach(b -> {
        String key = b.path("key").asText();
        values.add(new FacetValue(
            key, labels.label(dim, key), b.path("doc_count").asLong(), chosen.contains(key)));
      });
      boolean truncated = agg.path("values").path("sum_other_doc_count").asLong() > 0;
      if (truncated
          && values.size() >= MAX_VALUES
          && values.get(MAX_VALUES - 1).count() == values.get(values.size() - 1).count()) {
        return null;
      }
      values.sort(ORDER);
      List<FacetValue> shown =
          new ArrayList<>(values.subList(0, Math.min(MAX_VALUES, values.size())));
      Map<String, Long> selectedCounts = new HashMap<>();
      agg.path("selected")
          .path("buckets")
          .forEach(b ->
              selectedCounts.put(b.path("key").asText(), b.path("doc_count").asLong()));
      for (String value : chosenValues) {
        if (shown.stream().noneMatch(v -> v.value().equals(value))) {
          shown.add(new FacetValue(
              value, labels.label(dim, value), selectedCounts.getOrDefault(value, 0L), true));
        }
      }
      out.put(dim, List.copyOf(shown));
    }
    return out;
  }
}
