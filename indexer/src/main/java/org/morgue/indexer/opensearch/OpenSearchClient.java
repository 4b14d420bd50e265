package org.morgue.indexer.opensearch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.NoHttpResponseException;
import org.apache.hc.core5.http.io.SocketConfig;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

/**
 * The few OpenSearch endpoints Morgue uses, over Apache HttpClient 5's classic (blocking) client with
 * a pool of keep-alive connections per node, and Jackson for exact control of the JSON sent.
 * Thread-safe. Several node URLs may be given: a request that cannot reach one node (refused, timed
 * out, closed without an answer) is sent once to the next, so losing one node of three costs a retry,
 * not a failed request.
 *
 * <p>Why not the JDK's {@code HttpClient} (rounds 1-3): its synchronous {@code send} hands every
 * exchange to a selector thread and an executor and back. On the 2-core benchmark machine those
 * hand-offs cost 6-9 ms of a 25-35 ms search at p50 (300 identical searches from one JVM: HttpClient
 * 33.7-39.8 ms, a blocking keep-alive socket 24.7-28.9 ms), which put Morgue's layer at 1.58x the raw
 * cluster requests, above the 1.3x target. The classic client writes the request and reads the answer
 * on the calling thread, as a blocking socket does.
 */
public final class OpenSearchClient implements AutoCloseable {

  /** Where a local cluster started by {@code ./morgue cluster start} answers. */
  public static final String DEFAULT_URL = "http://127.0.0.1:9200";

  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(3);
  /**
   * Connections kept per node: more than the server's busy request threads ever are on one node (a
   * thread holds one connection for one request at a time), so a request never waits for a connection.
   */
  private static final int CONNECTIONS_PER_NODE = 64;
  /**
   * A pooled connection idle longer than this is checked before use (a node that restarted closed it);
   * one used more recently that turns out closed fails as "no answer" and the request goes to the next node.
   */
  private static final TimeValue VALIDATE_AFTER_IDLE = TimeValue.ofSeconds(1);

  private final List<URI> nodes;
  private final Duration timeout;
  private final CloseableHttpClient http;

  /**
   * @param urls one or more node URLs ({@code http://host:port}), comma-separated
   * @param timeout the longest a request may wait for the node's next bytes (connecting takes at most 3 s)
   *     before it counts as unavailable
   */
  public OpenSearchClient(String urls, Duration timeout) {
    Objects.requireNonNull(urls, "urls");
    this.nodes = Arrays.stream(urls.split(","))
        .map(String::strip)
        .filter(u -> !u.isEmpty())
        .map(u -> URI.create(u.endsWith("/") ? u.substring(0, u.length() - 1) : u))
        .toList();
    if (nodes.isEmpty()) {
      throw new IllegalArgumentException("no OpenSearch URL given");
    }
    for (URI node : nodes) {
      if (!"http".equals(node.getScheme()) && !"https".equals(node.getScheme())
          || node.getHost() == null) {
        throw new IllegalArgumentException("not an http(s) URL: " + node);
      }
    }
    this.timeout = timeout;
    Timeout wait = Timeout.of(timeout);
    this.http = HttpClients.custom()
        .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
            .setMaxConnPerRoute(CONNECTIONS_PER_NODE)
            .setMaxConnTotal(CONNECTIONS_PER_NODE * nodes.size())
            .setDefaultSocketConfig(
                SocketConfig.custom().setTcpNoDelay(true).setSoTimeout(wait).build())
            .setDefaultConnectionConfig(ConnectionConfig.custom()
                .setConnectTimeout(Timeout.of(CONNECT_TIMEOUT))
                .setSocketTimeout(wait)
                .setValidateAfterInactivity(VALIDATE_AFTER_IDLE)
                .build())
            .build())
        .setDefaultRequestConfig(RequestConfig.custom()
            .setResponseTimeout(wait)
            .setConnectionRequestTimeout(wait)
            .build())
        // The next node is this client's retry; one per node keeps "one retry" meaning one.
        .disableAutomaticRetries()
        .disableRedirectHandling()
        .disableCookieManagement()
        .disableContentCompression()
        .disableAuthCaching()
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

  /** Closes the pooled connections; the client must not be used afterwards. */
  @Override
  public void close() {
    http.close(org.apache.hc.core5.io.CloseMode.GRACEFUL);
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

  /** An answer as read off the wire. */
  private record Answer(int status, String body) {}

  private JsonNode sendTo(URI node, String method, String path, String body, String contentType) {
    HttpUriRequestBase request = new HttpUriRequestBase(method, URI.create(node + path));
    if (body != null) {
      // The bytes, not a StringEntity: that one encodes in ISO-8859-1 unless told otherwise.
      request.setEntity(new ByteArrayEntity(
          body.getBytes(StandardCharsets.UTF_8), ContentType.create(contentType)));
    }
    Answer answer;
    try {
      answer = http.execute(
          request,
          response -> new Answer(
              response.getCode(),
              response.getEntity() == null
                  ? ""
                  : EntityUtils.toString(response.getEntity(), StandardCharsets.UTF_8)));
    } catch (ConnectTimeoutException | ConnectException e) {
      throw new ClusterUnavailableException(
          "no OpenSearch answers at " + node
              + " (start a local cluster with ./morgue cluster start)",
          e);
    } catch (SocketTimeoutException e) {
      throw new ClusterUnavailableException(
          "OpenSearch at " + node + " did not answer " + method + " " + path + " within "
              + timeout.toSeconds() + " s",
          e);
    } catch (NoHttpResponseException e) {
      throw new ClusterUnavailableException(
          "OpenSearch at " + node + " closed the connection without answering " + method + " "
              + path,
          e);
    } catch (IOException e) {
      throw new ClusterUnavailableException("cannot talk to OpenSearch at " + node + ": " + e, e);
    }
    int status = answer.status();
    if (status == 502 || status == 503 || status == 504) {
      throw new ClusterUnavailableException(
          "OpenSearch at " + node + " is not ready (" + status + "): " + abbreviate(answer.body()));
    }
    if (status >= 400) {
      throw new OpenSearchException(
          status,
          "OpenSearch answered " + method + " " + path + " with " + status + ": "
              + abbreviate(answer.body()));
    }
    if (answer.body().isEmpty()) {
      return JSON.createObjectNode();
    }
    try {
      return JSON.readTree(answer.body());
    } catch (JsonProcessingException e) {
      throw new OpenSearchException(
          status, "OpenSearch answered with text that is not JSON: " + abbreviate(answer.body()));
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
