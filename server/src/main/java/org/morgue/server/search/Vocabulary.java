package org.morgue.server.search;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The API's vocabulary as data, for {@code GET /api/vocabulary}: the facet dimensions, sort orders,
 * undated modes, histogram intervals and match modes the other endpoints accept, in the order they are listed. The
 * page learns them from here instead of keeping its own copy, so a dimension or an order added to the
 * API (say {@code relevance_recent}) reaches the page without a second list to keep in step.
 */
public record Vocabulary(
    List<FacetTerm> facets,
    List<SortTerm> sorts,
    List<String> undated,
    List<String> intervals,
    List<String> modes) {

  /** @param entity true when values are canonical name keys with display labels */
  public record FacetTerm(String name, String label, String singular, boolean entity) {}

  /** @param byScore true for the orders by relevance score */
  public record SortTerm(String name, String label, boolean byScore) {}

  public Vocabulary {
    facets = List.copyOf(Objects.requireNonNull(facets, "facets"));
    sorts = List.copyOf(Objects.requireNonNull(sorts, "sorts"));
    undated = List.copyOf(Objects.requireNonNull(undated, "undated"));
    intervals = List.copyOf(Objects.requireNonNull(intervals, "intervals"));
    modes = List.copyOf(Objects.requireNonNull(modes, "modes"));
  }

  /** The vocabulary every backend shares: it is the API's, not an index's. */
  public static Vocabulary api() {
    return new Vocabulary(
        Arrays.stream(Facet.values())
            .map(f -> new FacetTerm(f.apiName(), f.label(), f.singular(), f.entity()))
            .toList(),
        Arrays.stream(SortOrder.values())
            .map(s -> new SortTerm(s.apiName(), s.label(), s.byScore()))
            .toList(),
        Arrays.stream(UndatedFilter.values()).map(UndatedFilter::apiName).toList(),
        Arrays.stream(DateInterval.values()).map(DateInterval::apiName).toList(),
        Arrays.stream(MatchMode.values()).map(MatchMode::apiName).toList());
  }
}
