package org.morgue.indexer.opensearch;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.morgue.indexer.index.ExactAnalyzer;
import org.morgue.indexer.index.MorgueAnalyzer;
import org.morgue.indexer.index.Schema;

/**
 * The settings and mapping of a story index: {@link MorgueAnalyzer}'s chain rebuilt from OpenSearch's
 * own parts (standard tokenizer, possessive stemmer, lowercase, asciifolding, two pattern replacements
 * for the in-word apostrophes and initialism dots, kstem: the same tokens, checked against the Java
 * chain by a test), {@link ExactAnalyzer} likewise (a mapping char filter before the standard
 * tokenizer) for the exact title and body, offsets in the postings of title and body for highlighting,
 * the event id as a keyword, and each facet value also as a keyword sub-field, so facet counts are exact
 * terms aggregations.
 */
public final class StoryMapping {

  /** The custom analyzer's name in the index settings. */
  public static final String ANALYZER = "morgue";
  /** The exact analyzer's name in the index settings. */
  public static final String EXACT_ANALYZER = "morgue_exact";
  /**
   * The sub-field of title and body that holds the text as written ({@code title.exact}): a sub-field
   * rather than a field of its own because OpenSearch highlights a sub-field from its parent's source,
   * so the exact matches mark the stored title and body (through {@code matched_fields}) as the
   * embedded index's masked fields do.
   */
  public static final String EXACT = "exact";
  /**
   * MorgueAnalyzer's in-word punctuation step as two regular expressions (Java's, as OpenSearch runs
   * them): the dots of a token that is letter, dot, letter[, dot, letter…] (the first match checks the
   * whole token, each next one continues where the previous ended), then apostrophes inside words.
   */
  static final String INITIALISM_DOTS = "(?:^(?=\\p{L}(?:\\.\\p{L})+\\.?$)|(?!^)\\G)(\\p{L})\\.";

  static final String APOSTROPHES = "['\\u2019\\u2018\\u02BC]";
  /** ExactAnalyzer's typographic apostrophes and quotes, read as their ASCII forms. */
  private static final List<String> TYPOGRAPHIC = List.of(
      "\\u2019=>'",
      "\\u2018=>'",
      "\\u02BC=>'",
      "\\u2032=>'",
      "\\u201B=>'",
      "\\uFF07=>'",
      "\\u201C=>\\\"",
      "\\u201D=>\\\"",
      "\\u201E=>\\\"",
      "\\u2033=>\\\"",
      "\\u201F=>\\\"",
      "\\uFF02=>\\\"");

  /** The keyword sub-field of a facet dimension: {@code person.key} counts and filters exact keys. */
  public static final String KEY = "key";
  /**
   * One primary shard: BM25 statistics are then the whole archive's, so scores equal the embedded
   * index's without {@code dfs_query_then_fetch}'s extra round trip; replicas carry the load.
   */
  static final int SHARDS = 1;
  /** Deep enough for {@code page × size + 1} at the API's deepest page. */
  static final int MAX_RESULT_WINDOW = 20_000;

  private StoryMapping() {}

  /** The keyword field a facet dimension is counted and filtered on. */
  public static String keyField(String dim) {
    return dim + "." + KEY;
  }

  /**
   * The cluster's name of a schema field: the exact twins are sub-fields ({@code title_exact} is
   * {@code title.exact}); every other field has the schema's name.
   */
  public static String clusterField(String field) {
    for (var twin : Schema.EXACT_FIELDS.entrySet()) {
      if (twin.getValue().equals(field)) {
        return twin.getKey() + "." + EXACT;
      }
    }
    return field;
  }

  /** The body of the create-index request for a build with the exact fields. */
  public static ObjectNode createBody() {
    return createBody(true);
  }

  /**
   * The body of the create-index request, with no replicas and no refreshes while loading.
   *
   * @param exact whether title and body get their exact sub-fields (as the build has its exact twins)
   */
  public static ObjectNode createBody(boolean exact) {
    ObjectNode body = OpenSearchClient.mapper().createObjectNode();
    ObjectNode index = body.putObject("settings").putObject("index");
    index.put("number_of_shards", SHARDS);
    index.put("number_of_replicas", 0);
    index.put("refresh_interval", "-1");
    index.put("max_result_window", MAX_RESULT_WINDOW);
    ObjectNode analysis = index.putObject("analysis");
    ObjectNode tokenFilters = analysis.putObject("filter");
    tokenFilters
        .putObject("morgue_possessive")
        .put("type", "stemmer")
        .put("language", "possessive_english");
    tokenFilters
        .putObject("morgue_initialism")
        .put("type", "pattern_replace")
        .put("pattern", INITIALISM_DOTS)
        .put("replacement", "$1")
        .put("all", true);
    tokenFilters
        .putObject("morgue_apostrophe")
        .put("type", "pattern_replace")
        .put("pattern", APOSTROPHES)
        .put("replacement", "")
        .put("all", true);
    ObjectNode typographic = analysis.putObject("char_filter").putObject("morgue_typographic");
    typographic.put("type", "mapping");
    TYPOGRAPHIC.forEach(typographic.putArray("mappings")::add);
    ObjectNode analyzers = analysis.putObject("analyzer");
    ObjectNode analyzer = analyzers.putObject(ANALYZER);
    analyzer.put("type", "custom");
    analyzer.put("tokenizer", "standard");
    ArrayNode filters = analyzer.putArray("filter");
    // Initialism dots before apostrophes, as the Java filter tests the token before removing
    // either.
    List.of(
            "morgue_possessive",
            "lowercase",
            "asciifolding",
            "morgue_initialism",
            "morgue_apostrophe",
            "kstem")
        .forEach(filters::add);
    ObjectNode exactAnalyzer = analyzers.putObject(EXACT_ANALYZER);
    exactAnalyzer.put("type", "custom");
    exactAnalyzer.put("tokenizer", "standard");
    exactAnalyzer.putArray("char_filter").add("morgue_typographic");

    ObjectNode mappings = body.putObject("mappings");
    mappings.put("dynamic", "strict");
    ObjectNode props = mappings.putObject("properties");
    props.putObject(Schema.ID).put("type", "keyword");
    for (String field : Schema.HIGHLIGHT_FIELDS) {
      ObjectNode node = text(props, field).put("index_options", "offsets");
      if (exact && Schema.EXACT_FIELDS.containsKey(field)) {
        node.putObject("fields")
            .putObject(EXACT)
            .put("type", "text")
            .put("analyzer", EXACT_ANALYZER)
            .put("index_options", "offsets");
      }
    }
    text(props, Schema.BYLINE);
    for (String dim : Schema.FACETS) {
      text(props, dim).putObject("fields").putObject(KEY).put("type", "keyword");
    }
    storedOnly(props, Schema.URL);
    props.putObject(Schema.PUBLISHED).put("type", "long");
    storedOnly(props, Schema.PUBLISHED_ISO);
    props.putObject(Schema.ENTITIES).put("type", "object").put("enabled", false);
    props.putObject(Schema.EXTRA).put("type", "object").put("enabled", false);
    storedOnly(props, Schema.ORIGIN);
    storedOnly(props, Schema.FORMAT);
    props.putObject(Schema.COPY_GROUP).put("type", "keyword");
    props.putObject(Schema.COPY_LEAD).put("type", "boolean");
    props.putObject(Schema.COPY_SIMILARITY).put("type", "float").put("index", false);
    props.putObject(Schema.COPY_VERSIONS).put("type", "integer");
    props.putObject(Schema.EVENT).put("type", "keyword");
    return body;
  }

  /** The meta index: one document with the build's time, story count and entity labels, stored only. */
  public static ObjectNode metaBody() {
    ObjectNode body = OpenSearchClient.mapper().createObjectNode();
    ObjectNode index = body.putObject("settings").putObject("index");
    index.put("number_of_shards", 1);
    index.put("number_of_replicas", 0);
    body.putObject("mappings").put("dynamic", false).put("enabled", false);
    return body;
  }

  private static ObjectNode text(ObjectNode props, String field) {
    ObjectNode node = props.putObject(field);
    node.put("type", "text");
    node.put("analyzer", ANALYZER);
    return node;
  }

  private static void storedOnly(ObjectNode props, String field) {
    props.putObject(field).put("type", "keyword").put("index", false).put("doc_values", false);
  }
}
