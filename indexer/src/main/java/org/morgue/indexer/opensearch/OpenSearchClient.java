package org.morgue.indexer.opensearch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * The few OpenSearch endpoints Morgue uses, over the JDK's {@code HttpClient} with Jackson: exact
 * control of the JSON sent, nothing else on the class path. Thread-safe. Several node URLs may be
 * given: a request that cannot reach one node (refused, timed out) is sent once to the next, so losing
 * one node of three costs a retry, not a failed request.
 */
public final class OpenSearchClient {

  /** Where a local cluster started by {@code ./morgue cluster start} answers. */
  public static final String DEFAULT_URL = "http://127.0.0.1:9200";
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final List<URI> nodes;
  private final Duration timeout;
  private final HttpClient http;

  /**
   * @param urls one or more node URLs ({@code http://host:port}), comma-separated
   * @param timeout the longest a request may take before it counts as unavailable
   */
  public OpenSearchClient(String urls, Duration timeout) {
    Objects.requireNonNull(urls, "urls");
    this.nodes = java.util.Arrays.stream(urls.split(",")).map(String::strip).filter(u -> !u.isEmpty())
        .map(u -> URI.create(u.endsWith("/") ? u.substring(0, u.length() - 1) : u)).toList();
    if (nodes.isEmpty()) {
      throw new IllegalArgumentException("no OpenSearch URL given");
    }
    for (URI node : nodes) {
      if (!"http".equals(node.getScheme()) && !"https".equals(node.getScheme()) || node.getHost() == null) {
        throw new IllegalArgumentException("not an http(s) URL: " + node);
      }
    }
    this.timeout = timeout;
    this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).version(HttpClient.Version.HTTP_1_1)
        .build();
  }

  /** The first node's URL, for messages. */
  public String url() {
    return nodes.get(0).toString();
  }

  public JsonNode get(String path) {
    return send("GET", path, null, "application/json");
  }

  public JsonNode put(String path, Object body) {
    return send("PUT", path, json(body), "application/json");
  }

  public JsonNode post(String path, Object body) {
    return send("POST", path, body == null ? null : json(body), "application/json");
  }

  public JsonNode delete(String path) {
    return send("DELETE", path, null, "application/json");
  }

  /** Any method with a JSON body (e.g. DELETE with a body, as closing a point in time takes). */
  public JsonNode send(String method, String path, Object body) {
    return send(method, path, body == null ? null : json(body), "application/json");
  }

  /** A {@code _bulk} or {@code _msearch} body: newline-delimited JSON, ending with a newline. */
  public JsonNode postNdjson(String path, String ndjson) {
    return send("POST", path, ndjson, "application/x-ndjson");
  }

  /** Whether the path exists (HEAD answered 200). */
  public boolean exists(String path) {
    try {
      send("HEAD", path, null, "application/json");
      return true;
    } catch (OpenSearchException e) {
      if (e.status() == 404) {
        return false;
      }
      throw e;
    }
  }

  private JsonNode send(String method, String path, String body, String contentType) {
    ClusterUnavailableException last = null;
    for (URI node : nodes) {
      try {
        return sendTo(node, method, path, body, contentType);
      } catch (ClusterUnavailableException e) {
        last = e;
      }
    }
    throw last;
  }

  private JsonNode sendTo(URI node, String method, String path, String body, String contentType) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(node + path)).timeout(timeout)
        .header("Content-Type", contentType)
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    HttpResponse<String> response;
    try {
      response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (HttpTimeoutException e) {
      throw new ClusterUnavailableException("OpenSearch at " + node + " did not answer " + method + " " + path
          + " within " + timeout.toSeconds() + " s", e);
    } catch (ConnectException e) {
      throw new ClusterUnavailableException("no OpenSearch answers at " + node
          + " (start a local cluster with ./morgue cluster start)", e);
    } catch (IOException e) {
      throw new ClusterUnavailableException("cannot talk to OpenSearch at " + node + ": " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ClusterUnavailableException("interrupted while waiting for OpenSearch", e);
    }
    int status = response.statusCode();
    if (status == 502 || status == 503 || status == 504) {
      throw new ClusterUnavailableException("OpenSearch at " + node + " is not ready (" + status + "): "
          + abbreviate(response.body()));
    }
    if (status >= 400) {
      throw new OpenSearchException(status, "OpenSearch answered " + method + " " + path + " with " + status + ": "
          + abbreviate(response.body()));
    }
    if (response.body().isEmpty()) {
      return JSON.createObjectNode();
    }
    try {
      return JSON.readTree(response.body());
    } catch (JsonProcessingException e) {
      throw new OpenSearchException(status, "OpenSearch answered with text that is not JSON: " + abbreviate(response.body()));
    }
  }

  private static String abbreviate(String body) {
    return body.length() <= 600 ? body : body.substring(0, 600) + "…";
  }

  /** Serialises a body (a string is sent as is). */
  public static String json(Object body) {
    if (body instanceof String s) {
      return s;
    }
    try {
      return JSON.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("cannot serialise a request body", e);
    }
  }

  /** The mapper requests and answers are built with. */
  public static ObjectMapper mapper() {
    return JSON;
  }
}
