package org.morgue.server.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.testtools.JavalinTest;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.morgue.indexer.cli.ExitCode;
import org.morgue.indexer.cli.IndexCommand;
import org.morgue.indexer.index.IndexLayout;
import org.morgue.server.ServerConfig;
import org.morgue.server.http.MorgueApp;
import org.morgue.server.search.SearchService;
import org.morgue.server.search.lucene.LuceneSearchService;

/**
 * Base of the API tests that build one index per test class and ask it through the real HTTP app: the
 * subclass builds the index into the class's folder ({@link #build}), the backend is opened over the
 * published build ({@link #openService}: the embedded index here, the cluster in the {@code OnCluster}
 * subclasses) and closed after the class, and {@link #get} asks {@code JavalinTest}. State lives in the
 * one test instance per class, not in static fields. Six test classes carried this lifecycle each.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ServedIndexTest {

  /** Public, so that tests sharing a test class's fixtures can import it with them. */
  public static final ObjectMapper JSON = new ObjectMapper();

  /** The index folder. */
  protected Path dir;
  /** The backend under test, or null when an {@code OnCluster} variant was skipped before it opened. */
  protected SearchService service;

  /** The folder is a parameter: an instance {@code @TempDir} field would be injected per test, after this. */
  @BeforeAll
  void openIndex(@TempDir Path indexDir) throws Exception {
    dir = indexDir;
    build(dir);
    service = openService(dir);
  }

  /** Builds and publishes the class's index in the folder. */
  protected abstract void build(Path indexDir) throws Exception;

  /** Opens the backend over the published build in the folder; a cluster variant loads it into the cluster. */
  protected SearchService openService(Path indexDir) throws Exception {
    return LuceneSearchService.open(new IndexLayout(indexDir), Duration.ofMinutes(10));
  }

  @AfterAll
  void closeService() {
    if (service != null) {
      service.close();
    }
  }

  /** The unstarted app over the index, as {@code morgue serve} would create it. */
  protected Javalin app() {
    return MorgueApp.create(service, ServerConfig.defaults(dir));
  }

  /** The JSON body of a GET on the app, whatever its status. */
  protected JsonNode get(String path) {
    JsonNode[] body = new JsonNode[1];
    JavalinTest.test(
        app(),
        (server, client) -> body[0] = JSON.readTree(client.get(path).body().string()));
    return body[0];
  }

  /** The JSON body of a GET on the app, which must answer with this status. */
  protected JsonNode get(String path, int status) {
    JsonNode[] body = new JsonNode[1];
    JavalinTest.test(app(), (server, client) -> {
      var response = client.get(path);
      String text = response.body().string();
      assertEquals(status, response.code(), path + " -> " + text);
      body[0] = JSON.readTree(text);
    });
    return body[0];
  }

  /**
   * Builds the folder's index with {@code morgue index} (the production path: readers, cleaner, tagger,
   * grouping), and checks the command's exit code.
   *
   * @param args the options and inputs after {@code --index DIR}
   */
  protected static void indexWithCommand(Path indexDir, ExitCode expected, String... args) {
    List<String> all = new ArrayList<>(List.of("--index", indexDir.toString()));
    all.addAll(List.of(args));
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    ExitCode code = IndexCommand.standard(Clock.systemUTC())
        .run(
            all,
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            false);
    assertEquals(expected, code, err.toString(StandardCharsets.UTF_8));
  }
}
