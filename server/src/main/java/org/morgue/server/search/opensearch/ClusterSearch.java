package org.morgue.server.search.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.Query;
import org.morgue.indexer.index.Schema;
import org.morgue.server.search.DayBuckets;
import org.morgue.server.search.SearchRequest;
import org.morgue.server.search.SearchResponse;
import org.morgue.server.search.SearchResponse.Hit;

/**
 * One search on the served index: hits, sideways facet counts, days and the collapsed total in one
 * request; with collapsing, the ranked list is read as deep as the page and each hit with copies is
 * kept only when it is its group's best match, checked for all such hits at once through {@code _msearch}
 * (OpenSearch's own {@code collapse} cannot continue from {@code search_after} under Morgue's orders).
 */
final class ClusterSearch {

  private final Cluster cluster;
  private final ServedIndex served;
  private final Duration timeLimit;

  ClusterSearch(Cluster cluster, ServedIndex served, Duration timeLimit) {
    this.cluster = cluster;
    this.served = served;
    this.timeLimit = timeLimit;
  }

  SearchResponse run(
      SearchRequest request, Query text, List<SearchResponse.Clause> clauses, long startNanos) {
    ObjectNode base = SearchBody.base(SearchBody.scored(text, request.sort(), served), request);
    int depth = request.page() * request.size() + 1;
    boolean highlight = !request.q().isBlank();
    for (int facetSize = FacetAnswers.FIRST_SIZE; ; facetSize *= 4) {
      ObjectNode body = ranked(request, base, request.collapse() ? depth : request.size() + 1);
      if (!request.collapse()) {
        body.put("from", (request.page() - 1) * request.size());
        if (highlight) {
          body.set("highlight", SearchBody.highlight(text, served));
        }
      }
      body.put("track_total_hits", true);
      body.put("timeout", timeLimit.toMillis() + "ms");
      ObjectNode aggs = body.putObject("aggs");
      SearchBody.facetAggs(aggs, request, facetSize);
      SearchBody.dateAggs(aggs, request);
      JsonNode answer = cluster.search(served.index(), body);
      Map<String, List<SearchResponse.FacetValue>> facets =
          FacetAnswers.of(answer.path("aggregations"), request.filters(), served.labels());
      if (facets == null) {
        continue;
      }
      boolean partial = answer.path("timed_out").asBoolean();
      List<JsonNode> hits = new ArrayList<>();
      answer.path("hits").path("hits").forEach(hits::add);
      JsonNode datesAgg = answer.path("aggregations").path("dates");
      long total;
      // Every matching story, copies included (what the facets and days count).
      long stories = datesAgg.path("doc_count").asLong();
      List<JsonNode> page;
      String next;
      boolean exact = !partial;
      if (request.collapse()) {
        List<JsonNode> kept = collapsed(request, base, hits, depth);
        int from = (request.page() - 1) * request.size();
        page = fetch(
            kept.subList(Math.min(from, kept.size()), Math.min(kept.size(), from + request.size())),
            text,
            highlight);
        next = kept.size() == depth && !partial
            ? SearchBody.cursor(request.sort(), kept.get(depth - 2).path("sort"))
                .encode()
            : null;
        JsonNode grouped = datesAgg.path("grouped");
        long groups = grouped.path("groups").path("value").asLong();
        total = datesAgg.path("doc_count").asLong() - grouped.path("doc_count").asLong() + groups;
        // Past its precision threshold the cardinality count is an estimate: say so.
        exact = exact && groups <= ServedIndex.EXACT_CARDINALITY;
      } else {
        page = hits.subList(0, Math.min(hits.size(), request.size()));
        next = hits.size() == request.size() + 1 && !partial
            ? SearchBody.cursor(request.sort(), hits.get(request.size() - 1).path("sort"))
                .encode()
            : null;
        total = answer.path("hits").path("total").path("value").asLong();
      }
      List<Hit> out = new ArrayList<>(page.size());
      Map<String, org.morgue.server.search.EventRef> events = new ClusterEvents(cluster, served)
          .refs(page.stream().map(h -> h.path("_source")).toList());
      for (JsonNode hit : page) {
        Float score = request.sort().byScore() ? hit.path("sort").get(0).floatValue() : null;
        out.add(Hits.hit(
            hit, served.labels(), score, events.get(ClusterEvents.eventOf(hit.path("_source")))));
      }
      Map<Long, Long> days = new HashMap<>();
      datesAgg
          .path("days")
          .path("buckets")
          .forEach(b -> days.put(b.path("key").asLong(), b.path("doc_count").asLong()));
      SearchResponse.Dates dates = DayBuckets.of(
          days, datesAgg.path("undated").path("doc_count").asLong(), request.interval());
      return new SearchResponse(
          SearchResponse.QueryEcho.of(request, text.toString(), clauses),
          new SearchResponse.Total(total, exact, stories),
          (System.nanoTime() - startNanos) / 1_000_000,
          out,
          facets,
          dates,
          next,
          partial);
    }
  }

  /** The ranked list's request: base query, facet filters as the post filter, order, cursor. */
  private ObjectNode ranked(SearchRequest request, ObjectNode base, int size) {
    ObjectNode body = SearchBody.object();
    body.set("query", base);
    body.set("post_filter", SearchBody.filters(request, null));
    body.set("sort", SearchBody.sort(request.sort()));
    request.cursor().ifPresent(c -> body.set("search_after", SearchBody.after(c)));
    body.put("size", size);
    if (request.collapse()) {
      // The deep list only decides which hits stay; the page's stories are fetched afterwards.
      body.putArray("_source").add(Schema.ID).add(Schema.COPY_GROUP).add(Schema.COPY_VERSIONS);
    }
    return body;
  }

  /** The first {@code depth} hits of the collapsed list, reading the ranked list deeper (doubling) as needed. */
  private List<JsonNode> collapsed(
      SearchRequest request, ObjectNode base, List<JsonNode> first, int depth) {
    Map<String, String> bestOfGroup = new HashMap<>();
    List<JsonNode> ranked = first;
    int read = depth;
    while (true) {
      List<JsonNode> kept = keep(request, base, ranked, bestOfGroup);
      if (kept.size() >= depth || ranked.size() < read) {
        return kept.subList(0, Math.min(depth, kept.size()));
      }
      read *= 2;
      if (read > 4 * SearchRequest.MAX_DEPTH) {
        return kept;
      }
      ranked = new ArrayList<>();
      cluster
          .search(served.index(), ranked(request, base, read))
          .path("hits")
          .path("hits")
          .forEach(ranked::add);
    }
  }

  private List<JsonNode> keep(
      SearchRequest request, ObjectNode base, List<JsonNode> ranked, Map<String, String> best) {
    List<String> unknown = new ArrayList<>();
    for (JsonNode hit : ranked) {
      JsonNode source = hit.path("_source");
      String group = source.path(Schema.COPY_GROUP).asText();
      if (source.path(Schema.COPY_VERSIONS).asInt() > 1
          && !best.containsKey(group)
          && !unknown.contains(group)) {
        unknown.add(group);
      }
    }
    if (!unknown.isEmpty()) {
      StringBuilder msearch = new StringBuilder();
      ObjectNode whole = SearchBody.whole(base, request);
      for (String group : unknown) {
        ObjectNode check = SearchBody.object();
        ObjectNode bool = check.putObject("query").putObject("bool");
        bool.putArray("must").add(whole);
        bool.putArray("filter").addObject().putObject("term").put(Schema.COPY_GROUP, group);
        check.set("sort", SearchBody.sort(request.sort()));
        check.put("size", 1);
        check.put("_source", false);
        msearch
            .append("{\"index\":\"")
            .append(served.index())
            .append("\"}\n")
            .append(org.morgue.indexer.opensearch.OpenSearchClient.json(check))
            .append('\n');
      }
      JsonNode responses = cluster.msearch(msearch.toString()).path("responses");
      for (int i = 0; i < unknown.size(); i++) {
        JsonNode top = responses.get(i).path("hits").path("hits");
        best.put(unknown.get(i), top.isEmpty() ? "" : top.get(0).path("_id").asText());
      }
    }
    List<JsonNode> kept = new ArrayList<>();
    for (JsonNode hit : ranked) {
      JsonNode source = hit.path("_source");
      if (source.path(Schema.COPY_VERSIONS).asInt() <= 1
          || hit.path("_id")
              .asText()
              .equals(best.get(source.path(Schema.COPY_GROUP).asText()))) {
        kept.add(hit);
      }
    }
    return kept;
  }

  /** The page's stories with their highlights, in the order given (ranked hits carry only ids and sort values). */
  private List<JsonNode> fetch(List<JsonNode> page, Query text, boolean highlight) {
    if (page.isEmpty()) {
      return List.of();
    }
    ObjectNode body = SearchBody.object();
    ArrayNode ids = body.putObject("query").putObject("ids").putArray("values");
    page.forEach(h -> ids.add(h.path("_id").asText()));
    body.put("size", page.size());
    if (highlight) {
      body.set("highlight", SearchBody.highlight(text, served));
    }
    Map<String, JsonNode> byId = new HashMap<>();
    cluster
        .search(served.index(), body)
        .path("hits")
        .path("hits")
        .forEach(h -> byId.put(h.path("_id").asText(), h));
    List<JsonNode> out = new ArrayList<>();
    for (JsonNode hit : page) {
      ObjectNode merged = ((ObjectNode) byId.get(hit.path("_id").asText())).deepCopy();
      merged.set("sort", hit.path("sort"));
      out.add(merged);
    }
    return out;
  }
}
