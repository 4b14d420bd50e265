package org.morgue.server.search.opensearch;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.morgue.indexer.index.EntityLabels;
import org.morgue.indexer.index.Schema;
import org.morgue.indexer.opensearch.ClusterLoader;
import org.morgue.indexer.opensearch.OpenSearchClient;
import org.morgue.indexer.opensearch.StoryMapping;
import org.morgue.server.search.Facet;
import org.morgue.server.search.IndexStats;

/**
 * The stamped index an alias points to, with what was read about it once when it was switched in: its
 * build time and labels (from the meta index) and its date range and facet sizes, so neither a search
 * nor a metrics scrape asks the cluster for them again.
 *
 * @param index the concrete index name, searched directly so a swap mid-request cannot mix two builds
 * @param facetSizes dimension → distinct values (a cardinality estimate, exact below 40,000 values)
 * @param sizeBytes the primary shards' store size
 * @param exact whether the index has the exact title and body (as its build had them)
 */
record ServedIndex(
    String index,
    String builtAt,
    long stories,
    long dated,
    Long minDay,
    Long maxDay,
    Map<String, Long> facetSizes,
    EntityLabels labels,
    long sizeBytes,
    boolean exact) {

  private static final TypeReference<Map<String, Map<String, String>>> LABELS =
      new TypeReference<>() {};
  /** OpenSearch's cardinality aggregation counts exactly up to this many values (its maximum). */
  static final int EXACT_CARDINALITY = 40_000;

  /** Reads the served index of the alias, or null when the alias has no build yet. */
  static ServedIndex read(OpenSearchClient client, String alias) {
    JsonNode meta;
    try {
      meta = client.get("/" + ClusterLoader.metaAlias(alias) + "/_doc/" + ClusterLoader.META_ID);
    } catch (org.morgue.indexer.opensearch.OpenSearchException e) {
      if (e.status() == 404) {
        return null;
      }
      throw e;
    }
    if (!meta.path("found").asBoolean()) {
      return null;
    }
    JsonNode source = meta.path("_source");
    String index = source.path(ClusterLoader.META_INDEX).asText();
    EntityLabels labels = EntityLabels.of(
        OpenSearchClient.mapper().convertValue(source.path(ClusterLoader.META_LABELS), LABELS));
    ObjectNode body = OpenSearchClient.mapper().createObjectNode();
    body.put("size", 0);
    body.put("track_total_hits", true);
    ObjectNode aggs = body.putObject("aggs");
    aggs.putObject("min").putObject("min").put("field", Schema.PUBLISHED);
    aggs.putObject("max").putObject("max").put("field", Schema.PUBLISHED);
    aggs.putObject("dated").putObject("value_count").put("field", Schema.PUBLISHED);
    for (Facet facet : Facet.values()) {
      aggs.putObject(facet.apiName())
          .putObject("cardinality")
          .put("field", StoryMapping.keyField(facet.apiName()))
          .put("precision_threshold", EXACT_CARDINALITY);
    }
    JsonNode answer = client.post("/" + index + "/_search", body);
    JsonNode a = answer.path("aggregations");
    Map<String, Long> sizes = new LinkedHashMap<>();
    for (Facet facet : Facet.values()) {
      sizes.put(facet.apiName(), a.path(facet.apiName()).path("value").asLong());
    }
    long dated = a.path("dated").path("value").asLong();
    long size = client
        .get("/" + index + "/_stats/store")
        .path("_all")
        .path("primaries")
        .path("store")
        .path("size_in_bytes")
        .asLong();
    return new ServedIndex(
        index,
        source.path(ClusterLoader.META_BUILT_AT).asText(),
        answer.path("hits").path("total").path("value").asLong(),
        dated,
        dated == 0 ? null : a.path("min").path("value").asLong(),
        dated == 0 ? null : a.path("max").path("value").asLong(),
        sizes,
        labels,
        size,
        source.path(ClusterLoader.META_EXACT).asBoolean(false));
  }

  IndexStats stats() {
    return new IndexStats(
        stories,
        dated,
        stories - dated,
        minDay == null ? null : LocalDate.ofEpochDay(minDay).toString(),
        maxDay == null ? null : LocalDate.ofEpochDay(maxDay).toString(),
        facetSizes,
        builtAt,
        sizeBytes);
  }
}
