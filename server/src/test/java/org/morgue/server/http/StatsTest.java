package org.morgue.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.morgue.indexer.index.IndexLayout;
import org.morgue.server.ServerConfig;
import org.morgue.server.search.lucene.LuceneSearchService;
import org.morgue.server.testing.TestArchive;

/** {@code GET /api/stats} over real HTTP: the multi-segment test archive, and a folder with no build yet. */
class StatsTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void statsCountStoriesDatesAndFacetValuesOfTheServedBuild(@TempDir Path dir) throws Exception {
    TestArchive.build(dir, TestArchive.STORIES);
    assertTrue(TestArchive.segments(dir) > 1, "the counts are summed over several segments");
    try (LuceneSearchService service =
        LuceneSearchService.open(new IndexLayout(dir), Duration.ofMinutes(10))) {
      JavalinTest.test(MorgueApp.create(service, ServerConfig.defaults(dir)), (server, client) -> {
        Response response = client.get("/api/stats");
        assertEquals(200, response.code());
        ObjectNode body = (ObjectNode) JSON.readTree(response.body().string());
        // The size is the backend's own count of what it serves; the folder walk is the independent
        // check.
        assertEquals(TestArchive.bytesOnDisk(dir), body.remove("size_bytes").asLong());
        assertEquals(JSON.readTree("""
            {"stories":6,"dated":5,"undated":1,"min":"2019-11-15","max":"2020-02-20",
             "facets":{"person":2,"org":2,"place":2,"source":4,"tag":4},
             "built_at":"2026-01-21T10:15:00Z"}"""), body);
      });
    }
  }

  @Test
  void anEmptyFolderHasZeroStatsNotAnError(@TempDir Path dir) throws Exception {
    try (LuceneSearchService service =
        LuceneSearchService.open(new IndexLayout(dir), Duration.ofMinutes(10))) {
      JavalinTest.test(MorgueApp.create(service, ServerConfig.defaults(dir)), (server, client) -> {
        Response response = client.get("/api/stats");
        assertEquals(200, response.code());
        assertEquals(JSON.readTree("""
            {"stories":0,"dated":0,"undated":0,"min":null,"max":null,
             "facets":{"person":0,"org":0,"place":0,"source":0,"tag":0},"built_at":null,"size_bytes":0}"""), JSON.readTree(response.body().string()));
      });
    }
  }
}
