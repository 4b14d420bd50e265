package org.morgue.server.search.lucene;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.morgue.indexer.index.EntityLabels;
import org.morgue.indexer.index.Schema;
import org.morgue.server.search.DateInterval;
import org.morgue.server.search.SearchResponse;
import org.morgue.server.search.investigate.EntityRef;
import org.morgue.server.search.investigate.Timeline;
import org.morgue.server.search.investigate.TimelineRequest;

/**
 * Several entities' timelines in one search: the search's date histogram is collected beside the
 * matching stories, and one pass over their facet ordinals and dates adds each story to the series of
 * every requested entity it names, on the histogram's own buckets.
 */
final class EntityTimelines {

  private final Schema schema;
  private final ArchiveSearcher searcher;
  private final EntityLabels labels;

  EntityTimelines(Schema schema, ArchiveSearcher searcher, EntityLabels labels) {
    this.schema = schema;
    this.searcher = searcher;
    this.labels = labels;
  }

  Timeline run(TimelineRequest request, Query text) throws IOException {
    Object[] collected = searcher.search(
        SearchExecution.filtered(schema, request.search(), text),
        new MultiCollectorManager(
            new FacetsCollectorManager(), new DateHistogram(request.search().interval())));
    SearchResponse.Dates dates = (SearchResponse.Dates) collected[1];
    List<String> keys = dates.buckets().stream().map(SearchResponse.Bucket::key).toList();
    List<EntityRef> entities = request.entities();
    int[] ordOf = new int[entities.size()];
    if (searcher.facetState().isPresent()) {
      OrdinalRanking ranking =
          new OrdinalRanking(searcher.facetState().get(), searcher.facetOrder(), labels);
      for (int e = 0; e < ordOf.length; e++) {
        ordOf[e] = ranking.ordinal(entities.get(e).type(), entities.get(e).value());
      }
    } else {
      java.util.Arrays.fill(ordOf, -1);
    }
    DateInterval width = DateInterval.parse(dates.interval());
    long first = dates.min() == null ? 0 : width.index(LocalDate.parse(dates.min()));
    long[][] series = new long[entities.size()][keys.size()];
    long[] stories = new long[entities.size()];
    OrdinalPass.run(
        searcher.facetState().orElse(null),
        (FacetsCollector) collected[0],
        new OrdinalPass.Dated() {
          @Override
          public void story(int doc, int[] ords, int n) throws IOException {
            long day = day(doc);
            int bucket =
                day == UNDATED ? -1 : (int) (width.index(LocalDate.ofEpochDay(day)) - first);
            for (int e = 0; e < ordOf.length; e++) {
              if (ordOf[e] >= 0 && java.util.Arrays.binarySearch(ords, 0, n, ordOf[e]) >= 0) {
                stories[e]++;
                if (bucket >= 0) {
                  series[e][bucket]++;
                }
              }
            }
          }
        });
    List<Timeline.Series> out = new ArrayList<>();
    for (int e = 0; e < ordOf.length; e++) {
      EntityRef entity = entities.get(e);
      out.add(new Timeline.Series(
          entity.type(),
          entity.value(),
          labels.label(entity.type(), entity.value()),
          stories[e],
          java.util.Arrays.stream(series[e]).boxed().toList()));
    }
    return new Timeline(
        dates.interval(),
        keys,
        dates.buckets().stream().map(SearchResponse.Bucket::count).toList(),
        out);
  }
}
