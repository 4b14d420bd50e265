package org.morgue.indexer.html;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The article a page describes in JSON-LD ({@code <script type="application/ld+json">}): the first
 * node typed as a news article, whether the script holds one object, an array, or an {@code @graph}.
 * Authors and publishers given as {@code {"@id": …}} references are resolved within the page.
 */
final class JsonLd {

  private static final Logger LOG = LoggerFactory.getLogger(JsonLd.class);
  /** schema.org types a news page uses for its story (NewsArticle and its common relatives). */
  private static final Set<String> ARTICLE_TYPES = Set.of(
      "NewsArticle",
      "Article",
      "ReportageNewsArticle",
      "AnalysisNewsArticle",
      "OpinionNewsArticle",
      "BackgroundNewsArticle",
      "ReviewNewsArticle",
      "BlogPosting",
      "LiveBlogPosting",
      "Report");
  /** CMS templates paste JSON-LD with raw newlines in strings and trailing commas: read it anyway. */
  private static final ObjectMapper JSON = JsonMapper.builder()
      .enable(JsonParser.Feature.ALLOW_UNQUOTED_CONTROL_CHARS)
      .enable(JsonParser.Feature.ALLOW_TRAILING_COMMA)
      .enable(JsonParser.Feature.ALLOW_COMMENTS)
      .build();

  private static final Evaluator SCRIPTS = QueryParser.parse("script[type]");

  /** The article's fields as strings; empty strings for what the page does not give. */
  record Article(
      String headline,
      String datePublished,
      String author,
      String publisher,
      String url,
      List<String> keywords) {}

  private JsonLd() {}

  static Optional<Article> article(Document doc) {
    List<JsonNode> nodes = new ArrayList<>();
    for (Element script : doc.select(SCRIPTS)) {
      if (!script.attr("type").strip().equalsIgnoreCase("application/ld+json")) {
        continue;
      }
      try {
        collect(JSON.readTree(script.data()), nodes, 0);
      } catch (JsonProcessingException e) {
        LOG.debug("unreadable JSON-LD ignored: {}", e.getOriginalMessage());
      }
    }
    Map<String, JsonNode> byId = new HashMap<>();
    for (JsonNode node : nodes) {
      String id = node.path("@id").asText("");
      if (!id.isEmpty()) {
        byId.putIfAbsent(id, node);
      }
    }
    return nodes.stream().filter(JsonLd::isArticle).findFirst().map(n -> toArticle(n, byId));
  }

  /** Flattens arrays and {@code @graph}s into a list of objects (two levels: a graph in an array). */
  private static void collect(JsonNode node, List<JsonNode> out, int depth) {
    if (node == null || depth > 3) {
      return;
    }
    if (node.isArray()) {
      node.forEach(n -> collect(n, out, depth + 1));
    } else if (node.isObject()) {
      out.add(node);
      collect(node.get("@graph"), out, depth + 1);
    }
  }

  private static boolean isArticle(JsonNode node) {
    JsonNode type = node.get("@type");
    if (type == null) {
      return false;
    }
    if (type.isArray()) {
      for (JsonNode t : type) {
        if (ARTICLE_TYPES.contains(t.asText())) {
          return true;
        }
      }
      return false;
    }
    return ARTICLE_TYPES.contains(type.asText());
  }

  private static Article toArticle(JsonNode n, Map<String, JsonNode> byId) {
    String headline = text(n.get("headline"));
    if (headline.isEmpty()) {
      headline = text(n.get("name"));
    }
    String url = text(n.get("url"));
    if (url.isEmpty()) {
      JsonNode main = n.get("mainEntityOfPage");
      url = main != null && main.isObject() ? text(main.get("@id")) : text(main);
    }
    return new Article(
        headline,
        text(n.get("datePublished")),
        names(n.get("author"), byId),
        names(n.get("publisher"), byId),
        url,
        keywords(n.get("keywords")));
  }

  /** A name, an object with a name, a reference to one, or an array of those: joined with ", ". */
  private static String names(JsonNode node, Map<String, JsonNode> byId) {
    List<String> names = new ArrayList<>();
    if (node != null && node.isArray()) {
      node.forEach(n -> addName(n, byId, names));
    } else {
      addName(node, byId, names);
    }
    return String.join(", ", names);
  }

  private static void addName(JsonNode node, Map<String, JsonNode> byId, List<String> names) {
    if (node == null) {
      return;
    }
    JsonNode target = node;
    if (node.isObject()
        && !node.has("name")
        && byId.containsKey(node.path("@id").asText(""))) {
      target = byId.get(node.path("@id").asText(""));
    }
    String name = target.isObject() ? text(target.get("name")) : text(target);
    if (!name.isEmpty() && !names.contains(name)) {
      names.add(name);
    }
  }

  private static List<String> keywords(JsonNode node) {
    List<String> out = new ArrayList<>();
    if (node == null) {
      return out;
    }
    if (node.isArray()) {
      node.forEach(k -> addKeyword(text(k), out));
    } else {
      for (String k : text(node).split(",")) {
        addKeyword(k, out);
      }
    }
    return out;
  }

  private static void addKeyword(String keyword, List<String> out) {
    String k = keyword.strip();
    if (!k.isEmpty() && !out.contains(k)) {
      out.add(k);
    }
  }

  private static String text(JsonNode node) {
    return node == null || !node.isValueNode() ? "" : node.asText("").strip();
  }
}
