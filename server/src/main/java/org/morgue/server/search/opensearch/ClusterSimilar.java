package org.morgue.server.search.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.morgue.indexer.entity.Entity;
import org.morgue.indexer.index.IndexedStory;
import org.morgue.indexer.index.Schema;
import org.morgue.indexer.index.StoryJson;
import org.morgue.indexer.story.PubDate;
import org.morgue.indexer.story.Story;
import org.morgue.server.search.SearchResponse.Hit;
import org.morgue.server.search.SimilarRequest;
import org.morgue.server.search.SimilarResponse;
import org.morgue.server.search.SortOrder;
import org.morgue.server.search.lucene.MarkFormatter;

/**
 * Related stories as the embedded backend finds them, with OpenSearch's own {@code more_like_this} for
 * the body terms (same settings: one occurrence, two stories, at most half the archive, 25 terms) and
 * each entity of the story as a boosted phrase on its field; the story's own copy group left out.
 */
final class ClusterSimilar {

  /** As the embedded backend's: an entity in common counts about as much as a few distinctive words. */
  static final float ENTITY_BOOST = 2f;

  static final int MAX_QUERY_TERMS = 25;

  private final Cluster cluster;
  private final ServedIndex served;

  ClusterSimilar(Cluster cluster, ServedIndex served) {
    this.cluster = cluster;
    this.served = served;
  }

  SimilarResponse run(SimilarRequest request, JsonNode hit) {
    IndexedStory story = StoryJson.indexed(hit.path("_source"));
    ObjectNode body = SearchBody.object();
    ObjectNode bool = body.putObject("query").putObject("bool");
    ArrayNode should = bool.putArray("should");
    ObjectNode mlt = should.addObject().putObject("more_like_this");
    mlt.putArray("fields").add(Schema.BODY);
    mlt.putArray("like")
        .addObject()
        .put("_index", served.index())
        .put("_id", hit.path("_id").asText());
    mlt.put("min_term_freq", 1)
        .put("min_doc_freq", 2)
        .put("max_query_terms", MAX_QUERY_TERMS)
        .put("max_doc_freq", Math.max(1, (int) (served.stories() / 2)))
        .put("include", false)
        // Lucene's MoreLikeThis query is a plain OR of its terms; OpenSearch's default asks for 30%
        // of them.
        .put("minimum_should_match", "1");
    for (Entity entity : story.entities()) {
      should
          .addObject()
          .putObject("match_phrase")
          .putObject(entity.type().facetName())
          .put("query", entity.key())
          .put("boost", ENTITY_BOOST);
    }
    bool.put("minimum_should_match", 1);
    ArrayNode mustNot = bool.putArray("must_not");
    mustNot.addObject().putObject("term").put(Schema.ID, story.story().id());
    mustNot
        .addObject()
        .putObject("term")
        .put(Schema.COPY_GROUP, StoryJson.copy(hit.path("_source")).group());
    body.set("sort", SearchBody.sort(SortOrder.RELEVANCE));
    // Each other copy group once, by its best-ranked member (five copies of a wire story are one
    // related
    // story): OpenSearch's own collapse fits here, as nothing continues from this list.
    body.putObject("collapse").put("field", Schema.COPY_GROUP);
    body.put("size", request.size());
    List<Hit> hits = new ArrayList<>();
    List<JsonNode> found = new ArrayList<>();
    cluster.search(served.index(), body).path("hits").path("hits").forEach(found::add);
    ClusterEvents events = new ClusterEvents(cluster, served);
    var refs = events.refs(found.stream().map(h -> h.path("_source")).toList());
    found.forEach(h -> {
      JsonNode source = h.path("_source");
      Story s = StoryJson.story(source);
      hits.add(new Hit(
          s.id(),
          s.title(),
          MarkFormatter.escape(s.title()),
          s.published().map(PubDate::iso).orElse(null),
          s.source(),
          s.byline(),
          s.url(),
          h.path("sort").get(0).floatValue(),
          s.body().isBlank() ? List.of() : List.of(MarkFormatter.lead(s.body())),
          Hits.labelsOf(StoryJson.entityKeys(source), served.labels()),
          StoryJson.copy(source).versions(),
          refs.get(ClusterEvents.eventOf(source))));
    });
    return new SimilarResponse(request.id(), hits);
  }
}
