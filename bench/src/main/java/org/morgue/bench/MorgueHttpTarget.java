package org.morgue.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Morgue's {@code GET /api/search} over loopback HTTP/1.1: the whole request, response body read to
 * the end, a non-200 status is an error. One shared {@link HttpClient} keeps a connection per client.
 */
public final class MorgueHttpTarget implements Driver.Target {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final String base;
  private final HttpClient client;

  /** @param base the server's URL, e.g. {@code http://127.0.0.1:7090/} */
  public MorgueHttpTarget(String base) {
    this.base = base.endsWith("/") ? base : base + "/";
    this.client = HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5))
        .build();
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
    HttpResponse<byte[]> response = client.send(
        HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).GET().build(),
        HttpResponse.BodyHandlers.ofByteArray());
    return new Response(response.statusCode(), response.body());
  }

  /** An HTTP status and body. */
  public record Response(int status, byte[] body) {}

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
