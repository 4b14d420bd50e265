package org.morgue.server.search.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.search.Query;
import org.morgue.indexer.index.IndexedStory;
import org.morgue.indexer.index.StoryJson;
import org.morgue.indexer.story.PubDate;
import org.morgue.indexer.story.Story;
import org.morgue.server.search.SearchRequest;
import org.morgue.server.search.StoryRow;
import org.morgue.server.search.lucene.MarkFormatter;

/**
 * Every match of a search as export rows, in the request's order, read in batches through a point in
 * time: the rows come from one view of the index even while a rebuild swaps the alias, and memory does
 * not grow with the result set.
 */
final class ClusterExport {

  static final int BATCH = 500;

  private final Cluster cluster;
  private final ServedIndex served;
  private final Query text;
  private final SearchRequest request;

  ClusterExport(Cluster cluster, ServedIndex served, Query text, SearchRequest request) {
    this.cluster = cluster;
    this.served = served;
    this.text = text;
    this.request = request;
  }

  long run(long cap, StoryRow.Sink sink) {
    try {
      if (served == null) {
        sink.begin(0, cap);
        return 0;
      }
      ObjectNode query = SearchBody.whole(SearchBody.base(SearchBody.scored(text, request.sort(), served), request), request);
      ObjectNode count = SearchBody.object();
      count.set("query", query);
      count.put("size", 0);
      count.put("track_total_hits", true);
      sink.begin(cluster.search(served.index(), count).path("hits").path("total").path("value").asLong(), cap);
      String pit = cluster.call(() -> cluster.client().post("/" + served.index() + "/_search/point_in_time?keep_alive=2m", null))
          .path("pit_id").asText();
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
    long written = 0;
    JsonNode after = null;
    boolean highlight = !request.q().isBlank();
    while (written < cap) {
      ObjectNode body = SearchBody.object();
      body.set("query", query);
      body.putObject("pit").put("id", pit).put("keep_alive", "2m");
      body.set("sort", SearchBody.sort(request.sort()));
      int size = (int) Math.min(BATCH, cap - written);
      body.put("size", size);
      if (after != null) {
        body.set("search_after", after);
      }
      if (highlight) {
        body.set("highlight", SearchBody.highlight(text, served));
      }
      // The point in time names the index itself: the search goes to no index path.
      JsonNode hits = cluster.call(() -> cluster.client().post("/_search", body)).path("hits").path("hits");
      for (JsonNode hit : hits) {
        sink.accept(row(hit));
        written++;
      }
      if (hits.size() < size) {
        return written;
      }
      after = hits.get(hits.size() - 1).path("sort");
    }
    return written;
  }

  private StoryRow row(JsonNode hit) {
    IndexedStory indexed = StoryJson.indexed(hit.path("_source"));
    Story s = indexed.story();
    String snippet = MarkFormatter.plain(String.join(" ", Hits.snippets(hit.path("highlight"), s.body())));
    return new StoryRow(s.id(), s.title(), s.published().map(PubDate::iso).orElse(null), s.source(), s.byline(),
        s.url(), Hits.labelsOf(StoryJson.entityKeys(hit.path("_source")), served.labels()), snippet);
  }
}
