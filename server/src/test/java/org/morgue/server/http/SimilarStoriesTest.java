package org.morgue.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.morgue.server.testing.ArchiveTest;

/** {@code GET /api/stories/{id}/similar} over real HTTP on the multi-segment test archive. */
class SimilarStoriesTest extends ArchiveTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // s2 and s3 share s1's people and organisations; s4, s6 and s5 only words (protests,
        // Baghdad, embassy)
        "s1| s2 s3 s4 s6 s5",
        "s1?size=1| s2",
        "s1?size=3| s2 s3 s4",
        // no entity in common with anyone: words alone (reopened, protests)
        "s4| s1 s6",
      })
  void similarStoriesShareEntitiesAndWordsButNeverAreTheStoryItself(String path, String expected) {
    JavalinTest.test(app(), (server, client) -> {
      JsonNode body = JSON.readTree(client
          .get("/api/stories/" + path.replace("?", "/similar?")
              + (path.contains("?") ? "" : "/similar"))
          .body()
          .string());
      assertEquals(List.of(expected.split(" ")), ids(body));
    });
  }

  @Test
  void hitsHaveTheSearchHitShapeWithTheLeadAsSnippet() {
    JavalinTest.test(app(), (server, client) -> {
      JsonNode body =
          JSON.readTree(client.get("/api/stories/s1/similar?size=1").body().string());
      assertEquals("s1", body.get("id").asText());
      JsonNode hit = body.at("/hits/0");
      assertEquals(true, hit.get("score").isNumber());
      ((com.fasterxml.jackson.databind.node.ObjectNode) hit).remove("score");
      assertEquals(JSON.readTree("""
          {"id":"s2","title":"Militia leader sanctioned","title_hl":"Militia leader sanctioned","published":"2019-12-06",
           "source":"AP","byline":"Staff","url":"https://example.org/s2",
           "snippets":["The Treasury sanctioned Qais al-Khazali on Friday. Officials in Baghdad said the move targets Asaib Ahl al-Haq."],
           "entities":{"person":["Qais al-Khazali"],"org":["Asaib Ahl al-Haq"],"place":["Baghdad"]},
           "versions":1,"event":{"id":"s2","stories":1,"outlets":1}}"""), hit);
    });
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "/api/stories/nope/similar| 404| not_found| no story with id nope",
        "/api/stories/s1/similar?size=0| 400| invalid_parameter| size must be between 1 and 50, was 0",
        "/api/stories/s1/similar?size=51| 400| invalid_parameter| size must be between 1 and 50, was 51",
        "/api/stories/s1/similar?size=ten| 400| invalid_parameter| size must be a whole number, was 'ten'",
      })
  void unknownStoriesAndBadSizesAreJsonErrors(
      String path, int status, String code, String message) {
    JavalinTest.test(app(), (server, client) -> {
      Response response = client.get(path);
      assertEquals(status, response.code());
      assertEquals(
          JSON.readTree("{\"error\":{\"code\":\"" + code + "\",\"message\":"
              + JSON.writeValueAsString(message) + "}}"),
          JSON.readTree(response.body().string()));
    });
  }
}
