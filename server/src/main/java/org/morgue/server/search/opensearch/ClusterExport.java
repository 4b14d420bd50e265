package org.morgue.server.search.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.search.Query;
import org.morgue.indexer.index.IndexedStory;
import org.morgue.indexer.index.StoryJson;
import org.morgue.indexer.story.PubDate;
import org.morgue.indexer.story.Story;
import org.morgue.server.search.ExportWalk;
import org.morgue.server.search.SearchRequest;
import org.morgue.server.search.StoryRow;
import org.morgue.server.search.lucene.MarkFormatter;

/**
 * Every match of a search as export rows, in the request's order, read in batches through a point in
 * time: the rows come from one view of the index even while a rebuild swaps the alias, and memory does
 * not grow with the result set.
 */
record ClusterExport(Cluster cluster, ServedIndex served, Query text, SearchRequest request) {

  static final int BATCH = 500;

  long run(long cap, StoryRow.Sink sink) {
    try {
      if (served == null) {
        sink.begin(0, cap);
        return 0;
      }
      ObjectNode query = SearchBody.whole(
          SearchBody.base(SearchBody.scored(text, request.sort(), served), request), request);
      ObjectNode count = SearchBody.object();
      count.set("query", query);
      count.put("size", 0);
      count.put("track_total_hits", true);
      sink.begin(
          cluster
              .search(served.index(), count)
              .path("hits")
              .path("total")
              .path("value")
              .asLong(),
          cap);
      String pit = cluster
          .call(() -> cluster
              .client()
              .post("/" + served.index() + "/_search/point_in_time?keep_alive=2m", null))
          .path("pit_id")
          .asText();
      try {
        return rows(query, pit, cap, sink);
      } finally {
        ObjectNode close = SearchBody.object();
        close.putArray("pit_id").add(pit);
        cluster.call(() -> cluster.client().send("DELETE", "/_search/point_in_time", close));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private long rows(ObjectNode query, String pit, long cap, StoryRow.Sink sink) throws IOException {
    boolean highlight = !request.q().isBlank();
    return ExportWalk.walk(BATCH, cap, sink, (JsonNode after, int size) -> {
      ObjectNode body = SearchBody.object();
      body.set("query", query);
      body.putObject("pit").put("id", pit).put("keep_alive", "2m");
      body.set("sort", SearchBody.sort(request.sort()));
      body.put("size", size);
      if (after != null) {
        body.set("search_after", after);
      }
      if (highlight) {
        body.set("highlight", SearchBody.highlight(text, served));
      }
      // The point in time names the index itself: the search goes to no index path.
      JsonNode hits = cluster
          .call(() -> cluster.client().post("/_search", body))
          .path("hits")
          .path("hits");
      List<StoryRow> rows = new ArrayList<>(hits.size());
      for (JsonNode hit : hits) {
        rows.add(row(hit));
      }
      return Optional.of(new ExportWalk.Batch<>(
          rows, hits.isEmpty() ? null : hits.get(hits.size() - 1).path("sort")));
    });
  }

  private StoryRow row(JsonNode hit) {
    IndexedStory indexed = StoryJson.indexed(hit.path("_source"));
    Story s = indexed.story();
    String snippet =
        MarkFormatter.plain(String.join(" ", Hits.snippets(hit.path("highlight"), s.body())));
    return new StoryRow(
        s.id(),
        s.title(),
        s.published().map(PubDate::iso).orElse(null),
        s.source(),
        s.byline(),
        s.url(),
        Hits.labelsOf(StoryJson.entityKeys(hit.path("_source")), served.labels()),
        snippet);
  }
}
