package org.morgue.server.search.lucene;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.search.IndexSearcher;

/**
 * Drill-sideways whose facets are {@link OrdinalFacetCounts}: the same hits and the same counts as
 * Lucene's sorted-set facets, in a form that can rank by the reader's {@link FacetOrder}.
 */
final class OrdinalDrillSideways extends DrillSideways {

  private final SortedSetDocValuesReaderState state;
  private final FacetOrder order;
  private final CountArrays arrays;

  OrdinalDrillSideways(
      IndexSearcher searcher,
      FacetsConfig config,
      SortedSetDocValuesReaderState state,
      FacetOrder order,
      CountArrays arrays) {
    super(searcher, config, state);
    this.state = state;
    this.order = order;
    this.arrays = arrays;
  }

  @Override
  protected Facets buildFacetsResult(
      FacetsCollector drillDowns, FacetsCollector[] drillSideways, String[] drillSidewaysDims)
      throws IOException {
    Map<String, int[]> sideways = new HashMap<>();
    if (drillSideways != null) {
      for (int i = 0; i < drillSideways.length; i++) {
        sideways.put(
            drillSidewaysDims[i], OrdinalFacetCounts.count(state, drillSideways[i], arrays.take()));
      }
    }
    return new OrdinalFacetCounts(
        state, order, OrdinalFacetCounts.count(state, drillDowns, arrays.take()), sideways, arrays);
  }
}
