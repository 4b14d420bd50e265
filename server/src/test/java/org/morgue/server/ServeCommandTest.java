package org.morgue.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.morgue.server.testing.TestArchive;

class ServeCommandTest {

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return ServeCommand.run(
        args,
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @Test
  void helpDocumentsOptionsAndExitCodes() {
    assertEquals(0, run("--help"));
    String help = out.toString(StandardCharsets.UTF_8);
    assertTrue(
        help.startsWith("usage: morgue serve --index DIR [--port PORT] [--host HOST]"), help);
    assertTrue(help.contains("default 7070"), help);
    assertTrue(help.contains("default 127.0.0.1"), help);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "''| --index DIR is required",
        "--index| --index needs a value",
        "--index x --port abc| --port must be a number, was 'abc'",
        "--index x --port 70000| --port must be between 0 and 65535, was 70000",
        "--index x --verbose| unknown argument '--verbose'",
      })
  void badArgumentsExitWithTwo(String args, String message) {
    String[] argv = args.isBlank() ? new String[0] : args.split(" ");
    assertEquals(2, run(argv));
    assertEquals(
        "morgue serve: " + message + "\nrun 'morgue serve --help' for usage\n",
        err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void defaultsAreLoopbackAndPort7070() {
    ServerConfig config = ServeCommand.parse(new String[] {"--index", "idx"});
    assertEquals(ServerConfig.defaults(Path.of("idx")), config);
  }

  @Test
  void startPrintsTheUrlAndServes(@TempDir Path dir) throws Exception {
    TestArchive.build(dir, TestArchive.STORIES);
    ServerConfig config =
        ServerConfig.defaults(dir).withPort(0).withReopenInterval(Duration.ofSeconds(1));
    try (ServeCommand.Running running =
        ServeCommand.start(config, new PrintStream(out, true, StandardCharsets.UTF_8))) {
      assertEquals(
          "Morgue is serving " + dir + " at " + running.url() + "\n",
          out.toString(StandardCharsets.UTF_8));
      assertTrue(running.url().matches("http://127\\.0\\.0\\.1:\\d+/"), running.url());
      HttpResponse<String> health = HttpClient.newHttpClient()
          .send(
              HttpRequest.newBuilder(URI.create(running.url() + "api/health")).build(),
              HttpResponse.BodyHandlers.ofString());
      assertEquals(200, health.statusCode());
      assertTrue(health.body().contains("\"stories\":6"), health.body());
    }
  }

  @Test
  void aFolderWithoutABuildIsServedWithANoteOnHowToMakeOne(@TempDir Path dir) throws Exception {
    Path missing = dir.resolve("no-such-dir");
    ServerConfig config =
        ServerConfig.defaults(missing).withPort(0).withReopenInterval(Duration.ofSeconds(1));
    try (ServeCommand.Running running =
        ServeCommand.start(config, new PrintStream(out, true, StandardCharsets.UTF_8))) {
      assertEquals(
          "Morgue is serving " + missing + " at " + running.url() + "\n"
              + "Note: " + missing + " does not exist, so the archive is empty. Make a build with\n"
              + "  morgue index --index " + missing + " PATH...\n"
              + "and this server picks it up as soon as it is published.\n",
          out.toString(StandardCharsets.UTF_8));
    }
    out.reset();
    try (ServeCommand.Running running = ServeCommand.start(
        ServerConfig.defaults(dir).withPort(0).withReopenInterval(Duration.ofSeconds(1)),
        new PrintStream(out, true, StandardCharsets.UTF_8))) {
      assertTrue(
          out.toString(StandardCharsets.UTF_8).contains("Note: " + dir + " has no build yet"),
          out.toString(StandardCharsets.UTF_8));
    }
  }
}
