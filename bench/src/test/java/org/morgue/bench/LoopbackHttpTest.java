package org.morgue.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The bench's blocking client against the JDK's own HTTP server, which frames bodies both ways. */
class LoopbackHttpTest {

  private HttpServer server;
  private final Set<String> peers = ConcurrentHashMap.newKeySet();

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", exchange -> {
      peers.add(exchange.getRemoteAddress().toString());
      String query = exchange.getRequestURI().getRawQuery();
      byte[] body = ("{\"q\":\"" + query + "\"}").getBytes(StandardCharsets.UTF_8);
      boolean chunked = exchange.getRequestURI().getPath().equals("/chunked");
      int status = exchange.getRequestURI().getPath().equals("/missing") ? 404 : 200;
      // A length of 0 makes the JDK server send the body chunked.
      exchange.sendResponseHeaders(status, chunked ? 0 : body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        if (chunked) {
          out.write(body, 0, 3);
          out.flush();
          out.write(body, 3, body.length - 3);
        } else {
          out.write(body);
        }
      }
    });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private URI uri(String pathAndQuery) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + pathAndQuery);
  }

  @Test
  void readsLengthAndChunkedBodiesOnOneKeptConnection() throws IOException {
    try (LoopbackHttp http = new LoopbackHttp("127.0.0.1", server.getAddress().getPort())) {
      MorgueHttpTarget.Response plain = http.get(uri("/api/search?q=oil%20prices&size=10"));
      assertEquals(200, plain.status());
      assertEquals(
          "{\"q\":\"q=oil%20prices&size=10\"}", new String(plain.body(), StandardCharsets.UTF_8));
      MorgueHttpTarget.Response chunked = http.get(uri("/chunked?q=gold"));
      assertEquals("{\"q\":\"q=gold\"}", new String(chunked.body(), StandardCharsets.UTF_8));
      MorgueHttpTarget.Response missing = http.get(uri("/missing?q=x"));
      assertEquals(404, missing.status());
      assertEquals(1, peers.size(), "all three requests went over one connection: " + peers);
    }
  }

  @Test
  void reconnectsWhenTheServerDroppedTheIdleConnection() throws IOException {
    try (LoopbackHttp http = new LoopbackHttp("127.0.0.1", server.getAddress().getPort())) {
      assertEquals(200, http.get(uri("/a?q=1")).status());
      int port = server.getAddress().getPort();
      server.stop(0);
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
      server.createContext("/", exchange -> {
        exchange.sendResponseHeaders(200, 2);
        try (OutputStream out = exchange.getResponseBody()) {
          out.write("ok".getBytes(StandardCharsets.US_ASCII));
        }
      });
      server.start();
      MorgueHttpTarget.Response again = http.get(uri("/a?q=2"));
      assertEquals("ok", new String(again.body(), StandardCharsets.US_ASCII));
    }
  }
}
