package org.morgue.server.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import io.javalin.testtools.JavalinTest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.morgue.indexer.index.IndexLayout;
import org.morgue.server.ServerConfig;
import org.morgue.server.http.MorgueApp;
import org.morgue.server.search.SearchService;
import org.morgue.server.search.lucene.LuceneSearchService;

/**
 * Base of the tests that run against {@link TestArchive#STORIES}: the archive is built by the
 * production indexer once per test class (several segments; a subclass overriding {@link #shape()}
 * runs the same tests on the merged build a rebuild publishes), the Lucene search service is opened
 * over it, and {@link #app()} gives the real HTTP app for {@code JavalinTest}. State lives in the
 * one test instance per class, not in static fields.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ArchiveTest {

  protected static final ObjectMapper JSON = new ObjectMapper();

  protected Path dir;
  /** The backend under test: the embedded index here, the cluster in the {@code OnCluster} subclasses. */
  protected SearchService service;

  /** The folder is a parameter: an instance {@code @TempDir} field would be injected per test, after this. */
  @BeforeAll
  void openArchive(@TempDir Path archiveDir) throws Exception {
    dir = archiveDir;
    TestArchive.build(dir, TestArchive.STORIES, shape());
    // The shape is what the test class claims to cover: hold it, so a change to the builder's merging
    // cannot quietly turn the multi-segment runs into a second run on one segment.
    int segments = TestArchive.segments(dir);
    if (shape() == TestArchive.Shape.SEGMENTS) {
      assertTrue(segments > 1, "the multi-segment archive has " + segments + " segment(s)");
    } else {
      assertEquals(1, segments, "the merged archive's segments");
    }
    service = openService(dir);
  }

  /** The shape of the archive the tests run on: several segments here, merged in the {@code Merged} subclasses. */
  protected TestArchive.Shape shape() {
    return TestArchive.Shape.SEGMENTS;
  }

  /** Opens the backend over the published build in the folder; a cluster variant loads it into the cluster. */
  protected SearchService openService(Path archiveDir) throws Exception {
    return LuceneSearchService.open(new IndexLayout(archiveDir), Duration.ofMinutes(10));
  }

  @AfterAll
  void closeArchive() {
    if (service != null) {
      service.close();
    }
  }

  /** The unstarted app over the archive, as {@code morgue serve} would create it. */
  protected Javalin app() {
    return MorgueApp.create(service, ServerConfig.defaults(dir));
  }

  /** The JSON body of a GET on the app, whatever its status. */
  protected JsonNode get(String path) {
    JsonNode[] body = new JsonNode[1];
    JavalinTest.test(app(), (server, client) -> body[0] = JSON.readTree(client.get(path).body().string()));
    return body[0];
  }

  /** The hit ids of a search response body, in order. */
  protected static List<String> ids(JsonNode body) {
    List<String> ids = new ArrayList<>();
    body.get("hits").forEach(h -> ids.add(h.get("id").asText()));
    return ids;
  }
}
