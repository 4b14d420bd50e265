package org.morgue.server.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.testtools.JavalinTest;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.morgue.indexer.index.IndexLayout;
import org.morgue.indexer.index.Schema;
import org.morgue.indexer.story.PubDate;
import org.morgue.indexer.story.Story;
import org.morgue.server.ServerConfig;
import org.morgue.server.http.MorgueApp;
import org.morgue.server.search.lucene.LuceneSearchService;
import org.morgue.server.testing.TestArchive;

/** The server follows the published build: it starts on an empty folder and picks up rebuilds. */
class BuildSwitchTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration REOPEN = Duration.ofMillis(50);

  @Test
  void emptyFolderServesNothingButStillValidates(@TempDir Path dir) throws Exception {
    try (LuceneSearchService service = LuceneSearchService.open(new IndexLayout(dir), REOPEN)) {
      assertEquals(Health.empty(), service.health());
      SearchResponse r = service.search(SearchRequest.builder()
          .q("embassy")
          .filters(Map.of(Schema.PERSON, List.of("Mark Esper")))
          .build());
      assertEquals(0, r.total().value());
      assertEquals(
          List.of(new SearchResponse.FacetValue("mark esper", "mark esper", 0, true)),
          r.facets().get(Schema.PERSON));
      assertEquals(List.of(), r.dates().buckets());
      assertEquals(
          "no story with id s1",
          assertThrows(StoryNotFoundException.class, () -> service.story("s1")).getMessage());
      assertThrows(
          InvalidRequestException.class,
          () -> service.search(SearchRequest.builder().q("title:").build()));
    }
  }

  @Test
  void newlyPublishedBuildIsServedWithoutRestart(@TempDir Path dir) throws Exception {
    try (LuceneSearchService service = LuceneSearchService.open(new IndexLayout(dir), REOPEN)) {
      JavalinTest.test(MorgueApp.create(service, ServerConfig.defaults(dir)), (server, client) -> {
        JsonNode empty = JSON.readTree(client.get("/api/health").body().string());
        assertEquals("empty", empty.get("status").asText());
        assertEquals(0, empty.get("stories").asInt());
        assertTrue(empty.get("index").isNull());
        assertEquals(
            0,
            JSON.readTree(client.get("/api/search?q=embassy").body().string())
                .at("/total/value")
                .asInt());

        TestArchive.build(dir, TestArchive.STORIES.subList(0, 3));
        JsonNode first = awaitStories(client, 3);
        assertEquals(
            2,
            JSON.readTree(client.get("/api/search?q=embassy").body().string())
                .at("/total/value")
                .asInt());

        List<Story> more = new ArrayList<>(TestArchive.STORIES);
        more.add(new Story(
            "s7",
            "Embassy guards rotated",
            "New guards arrived at the embassy compound.",
            Optional.of(PubDate.day(2020, 3, 2)),
            "AP",
            "",
            "",
            List.of(),
            Map.of(),
            "test:s7",
            "test"));
        TestArchive.build(dir, more);
        JsonNode second = awaitStories(client, 7);
        assertNotEquals(first.get("index").asText(), second.get("index").asText());
        JsonNode search =
            JSON.readTree(client.get("/api/search?q=guards").body().string());
        assertEquals("s7", search.at("/hits/0/id").asText());
        assertEquals(
            5,
            JSON.readTree(client.get("/api/search?q=embassy").body().string())
                .at("/total/value")
                .asInt());
      });
    }
  }

  private static JsonNode awaitStories(io.javalin.testtools.HttpClient client, int stories)
      throws Exception {
    Instant deadline = Instant.now().plusSeconds(30);
    while (true) {
      JsonNode health = JSON.readTree(client.get("/api/health").body().string());
      if (health.get("stories").asInt() == stories || Instant.now().isAfter(deadline)) {
        assertEquals("ok", health.get("status").asText());
        assertEquals(stories, health.get("stories").asInt());
        return health;
      }
      Thread.sleep(20);
    }
  }
}
