package org.morgue.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Morgue's {@code GET /api/search} over loopback HTTP/1.1: the whole request, response body read to
 * the end, a non-200 status is an error. Each client thread keeps its own keep-alive connection and
 * blocks on it ({@link LoopbackHttp}), as one user's browser tab or a script would.
 */
public final class MorgueHttpTarget implements Driver.Target {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final String base;
  private final URI server;
  private final ThreadLocal<LoopbackHttp> connection;

  /** @param base the server's URL, e.g. {@code http://127.0.0.1:7090/} */
  public MorgueHttpTarget(String base) {
    this.base = base.endsWith("/") ? base : base + "/";
    this.server = URI.create(this.base);
    this.connection =
        ThreadLocal.withInitial(() -> new LoopbackHttp(server.getHost(), server.getPort()));
  }

  /** The search URL of a query: size 10, month histogram, copies not collapsed, filters as {@code f.<facet>}. */
  public URI uri(QuerySpec query) {
    StringJoiner params = new StringJoiner("&");
    params.add("q=" + encode(query.q()));
    params.add("size=10");
    params.add("interval=month");
    // The peers do not group syndicated copies: compare the same work, every matching story a hit.
    params.add("collapse=false");
    query.from().ifPresent(d -> params.add("from=" + d));
    query.to().ifPresent(d -> params.add("to=" + d));
    for (Map.Entry<String, List<String>> filter : query.filters().entrySet()) {
      for (String value : filter.getValue()) {
        params.add("f." + filter.getKey() + "=" + encode(value));
      }
    }
    return URI.create(base + "api/search?" + params);
  }

  @Override
  public long run(QuerySpec query, boolean count) throws IOException, InterruptedException {
    Response response = get(uri(query));
    if (response.status() != 200) {
      throw new IOException("HTTP " + response.status() + " for " + uri(query));
    }
    return count ? JSON.readTree(response.body()).path("total").path("value").asLong(-1) : 0;
  }

  /** Status and body of one GET; used by the load run as well. */
  public Response get(URI uri) throws IOException, InterruptedException {
    return connection.get().get(uri);
  }

  /** An HTTP status and body. */
  public record Response(int status, byte[] body) {}

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
