package org.morgue.server.search.opensearch;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.apache.lucene.search.Query;
import org.morgue.indexer.index.Schema;
import org.morgue.indexer.opensearch.OpenSearchClient;
import org.morgue.indexer.opensearch.StoryMapping;
import org.morgue.server.search.Cursor;
import org.morgue.server.search.Facet;
import org.morgue.server.search.SearchRequest;
import org.morgue.server.search.SortOrder;
import org.morgue.server.search.lucene.RecencyBlend;

/**
 * The pieces of a search body shared by search, collapse checks, export and facet values: the base
 * query (text, dates, undated mode, excludes: what every count sees), the facet filters (the post
 * filter, and each dimension's sideways aggregation with its own filter left out), the sort with its
 * id tie-break and the search-after position of a cursor.
 */
final class SearchBody {

  /** Where highlights start and end: private-use characters, turned into escaped text with marks. */
  static final String MARK_START = "\uE000";

  static final String MARK_END = "\uE001";
  /** Body passages and their length, as the embedded highlighter's. */
  static final int BODY_PASSAGES = 3;

  static final int PASSAGE_CHARS = 160;

  private SearchBody() {}

  static ObjectNode object() {
    return OpenSearchClient.mapper().createObjectNode();
  }

  /** The scored text query: the recency blend multiplies it for {@code relevance_recent}, as the embedded one does. */
  static ObjectNode scored(Query text, SortOrder sort, ServedIndex served) {
    ObjectNode dsl = QueryDsl.of(text);
    if (sort != SortOrder.RELEVANCE_RECENT || served.dated() == 0) {
      return dsl;
    }
    ObjectNode node = object();
    ObjectNode scriptScore = node.putObject("script_score");
    scriptScore.set("query", dsl);
    ObjectNode script = scriptScore.putObject("script");
    script.put(
        "source",
        "double f = params.floor; if (doc['" + Schema.PUBLISHED
            + "'].size() == 0) { return _score * f; }"
            + " double age = Math.max(0, params.newest - doc['" + Schema.PUBLISHED + "'].value);"
            + " return _score * (f + (1 - f) * Math.pow(2, -age / params.half));");
    script
        .putObject("params")
        .put("floor", RecencyBlend.FLOOR)
        .put("half", RecencyBlend.HALF_LIFE_DAYS)
        .put("newest", served.maxDay());
    return node;
  }

  /** Text, date range, undated mode and excludes: the query every hit and every count is taken from. */
  static ObjectNode base(ObjectNode scored, SearchRequest request) {
    ObjectNode node = object();
    ObjectNode bool = node.putObject("bool");
    bool.putArray("must").add(scored);
    ArrayNode filter = bool.putArray("filter");
    if (request.from().isPresent() || request.to().isPresent()) {
      ObjectNode range = filter.addObject().putObject("range").putObject(Schema.PUBLISHED);
      request.from().ifPresent(b -> range.put("gte", Schema.epochDay(b.first())));
      request.to().ifPresent(b -> range.put("lte", Schema.epochDay(b.last())));
    }
    ArrayNode mustNot = bool.putArray("must_not");
    switch (request.undated()) {
      case EXCLUDE -> filter.addObject().putObject("exists").put("field", Schema.PUBLISHED);
      case ONLY -> mustNot.addObject().putObject("exists").put("field", Schema.PUBLISHED);
      case INCLUDE -> {}
    }
    request.excludes().forEach((dim, values) -> {
      if (!values.isEmpty()) {
        terms(mustNot.addObject(), dim, values);
      }
    });
    return node;
  }

  /** Every facet filter but {@code except}'s (null: all of them), as one filter; match_all when none. */
  static ObjectNode filters(SearchRequest request, String except) {
    ObjectNode node = object();
    ArrayNode all = object().arrayNode();
    request.filters().forEach((dim, values) -> {
      if (!values.isEmpty() && !dim.equals(except)) {
        terms(all.addObject(), dim, values);
      }
    });
    if (all.isEmpty()) {
      node.putObject("match_all");
    } else {
      node.putObject("bool").set("filter", all);
    }
    return node;
  }

  /** The whole search as one query: base and every facet filter (what collapse checks and exports run). */
  static ObjectNode whole(ObjectNode base, SearchRequest request) {
    ObjectNode node = object();
    ObjectNode bool = node.putObject("bool");
    bool.putArray("must").add(base);
    bool.putArray("filter").add(filters(request, null));
    return node;
  }

  /** OR within a dimension: any of the values, on the dimension's keyword field. */
  private static void terms(ObjectNode into, String dim, List<String> values) {
    ArrayNode list = into.putObject("terms").putArray(StoryMapping.keyField(dim));
    values.forEach(list::add);
  }

  /** The order, ties broken by story id; undated stories last in both date orders. */
  static ArrayNode sort(SortOrder order) {
    ArrayNode sort = object().arrayNode();
    switch (order) {
      case RELEVANCE, RELEVANCE_RECENT -> sort.addObject().putObject("_score").put("order", "desc");
      case NEWEST ->
        sort.addObject().putObject(Schema.PUBLISHED).put("order", "desc").put("missing", "_last");
      case OLDEST ->
        sort.addObject().putObject(Schema.PUBLISHED).put("order", "asc").put("missing", "_last");
    }
    sort.addObject().putObject(Schema.ID).put("order", "asc");
    return sort;
  }

  /**
   * The search-after values of a cursor. An undated story's date key is the "missing" value OpenSearch
   * substitutes (Long.MIN_VALUE descending, Long.MAX_VALUE ascending), the same the embedded index uses.
   */
  static ArrayNode after(Cursor cursor) {
    ArrayNode after = object().arrayNode();
    if (cursor.sort().byScore()) {
      after.add(cursor.score());
    } else {
      after.add(cursor.published());
    }
    after.add(cursor.id());
    return after;
  }

  /** The cursor naming a hit from its sort values. */
  static Cursor cursor(SortOrder order, com.fasterxml.jackson.databind.JsonNode sortValues) {
    String id = sortValues.get(1).asText();
    return order.byScore()
        ? new Cursor(order, sortValues.get(0).floatValue(), 0, id)
        : new Cursor(order, 0f, sortValues.get(0).asLong(), id);
  }

  /** Highlighting of the text query alone (filters would only slow it), marks as private-use characters. */
  static ObjectNode highlight(Query text, ServedIndex served) {
    ObjectNode highlight = object();
    highlight.putArray("pre_tags").add(MARK_START);
    highlight.putArray("post_tags").add(MARK_END);
    highlight.put("type", "unified");
    highlight.set("highlight_query", QueryDsl.of(text));
    ObjectNode fields = highlight.putObject("fields");
    field(fields, Schema.TITLE, served, 0, 0);
    field(fields, Schema.BODY, served, BODY_PASSAGES, PASSAGE_CHARS);
    return highlight;
  }

  /**
   * A highlighted field and, when the index has it, its exact sub-field, highlighted apart (from the same
   * source text): a folded clause marks what its stems matched, an exact clause only the text as written,
   * as the embedded index's masked fields mark them. Why not {@code matched_fields}: OpenSearch runs
   * each matched field's terms against every field listed, so an exact "us" would mark "US" too.
   *
   * @param fragments passages (0: the whole field)
   */
  static void field(
      ObjectNode fields, String field, ServedIndex served, int fragments, int fragmentSize) {
    List<String> names = new java.util.ArrayList<>(List.of(field));
    String twin = Schema.EXACT_FIELDS.get(field);
    if (served.exact() && twin != null) {
      names.add(StoryMapping.clusterField(twin));
    }
    for (String name : names) {
      ObjectNode node = fields.putObject(name).put("number_of_fragments", fragments);
      if (fragmentSize > 0) {
        node.put("fragment_size", fragmentSize);
      }
    }
  }

  /** The sideways aggregations: per dimension, its values over the base and every other dimension's filters. */
  static void facetAggs(ObjectNode aggs, SearchRequest request, int size) {
    for (Facet facet : Facet.values()) {
      String dim = facet.apiName();
      ObjectNode agg = aggs.putObject("f_" + dim);
      agg.set("filter", filters(request, dim));
      ObjectNode sub = agg.putObject("aggs");
      sub.putObject("values")
          .putObject("terms")
          .put("field", StoryMapping.keyField(dim))
          .put("size", size);
      List<String> selected = request.filters().getOrDefault(dim, List.of());
      if (!selected.isEmpty()) {
        ObjectNode terms = sub.putObject("selected").putObject("terms");
        terms.put("field", StoryMapping.keyField(dim)).put("size", selected.size());
        ArrayNode include = terms.putArray("include");
        selected.forEach(include::add);
      }
    }
  }

  /** Days and undated count of the matches (every filter applied), and the collapsed group count. */
  static void dateAggs(ObjectNode aggs, SearchRequest request) {
    ObjectNode dates = aggs.putObject("dates");
    dates.set("filter", filters(request, null));
    ObjectNode sub = dates.putObject("aggs");
    sub.putObject("days")
        .putObject("histogram")
        .put("field", Schema.PUBLISHED)
        .put("interval", 1)
        .put("min_doc_count", 1);
    sub.putObject("undated").putObject("missing").put("field", Schema.PUBLISHED);
    if (request.collapse()) {
      ObjectNode grouped = sub.putObject("grouped");
      grouped
          .putObject("filter")
          .putObject("range")
          .putObject(Schema.COPY_VERSIONS)
          .put("gt", 1);
      grouped
          .putObject("aggs")
          .putObject("groups")
          .putObject("cardinality")
          .put("field", Schema.COPY_GROUP)
          .put("precision_threshold", ServedIndex.EXACT_CARDINALITY);
    }
  }
}
