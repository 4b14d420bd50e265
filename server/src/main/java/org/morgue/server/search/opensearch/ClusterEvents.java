package org.morgue.server.search.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.morgue.indexer.index.Schema;
import org.morgue.indexer.index.StoryJson;
import org.morgue.indexer.opensearch.StoryMapping;
import org.morgue.server.search.EventRef;
import org.morgue.server.search.EventView;
import org.morgue.server.search.EventViews;
import org.morgue.server.search.StoryNotFoundException;

/**
 * Event threads on the cluster, as the build made them (each story carries its event's id): a page's
 * events counted in one aggregation request (stories per event, distinct outlets), and an event's view
 * from its stories, assembled as the embedded backend assembles it.
 */
final class ClusterEvents {

  /** Stories listed for one event: the index's result window (an event of more is cut, and says so in size). */
  static final int MAX_LISTED = 10_000;

  private final Cluster cluster;
  private final ServedIndex served;

  ClusterEvents(Cluster cluster, ServedIndex served) {
    this.cluster = cluster;
    this.served = served;
  }

  /** The event id a stored story names (its own when the build had no event clustering). */
  static String eventOf(JsonNode source) {
    String event = source.path(Schema.EVENT).asText("");
    return event.isEmpty() ? source.path(Schema.ID).asText() : event;
  }

  /**
   * The events of the given stories' sources, by event id: one terms aggregation over exactly those ids,
   * with the distinct outlets of each (exact: the cardinality is exact far beyond any event's outlets).
   */
  Map<String, EventRef> refs(Collection<JsonNode> sources) {
    Set<String> ids = new LinkedHashSet<>();
    sources.forEach(s -> ids.add(eventOf(s)));
    Map<String, EventRef> refs = new HashMap<>();
    if (ids.isEmpty()) {
      return refs;
    }
    ObjectNode body = SearchBody.object();
    ArrayNode values = body.putObject("query").putObject("terms").putArray(Schema.EVENT);
    ids.forEach(values::add);
    body.put("size", 0);
    ObjectNode terms = body.putObject("aggs").putObject("events");
    ObjectNode agg = terms.putObject("terms").put("field", Schema.EVENT).put("size", ids.size());
    ArrayNode include = agg.putArray("include");
    ids.forEach(include::add);
    terms
        .putObject("aggs")
        .putObject("outlets")
        .putObject("cardinality")
        .put("field", StoryMapping.keyField(Schema.SOURCE))
        .put("precision_threshold", ServedIndex.EXACT_CARDINALITY);
    cluster
        .search(served.index(), body)
        .path("aggregations")
        .path("events")
        .path("buckets")
        .forEach(b -> {
          String id = b.path("key").asText();
          refs.put(
              id,
              new EventRef(
                  id,
                  b.path("doc_count").asInt(),
                  b.path("outlets").path("value").asInt()));
        });
    return refs;
  }

  /** The event of one stored story. */
  EventRef ref(JsonNode source) {
    EventRef ref = refs(List.of(source)).get(eventOf(source));
    if (ref == null) {
      // An index loaded before events travelled with the build: the story is an event of its own.
      String outlet = source.path(Schema.SOURCE).asText("");
      return new EventRef(source.path(Schema.ID).asText(), 1, outlet.isBlank() ? 0 : 1);
    }
    return ref;
  }

  /** Every story of the event with this id; a story's id names its event too. */
  EventView view(String requested) {
    List<JsonNode> members = members(requested);
    String id = requested;
    if (members.isEmpty()) {
      JsonNode story;
      try {
        story = cluster.story(served.index(), requested);
      } catch (StoryNotFoundException e) {
        // Neither an event's id nor a story's: the event's own message, as the embedded index says
        // it.
        throw StoryNotFoundException.noEvent(requested);
      }
      id = eventOf(story.path("_source"));
      members = members(id);
      if (members.isEmpty()) {
        members = List.of(story);
      }
    }
    List<EventViews.Member> listed = new ArrayList<>();
    for (JsonNode hit : members) {
      JsonNode source = hit.path("_source");
      listed.add(new EventViews.Member(
          StoryJson.story(source),
          StoryJson.entityKeys(source).stream()
              .map(k -> new EventViews.Entity(k.type().facetName(), k.key()))
              .toList()));
    }
    return EventViews.of(id, listed, served.labels()::label);
  }

  private List<JsonNode> members(String id) {
    ObjectNode body = SearchBody.object();
    body.putObject("query").putObject("term").put(Schema.EVENT, id);
    body.put("size", MAX_LISTED);
    List<JsonNode> out = new ArrayList<>();
    cluster.search(served.index(), body).path("hits").path("hits").forEach(out::add);
    return out;
  }
}
