package org.morgue.server.search.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import org.morgue.indexer.opensearch.ClusterUnavailableException;
import org.morgue.indexer.opensearch.OpenSearchClient;
import org.morgue.indexer.opensearch.OpenSearchException;
import org.morgue.server.search.InvalidRequestException;
import org.morgue.server.search.SearchUnavailableException;

/**
 * The client as the search API sees it: a cluster that cannot answer becomes
 * {@link SearchUnavailableException} (503), a query the cluster refuses for its size becomes a 400,
 * and a failed shard is never passed off as an empty answer.
 */
final class Cluster {

  private final OpenSearchClient client;

  Cluster(OpenSearchClient client) {
    this.client = client;
  }

  OpenSearchClient client() {
    return client;
  }

  JsonNode search(String index, Object body) {
    return checked(call(() -> client.post("/" + index + "/_search", body)));
  }

  /**
   * The stored story of an id in the index, as the cluster's hit.
   *
   * @throws org.morgue.server.search.StoryNotFoundException when no story has this id
   */
  JsonNode story(String index, String id) {
    com.fasterxml.jackson.databind.node.ObjectNode body =
        OpenSearchClient.mapper().createObjectNode();
    body.putObject("query").putObject("term").put(org.morgue.indexer.index.Schema.ID, id);
    body.put("size", 1);
    JsonNode hits = search(index, body).path("hits").path("hits");
    if (hits.isEmpty()) {
      throw new org.morgue.server.search.StoryNotFoundException(id);
    }
    return hits.get(0);
  }

  JsonNode msearch(String ndjson) {
    JsonNode answer = call(() -> client.postNdjson("/_msearch", ndjson));
    for (JsonNode response : answer.path("responses")) {
      if (response.has("error")) {
        throw new SearchUnavailableException(
            "the cluster could not run a collapse check: "
                + response.path("error").path("reason").asText(),
            null);
      }
      checked(response);
    }
    return answer;
  }

  <T> T call(java.util.function.Supplier<T> request) {
    try {
      return request.get();
    } catch (ClusterUnavailableException e) {
      throw new SearchUnavailableException(
          "the search cluster is unavailable: " + e.getMessage(), e);
    } catch (OpenSearchException e) {
      if (e.status() == 400
          && (e.getMessage().contains("too_many_clauses")
              || e.getMessage().contains("too_many_nested_clauses")
              || e.getMessage().contains("maxClauseCount"))) {
        throw new InvalidRequestException(
            InvalidRequestException.INVALID_QUERY,
            "the query expands to too many terms; make wildcard or fuzzy terms more specific");
      }
      throw e;
    }
  }

  /** A search some of whose shards failed would count only part of the archive: refuse it as unavailable. */
  private static JsonNode checked(JsonNode answer) {
    JsonNode shards = answer.path("_shards");
    if (shards.path("failed").asInt() > 0) {
      throw new SearchUnavailableException(
          "the search cluster answered from " + shards.path("successful").asInt() + " of "
              + shards.path("total").asInt() + " shards: " + shards.path("failures"),
          null);
    }
    return answer;
  }
}
