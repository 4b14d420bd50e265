package org.morgue.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A loopback HTTP proxy in front of an OpenSearch node that records the searches passing through it:
 * the Morgue server is pointed at it once, before timing, so the harness learns the exact requests
 * (method, path, body) Morgue sends the cluster for each benchmark query, and can then send those same
 * requests to the cluster directly as the "raw OpenSearch" target. Only searches are recorded
 * ({@code POST …/_search}, {@code _msearch}); the server's alias polls pass through unrecorded.
 * Never on the timed path.
 */
final class RecordingProxy implements AutoCloseable {

  /** One request Morgue sent: what the raw target replays. */
  record Sent(String method, String pathAndQuery, String contentType, byte[] body) {
    Sent {
      method = method.toUpperCase(Locale.ROOT);
      body = body.clone();
    }

    /** The request's body as text (UTF-8). */
    String text() {
      return new String(body, StandardCharsets.UTF_8);
    }
  }

  private final URI upstream;
  private final HttpServer server;
  private final HttpClient client = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5))
      .build();
  private final List<Sent> recorded = new ArrayList<>();

  /** Starts the proxy on a free loopback port, forwarding to {@code upstream} (e.g. {@code http://127.0.0.1:9210}). */
  RecordingProxy(String upstream) throws IOException {
    this.upstream = URI.create(
        upstream.endsWith("/") ? upstream.substring(0, upstream.length() - 1) : upstream);
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
    server.createContext("/", this::forward);
    server.start();
  }

  /** The proxy's own URL, to give the Morgue server as its cluster. */
  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** The searches recorded since the last call, oldest first; the record starts empty again. */
  synchronized List<Sent> take() {
    List<Sent> out = List.copyOf(recorded);
    recorded.clear();
    return out;
  }

  static boolean isSearch(String method, String path) {
    String p = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
    return "POST".equalsIgnoreCase(method) && (p.endsWith("/_search") || p.endsWith("/_msearch"));
  }

  private void forward(HttpExchange exchange) throws IOException {
    try (exchange) {
      String method = exchange.getRequestMethod();
      String path = exchange.getRequestURI().getRawPath()
          + (exchange.getRequestURI().getRawQuery() == null
              ? ""
              : "?" + exchange.getRequestURI().getRawQuery());
      byte[] body = exchange.getRequestBody().readAllBytes();
      String type = exchange.getRequestHeaders().getFirst("Content-Type");
      if (isSearch(method, path)) {
        synchronized (this) {
          recorded.add(new Sent(method, path, type == null ? "application/json" : type, body));
        }
      }
      HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(upstream + path))
          .timeout(Duration.ofSeconds(60))
          .method(
              method,
              body.length == 0
                      && !"POST".equalsIgnoreCase(method)
                      && !"PUT".equalsIgnoreCase(method)
                  ? HttpRequest.BodyPublishers.noBody()
                  : HttpRequest.BodyPublishers.ofByteArray(body));
      if (type != null) {
        request.header("Content-Type", type);
      }
      HttpResponse<byte[]> answer;
      try {
        answer = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
      } catch (IOException e) {
        answer = null;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        answer = null;
      }
      if (answer == null) {
        // The cluster cannot be reached: the server sees what it would see without the proxy, a
        // failed gateway.
        exchange.sendResponseHeaders(502, -1);
        return;
      }
      answer
          .headers()
          .firstValue("Content-Type")
          .ifPresent(t -> exchange.getResponseHeaders().set("Content-Type", t));
      boolean head = "HEAD".equalsIgnoreCase(method);
      exchange.sendResponseHeaders(
          answer.statusCode(), head || answer.body().length == 0 ? -1 : answer.body().length);
      if (!head && answer.body().length > 0) {
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(answer.body());
        }
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
