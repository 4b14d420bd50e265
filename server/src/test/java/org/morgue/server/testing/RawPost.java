package org.morgue.server.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Requests with a body sent exactly as given, with its own content type: JavalinTest's client serialises
 * a body object as JSON, which would hide what a text, CSV or form body does.
 */
public final class RawPost {

  /** The status and body text of a response. */
  public record Answer(int status, String contentType, String body) {}

  private RawPost() {}

  public static Answer send(int port, String method, String path, String contentType, String body) {
    return withHeaders(
        port,
        method,
        path,
        contentType == null ? Map.of() : Map.of("Content-Type", contentType),
        body);
  }

  public static Answer withHeaders(
      int port, String method, String path, Map<String, String> headers, String body) {
    HttpRequest.Builder request = HttpRequest.newBuilder(
            URI.create("http://127.0.0.1:" + port + path))
        .method(
            method,
            body == null
                ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    headers.forEach(request::header);
    try (HttpClient client = HttpClient.newHttpClient()) {
      HttpResponse<String> response =
          client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Answer(
          response.statusCode(),
          response.headers().firstValue("Content-Type").orElse(""),
          response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public static Answer post(int port, String path, String contentType, String body) {
    return send(port, "POST", path, contentType, body);
  }
}
