package org.morgue.server.search.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.search.Query;
import org.morgue.indexer.entity.NameKeys;
import org.morgue.indexer.index.Schema;
import org.morgue.indexer.index.StoryJson;
import org.morgue.indexer.opensearch.StoryMapping;
import org.morgue.indexer.story.PubDate;
import org.morgue.indexer.story.Story;
import org.morgue.server.search.Facet;
import org.morgue.server.search.SuggestRequest;
import org.morgue.server.search.SuggestResponse;
import org.morgue.server.search.lucene.TitleSuggestions;

/**
 * Typeahead on the cluster: entity keys having a word that starts with the folded prefix (a terms
 * aggregation per entity dimension, counted over the whole archive), and titles found with the embedded
 * backend's own title query, translated.
 */
final class ClusterSuggest {

  /** Copies share a title: look further than asked so duplicates do not shorten the list. */
  private static final int OVERFETCH = 4;

  private static final List<String> TYPES = Facet.ENTITY_NAMES;

  private final Cluster cluster;
  private final ServedIndex served;
  private final Schema schema;

  ClusterSuggest(Cluster cluster, ServedIndex served, Schema schema) {
    this.cluster = cluster;
    this.served = served;
    this.schema = schema;
  }

  SuggestResponse run(SuggestRequest request) {
    return new SuggestResponse(request.prefix(), entities(request), titles(request));
  }

  private List<SuggestResponse.EntityName> entities(SuggestRequest request) {
    String folded = NameKeys.fold(request.prefix());
    if (folded.isEmpty()) {
      return List.of();
    }
    ObjectNode body = SearchBody.object();
    body.put("size", 0);
    ObjectNode aggs = body.putObject("aggs");
    // Keys are folded words separated by spaces: the prefix may start any of them.
    String include = "(.* )?" + regexLiteral(folded) + ".*";
    for (String type : TYPES) {
      aggs.putObject(type)
          .putObject("terms")
          .put("field", StoryMapping.keyField(type))
          .put("include", include)
          .put("size", request.size() * OVERFETCH);
    }
    JsonNode answer = cluster.search(served.index(), body).path("aggregations");
    List<SuggestResponse.EntityName> names = new ArrayList<>();
    for (String type : TYPES) {
      answer.path(type).path("buckets").forEach(b -> {
        String key = b.path("key").asText();
        names.add(new SuggestResponse.EntityName(
            type, key, served.labels().label(type, key), b.path("doc_count").asLong()));
      });
    }
    return names.stream()
        .sorted(Comparator.comparingLong(SuggestResponse.EntityName::count)
            .reversed()
            .thenComparing(SuggestResponse.EntityName::label)
            .thenComparingInt(n -> TYPES.indexOf(n.type()))
            .thenComparing(SuggestResponse.EntityName::value))
        .limit(request.size())
        .toList();
  }

  /** Lucene regular expression syntax: every character of a key escaped when it is not a letter or digit. */
  private static String regexLiteral(String text) {
    StringBuilder out = new StringBuilder();
    text.codePoints().forEach(c -> {
      if (!Character.isLetterOrDigit(c)) {
        out.append('\\');
      }
      out.appendCodePoint(c);
    });
    return out.toString();
  }

  private List<SuggestResponse.Title> titles(SuggestRequest request) {
    Query query;
    try {
      query = TitleSuggestions.query(schema.analyzer(), request.prefix());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (query == null) {
      return List.of();
    }
    ObjectNode body = SearchBody.object();
    body.set("query", QueryDsl.of(query));
    body.putArray("sort")
        .add("_score")
        .addObject()
        .putObject(Schema.PUBLISHED)
        .put("order", "desc")
        .put("missing", "_last");
    ((com.fasterxml.jackson.databind.node.ArrayNode) body.get("sort"))
        .addObject()
        .putObject(Schema.ID)
        .put("order", "asc");
    body.put("size", request.size() * OVERFETCH);
    List<SuggestResponse.Title> titles = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    cluster.search(served.index(), body).path("hits").path("hits").forEach(h -> {
      Story story = StoryJson.story(h.path("_source"));
      if (titles.size() < request.size()
          && !story.title().isBlank()
          && seen.add(story.title().strip().toLowerCase(Locale.ROOT))) {
        titles.add(new SuggestResponse.Title(
            story.id(), story.title(), story.published().map(PubDate::iso).orElse(null)));
      }
    });
    return titles;
  }
}
