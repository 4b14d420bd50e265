package org.morgue.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.morgue.server.access.AccessPolicy;
import org.morgue.server.testing.TestArchive;

/** {@code morgue serve --auth FILE}: parsed, loaded at start, enforced; a bad file stops the start. */
class ServeAuthTest {

  private final PrintStream out =
      new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);

  @Test
  void authOptionIsParsedAndLoopbackStaysTheDefault() {
    ServerConfig config =
        ServeCommand.parse(new String[] {"--index", "idx", "--auth", "access.txt"});
    assertEquals(
        ServerConfig.defaults(Path.of("idx")).withAuth(Optional.of(Path.of("access.txt"))), config);
  }

  @Test
  void servedWithAuthTheApiNeedsTheToken(@TempDir Path dir) throws Exception {
    TestArchive.build(dir.resolve("idx"), TestArchive.STORIES);
    Path access = Files.writeString(
        dir.resolve("access"), AccessPolicy.tokenLine("reader", "s3cret-token") + "\n");
    ServerConfig config = ServeCommand.parse(new String[] {
      "--index", dir.resolve("idx").toString(), "--port", "0", "--auth", access.toString()
    });
    try (ServeCommand.Running running = ServeCommand.start(config, out)) {
      HttpClient http = HttpClient.newHttpClient();
      HttpRequest.Builder health = HttpRequest.newBuilder(URI.create(running.url() + "api/health"));
      assertEquals(
          401, http.send(health.build(), HttpResponse.BodyHandlers.ofString()).statusCode());
      assertEquals(
          200,
          http.send(
                  health.header("Authorization", "Bearer s3cret-token").build(),
                  HttpResponse.BodyHandlers.ofString())
              .statusCode());
    }
  }

  @Test
  void aBadAccessFileStopsTheStartNamingTheLine(@TempDir Path dir) throws Exception {
    TestArchive.build(dir.resolve("idx"), TestArchive.STORIES);
    Path access =
        Files.writeString(dir.resolve("access"), "# team\ntoken reader plain-text-token\n");
    ServerConfig config = ServeCommand.parse(new String[] {
      "--index", dir.resolve("idx").toString(), "--port", "0", "--auth", access.toString()
    });
    IOException e = assertThrows(IOException.class, () -> ServeCommand.start(config, out));
    assertEquals(
        access
            + ":2: a token must be stored as sha256:64-HEX-DIGITS (make one with 'morgue auth token NAME')",
        e.getMessage());
  }
}
