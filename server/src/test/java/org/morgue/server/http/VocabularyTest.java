package org.morgue.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.morgue.server.testing.ArchiveTest;

/**
 * {@code GET /api/vocabulary} over real HTTP: the page's only source of facet and sort names. The page's
 * own tests read {@code web/test/vocabulary.json}; holding it equal to the served body here means the
 * page is tested against the names the API really uses.
 */
class VocabularyTest extends ArchiveTest {

  private static final Path PAGE_FIXTURE = Path.of("..", "web", "test", "vocabulary.json");

  @Test
  void vocabularyListsFacetsSortsUndatedModesAndIntervalsDefaultFirst() {
    JsonNode body = get("/api/vocabulary");
    assertEquals(List.of("person", "org", "place", "source", "tag"), names(body.get("facets")));
    assertEquals(
        List.of("relevance", "newest", "oldest", "relevance_recent"), names(body.get("sorts")));
    assertEquals(
        "Relevance, recent first", body.get("sorts").get(3).get("label").asText());
    assertEquals(List.of(true, true, true, false, false), flags(body.get("facets"), "entity"));
    assertEquals(List.of(true, false, false, true), flags(body.get("sorts"), "by_score"));
    assertEquals("[\"include\",\"exclude\",\"only\"]", body.get("undated").toString());
    assertEquals(
        "[\"auto\",\"year\",\"month\",\"week\",\"day\"]", body.get("intervals").toString());
    assertEquals("[\"folded\",\"exact\"]", body.get("modes").toString());
  }

  @Test
  void thePageTestsUseTheServedVocabulary() throws Exception {
    assertEquals(JSON.readTree(Files.readString(PAGE_FIXTURE)), get("/api/vocabulary"));
  }

  @Test
  void everyNameTheVocabularyServesIsAcceptedBySearch() {
    JsonNode vocabulary = get("/api/vocabulary");
    for (String sort : names(vocabulary.get("sorts"))) {
      assertEquals(
          sort, get("/api/search?sort=" + sort).get("query").get("sort").asText());
    }
    vocabulary
        .get("modes")
        .forEach(mode -> assertEquals(
            mode.asText(),
            get("/api/search?mode=" + mode.asText()).get("query").get("mode").asText()));
    for (String facet : names(vocabulary.get("facets"))) {
      assertEquals(List.of(), ids(get("/api/search?f." + facet + "=nothing-has-this")));
    }
  }

  private static List<String> names(JsonNode terms) {
    List<String> names = new ArrayList<>();
    terms.forEach(t -> names.add(t.get("name").asText()));
    return names;
  }

  private static List<Boolean> flags(JsonNode terms, String field) {
    List<Boolean> flags = new ArrayList<>();
    terms.forEach(t -> flags.add(t.get(field).asBoolean()));
    return flags;
  }
}
