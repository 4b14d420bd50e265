package org.morgue.indexer.opensearch;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.morgue.indexer.index.MorgueAnalyzer;
import org.morgue.indexer.index.Schema;

/**
 * The settings and mapping of a story index: {@link MorgueAnalyzer}'s chain rebuilt from OpenSearch's
 * own parts (standard tokenizer, possessive stemmer, lowercase, asciifolding, kstem: the same tokens,
 * checked against the Java chain by a test), offsets in the postings of title and body for highlighting,
 * and each facet value also as a keyword sub-field, so facet counts are exact terms aggregations.
 */
public final class StoryMapping {

  /** The custom analyzer's name in the index settings. */
  public static final String ANALYZER = "morgue";
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

  /** The body of the create-index request, with no replicas and no refreshes while loading. */
  public static ObjectNode createBody() {
    ObjectNode body = OpenSearchClient.mapper().createObjectNode();
    ObjectNode index = body.putObject("settings").putObject("index");
    index.put("number_of_shards", SHARDS);
    index.put("number_of_replicas", 0);
    index.put("refresh_interval", "-1");
    index.put("max_result_window", MAX_RESULT_WINDOW);
    ObjectNode analysis = index.putObject("analysis");
    analysis.putObject("filter").putObject("morgue_possessive").put("type", "stemmer").put("language", "possessive_english");
    ObjectNode analyzer = analysis.putObject("analyzer").putObject(ANALYZER);
    analyzer.put("type", "custom");
    analyzer.put("tokenizer", "standard");
    ArrayNode filters = analyzer.putArray("filter");
    List.of("morgue_possessive", "lowercase", "asciifolding", "kstem").forEach(filters::add);

    ObjectNode mappings = body.putObject("mappings");
    mappings.put("dynamic", "strict");
    ObjectNode props = mappings.putObject("properties");
    props.putObject(Schema.ID).put("type", "keyword");
    text(props, Schema.TITLE).put("index_options", "offsets");
    text(props, Schema.BODY).put("index_options", "offsets");
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
