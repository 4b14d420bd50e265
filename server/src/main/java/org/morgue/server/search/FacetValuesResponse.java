package org.morgue.server.search;

import java.util.List;
import java.util.Objects;

/**
 * The values of one facet over a search's result set that match a {@link FacetValuesRequest}.
 *
 * @param stories how many stories the counts are over (the facet's own filters set aside, as in the sidebar)
 * @param matching how many values match {@code contains}, of which {@code values} holds the first {@code size}
 * @param values ordered by count, then label
 */
public record FacetValuesResponse(
    String facet,
    String contains,
    long stories,
    long matching,
    List<SearchResponse.FacetValue> values) {

  public FacetValuesResponse {
    Objects.requireNonNull(facet, "facet");
    Objects.requireNonNull(contains, "contains");
    values = List.copyOf(values);
  }
}
