package org.morgue.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.morgue.server.testing.ArchiveTest;

/** {@code sort=relevance_recent}: relevance scores blended with recency, on the multi-segment test archive. */
class RecencySortTest extends ArchiveTest {

  @Test
  void scoresAreMultipliedByTheirRecencyFactor() {
    JsonNode plain = get("/api/search?q=embassy&sort=relevance");
    JsonNode recent = get("/api/search?q=embassy&sort=relevance_recent");
    assertEquals(List.of("s6", "s1", "s3", "s5"), ids(plain));
    assertEquals(List.of(0.92974603f, 0.76838815f, 0.7096646f, 0.24389371f), scores(plain));
    // newest is s6 (2020-02-20), factor 1; s1 is 51 days older (0.9539), s3 17 days (0.9841); s5 is
    // undated (0.5)
    assertEquals(List.of("s6", "s1", "s3", "s5"), ids(recent));
    assertEquals(List.of(0.92974603f, 0.7329238f, 0.6983923f, 0.12194686f), scores(recent));
    assertEquals("relevance_recent", recent.at("/query/sort").asText());
  }

  @Test
  void aCursorWalkUnderTheBlendVisitsEveryMatchOnce() {
    List<String> walked = new ArrayList<>();
    JsonNode page = get("/api/search?sort=relevance_recent&size=4");
    walked.addAll(ids(page));
    while (!page.get("next_cursor").isNull()) {
      page = get("/api/search?sort=relevance_recent&size=4&cursor="
          + page.get("next_cursor").asText());
      walked.addAll(ids(page));
    }
    assertEquals(List.of("s6", "s3", "s1", "s2", "s4", "s5"), walked);
  }

  @Test
  void aRelevanceCursorCannotBeReplayedUnderTheBlend() {
    String cursor = get("/api/search?sort=relevance&size=2").get("next_cursor").asText();
    assertEquals(
        "{\"error\":{\"code\":\"invalid_parameter\",\"message\":\"cursor was made for sort=relevance, "
            + "not sort=relevance_recent; keep the parameters of the first page\"}}",
        get("/api/search?sort=relevance_recent&cursor=" + cursor).toString());
  }

  private static List<Float> scores(JsonNode body) {
    List<Float> scores = new ArrayList<>();
    body.get("hits").forEach(h -> scores.add(h.get("score").floatValue()));
    return scores;
  }
}
