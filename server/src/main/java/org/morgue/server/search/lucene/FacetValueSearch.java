package org.morgue.server.search.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TotalHitCountCollectorManager;
import org.morgue.indexer.index.EntityLabels;
import org.morgue.indexer.index.Schema;
import org.morgue.server.search.FacetValuesRequest;
import org.morgue.server.search.FacetValuesResponse;
import org.morgue.server.search.SearchRequest;
import org.morgue.server.search.SearchResponse.FacetValue;

/**
 * Searches within one facet's values: every value is counted over the result set with the same
 * drill-sideways counting as the sidebar (so a number here equals the number there), then filtered
 * by text and cut to size. Only counting is done; no hits are collected.
 */
final class FacetValueSearch {

  private FacetValueSearch() {}

  static FacetValuesResponse run(
      Schema schema,
      ArchiveSearcher searcher,
      EntityLabels labels,
      SearchRequest search,
      Query text,
      FacetValuesRequest request)
      throws IOException {
    Optional<SortedSetDocValuesReaderState> state = searcher.facetState();
    DrillDownQuery query = SearchExecution.filtered(schema, search, text);
    if (state.isEmpty()) {
      long stories =
          searcher.search(query, new TotalHitCountCollectorManager(searcher.getSlices()));
      return new FacetValuesResponse(request.facet(), request.contains(), stories, 0, List.of());
    }
    DrillSideways.ConcurrentDrillSidewaysResult<Integer> result = new DrillSideways(
            searcher, schema.facetsConfig(), state.get())
        .search(query, new TotalHitCountCollectorManager(searcher.getSlices()));
    Optional<Facets> facets = Optional.of(result.facets);
    String dim = Dimensions.of(request.facet());
    Map<String, Long> counts = FacetLists.counts(facets, state, dim);
    Set<String> selected = Set.copyOf(search.filters().getOrDefault(request.facet(), List.of()));
    List<FacetValue> matching = new ArrayList<>();
    counts.forEach((value, count) -> {
      String label = labels.label(dim, value);
      if (count > 0 && request.matches(value, label)) {
        matching.add(new FacetValue(value, label, count, selected.contains(value)));
      }
    });
    matching.sort(FacetLists.ORDER);
    // The story count is the drill-down's: with this facet filtered, it is the filtered result set.
    return new FacetValuesResponse(
        request.facet(),
        request.contains(),
        result.collectorResult,
        matching.size(),
        matching.subList(0, Math.min(request.size(), matching.size())));
  }
}
