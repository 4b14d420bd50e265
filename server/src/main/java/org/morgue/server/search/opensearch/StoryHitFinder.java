package org.morgue.server.search.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.Query;
import org.morgue.indexer.index.Schema;
import org.morgue.server.search.MatchMode;
import org.morgue.server.search.StoryHits;
import org.morgue.server.search.StoryView;

/**
 * Where a query matches in one story: the whole title and body highlighted by the cluster (one
 * fragment each, the full text), the marks read back as character offsets into the stored text.
 */
final class StoryHitFinder {

  private final Cluster cluster;
  private final ServedIndex served;

  StoryHitFinder(Cluster cluster, ServedIndex served) {
    this.cluster = cluster;
    this.served = served;
  }

  StoryHits find(String id, String q, MatchMode mode, Query text) {
    ObjectNode body = SearchBody.object();
    body.putObject("query").putObject("term").put(Schema.ID, id);
    body.put("size", 1);
    body.put("_source", false);
    ObjectNode highlight = SearchBody.highlight(text, served);
    ObjectNode fields = highlight.putObject("fields");
    SearchBody.field(fields, Schema.TITLE, served, 0, 0);
    SearchBody.field(fields, Schema.BODY, served, 0, 0);
    body.set("highlight", highlight);
    JsonNode hit =
        cluster.search(served.index(), body).path("hits").path("hits").path(0).path("highlight");
    return new StoryHits(
        id, q, mode.apiName(), marked(hit, Schema.TITLE), marked(hit, Schema.BODY));
  }

  /** The marked spans of a field and its exact sub-field together, in text order, each span once. */
  static List<StoryView.Mention> marked(JsonNode highlight, String field) {
    java.util.TreeSet<StoryView.Mention> spans =
        new java.util.TreeSet<>(java.util.Comparator.comparingInt(StoryView.Mention::start)
            .thenComparingInt(StoryView.Mention::end));
    spans.addAll(offsets(highlight.path(field)));
    String twin = Schema.EXACT_FIELDS.get(field);
    if (twin != null) {
      spans.addAll(
          offsets(highlight.path(org.morgue.indexer.opensearch.StoryMapping.clusterField(twin))));
    }
    return List.copyOf(spans);
  }

  /** The marked spans of a whole-field fragment, as offsets into the text without the marks. */
  static List<StoryView.Mention> offsets(JsonNode fragments) {
    List<StoryView.Mention> out = new ArrayList<>();
    if (!fragments.isArray() || fragments.isEmpty()) {
      return out;
    }
    String marked = fragments.get(0).asText();
    int plain = 0;
    int start = -1;
    for (int i = 0; i < marked.length(); i++) {
      char c = marked.charAt(i);
      if (c == SearchBody.MARK_START.charAt(0)) {
        start = plain;
      } else if (c == SearchBody.MARK_END.charAt(0)) {
        out.add(new StoryView.Mention(start, plain));
      } else {
        plain++;
      }
    }
    return out;
  }
}
