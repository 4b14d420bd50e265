package org.morgue.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.morgue.server.testing.ArchiveTest;

/** The HTTP API over real HTTP (JavalinTest) on a real index. */
class MorgueAppTest extends ArchiveTest {

  private static JsonNode json(Response response) throws Exception {
    return JSON.readTree(response.body().string());
  }

  @Test
  void searchAnswersWithTheDocumentedShape() {
    JavalinTest.test(app(), (server, client) -> {
      Response response =
          client.get("/api/search?q=embassy&f.person=Qais%20Al-Khazali&f.place=baghdad&size=5");
      assertEquals(200, response.code());
      JsonNode body = json(response);
      assertEquals(JSON.readTree("""
          {"q":"embassy","filters":{"person":["qais al khazali"],"org":[],"place":["baghdad"],"source":[],"tag":[]},
           "exclude":{"person":[],"org":[],"place":[],"source":[],"tag":[]},
           "from":null,"to":null,"sort":"relevance","page":1,"size":5,"cursor":null,"interval":"auto","undated":"include",
           "parsed":"(title:embassy)^2.0 (body:embassy)^1.0","mode":"folded",
           "clauses":[{"text":"embassy","field":null,"mode":"folded"}]}"""), body.get("query"));
      assertEquals(JSON.readTree("{\"value\":1,\"exact\":true,\"stories\":1}"), body.get("total"));
      assertTrue(body.get("took_ms").isIntegralNumber());
      JsonNode hit = body.get("hits").get(0);
      ((com.fasterxml.jackson.databind.node.ObjectNode) hit).remove("score");
      assertEquals(JSON.readTree("""
          {"id":"s1","title":"U.S. embassy in Baghdad attacked","title_hl":"U.S. <mark>embassy</mark> in Baghdad attacked",
           "published":"2019-12-31","source":"Reuters","byline":"Staff","url":"https://example.org/s1",
           "snippets":["Protesters stormed the U.S. <mark>embassy</mark> in Baghdad on Tuesday. Qais al-Khazali, leader of Asaib Ahl al-Haq, joined the crowd."],
           "entities":{"person":["Qais al-Khazali"],"org":["Asaib Ahl al-Haq","Kata'ib Hezbollah"],"place":["Baghdad"]},
           "versions":1,"event":{"id":"s1","stories":1,"outlets":1}}"""), hit);
      assertEquals(JSON.readTree("""
          {"person":[{"value":"qais al khazali","label":"Qais al-Khazali","count":1,"selected":true}],
           "org":[{"value":"asaib ahl al haq","label":"Asaib Ahl al-Haq","count":1,"selected":false},
                  {"value":"kataib hezbollah","label":"Kata'ib Hezbollah","count":1,"selected":false}],
           "place":[{"value":"baghdad","label":"Baghdad","count":1,"selected":true}],
           "source":[{"value":"Reuters","label":"Reuters","count":1,"selected":false}],
           "tag":[{"value":"iraq","label":"iraq","count":1,"selected":false},{"value":"security","label":"security","count":1,"selected":false}]}"""), body.get("facets"));
      assertEquals(JSON.readTree("""
          {"interval":"day","buckets":[{"key":"2019-12-31","count":1}],"undated":0,"min":"2019-12-31","max":"2019-12-31"}"""), body.get("dates"));
    });
  }

  @Test
  void facetCountsAreTheSameWhenTheirArraysAreReusedByOtherSearches() {
    JavalinTest.test(app(), (server, client) -> {
      String filtered = "/api/search?q=embassy&f.person=Qais%20Al-Khazali&f.place=baghdad&size=5";
      JsonNode first = json(client.get(filtered)).get("facets");
      // Other searches in between take, fill and give back the reader's count arrays.
      for (String other : new String[] {
        "/api/search", "/api/search?q=baghdad&f.org=kataib%20hezbollah", "/api/search?q=iran"
      }) {
        assertEquals(200, client.get(other).code());
      }
      assertEquals(first, json(client.get(filtered)).get("facets"));
      assertEquals(1, first.at("/person/0/count").asLong());
    });
  }

  @Test
  void datesAndSortAreEchoedAndUndatedHitsHaveNullDates() {
    JavalinTest.test(app(), (server, client) -> {
      JsonNode body = json(client.get("/api/search?q=markup&sort=newest&from=2019&to=2021"));
      assertEquals("2019", body.at("/query/from").asText());
      assertEquals("newest", body.at("/query/sort").asText());
      assertEquals(0, body.at("/total/value").asInt());
      JsonNode undated = json(client.get("/api/search?q=markup")).at("/hits/0");
      assertTrue(undated.get("published").isNull());
      assertTrue(undated.get("score").isNumber());
      assertTrue(json(client.get("/api/search?sort=oldest")).at("/hits/0/score").isNull());
    });
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "q=%22embassy attack| invalid_query | unbalanced quote: a \" is not closed | 0",
        "q=embassy %22attack| invalid_query | unbalanced quote: a \" is not closed | 8",
        "q=*foo| invalid_query | a term cannot start with * or ? ('*foo'): it would scan every word in the archive | 0",
        "q=title:| invalid_query | the query ends unexpectedly | 6",
        "q=embassy AND foo:bar| invalid_query | unknown field 'foo'; searchable fields are title, body, byline, source, person, org, place, tag, and exact: or folded: for the title and body in that mode | 12",
        "q=a)b| invalid_query | unexpected ')' | 1",
        "q=*| invalid_query | '*' alone is not a query; leave q empty to list every story | 0",
        "size=1000| invalid_parameter | size must be between 1 and 100, was 1000 | -1",
        "size=0| invalid_parameter | size must be between 1 and 100, was 0 | -1",
        "page=0| invalid_parameter | page must be at least 1, was 0 | -1",
        "page=abc| invalid_parameter | page must be a whole number, was 'abc' | -1",
        "page=200&size=100| invalid_parameter | page 200 of size 100 reaches beyond result 10000; narrow the search instead | -1",
        "page=1&page=2| invalid_parameter | page is given 2 times; give it once | -1",
        "from=2019-13| invalid_parameter | from must be a date as YYYY, YYYY-MM or YYYY-MM-DD, was '2019-13' | -1",
        "to=2019-02-30| invalid_parameter | to must be a date as YYYY, YYYY-MM or YYYY-MM-DD, was '2019-02-30' | -1",
        "from=2020&to=2019-12| invalid_parameter | from (2020) is after to (2019-12) | -1",
        "sort=best| invalid_parameter | sort must be one of relevance, newest, oldest, relevance_recent, was 'best' | -1",
        "f.unknown=1| unknown_facet | unknown facet 'unknown'; facets are person, org, place, source, tag | -1",
        "f.person=| invalid_parameter | f.person must not be empty | -1",
        "cursor=garbage| invalid_parameter | cursor is not a cursor this server made | -1",
        "cursor=AQEAAAAAAAAAAAACczUA&sort=newest| invalid_parameter | cursor is not a cursor this server made | -1",
        "cursor=AQEAAAAAAAAAAAACczU| invalid_parameter | cursor was made for sort=newest, not sort=relevance; keep the parameters of the first page | -1",
        "cursor=AQEAAAAAAAAAAAACczU&sort=newest&page=2| invalid_parameter | cursor and page=2 cannot be combined; a cursor already says where the page starts | -1",
        "cursor=a&cursor=b| invalid_parameter | cursor is given 2 times; give it once | -1",
      })
  void badParametersAreJson400s(String query, String code, String message, int position) {
    JavalinTest.test(app(), (server, client) -> {
      Response response = client.get("/api/search?" + query.replace(" ", "%20"));
      assertEquals(400, response.code());
      JsonNode error = json(response).get("error");
      assertEquals(code, error.get("code").asText());
      assertEquals(message, error.get("message").asText());
      if (position >= 0) {
        assertEquals(position, error.get("position").asInt());
      } else {
        assertTrue(error.get("position") == null, "no position expected: " + error);
      }
    });
  }

  @Test
  void cursorsWalkEveryStoryOnceOverHttp() {
    JavalinTest.test(app(), (server, client) -> {
      java.util.List<String> seen = new java.util.ArrayList<>();
      JsonNode page = json(client.get("/api/search?sort=newest&size=4"));
      page.get("hits").forEach(h -> seen.add(h.get("id").asText()));
      String cursor = page.get("next_cursor").asText();
      page = json(client.get("/api/search?sort=newest&size=4&cursor=" + cursor));
      page.get("hits").forEach(h -> seen.add(h.get("id").asText()));
      assertEquals(java.util.List.of("s6", "s3", "s1", "s2", "s4", "s5"), seen);
      assertEquals(cursor, page.at("/query/cursor").asText());
      assertTrue(page.get("next_cursor").isNull());
      assertEquals(6, page.at("/total/value").asInt());
    });
  }

  @Test
  void tooLongQueryIsRejected() {
    JavalinTest.test(app(), (server, client) -> {
      Response response = client.get("/api/search?q=" + "a".repeat(2001));
      assertEquals(400, response.code());
      assertEquals(
          "q is 2001 characters long; at most 2000 are allowed",
          json(response).at("/error/message").asText());
    });
  }

  @Test
  void storyReturnsBodyAndMentions() {
    JavalinTest.test(app(), (server, client) -> {
      JsonNode story = json(client.get("/api/stories/s1"));
      assertEquals(
          "Protesters stormed the U.S. embassy in Baghdad on Tuesday. Qais al-Khazali, leader of Asaib Ahl al-Haq, "
              + "joined the crowd.\n\nKataib Hezbollah supporters set fire to a reception area.",
          story.get("body").asText());
      assertEquals(JSON.readTree("""
          {"type":"place","value":"baghdad","label":"Baghdad","mentions":[{"start":39,"end":46}],
           "title_mentions":[{"start":16,"end":23}]}"""), story.at("/entities/3"));
      assertEquals("[\"iraq\",\"security\"]", story.get("tags").toString());
      assertEquals("test:s1", story.get("origin").asText());
      assertEquals("test", story.get("format").asText());
    });
  }

  @Test
  void unknownStoryAndUnknownApiRouteAreJson404s() {
    JavalinTest.test(app(), (server, client) -> {
      Response story = client.get("/api/stories/nope");
      assertEquals(404, story.code());
      assertEquals(
          JSON.readTree(
              "{\"error\":{\"code\":\"not_found\",\"message\":\"no story with id nope\"}}"),
          json(story));
      Response route = client.get("/api/nope");
      assertEquals(404, route.code());
      assertEquals(
          JSON.readTree(
              "{\"error\":{\"code\":\"not_found\",\"message\":\"no API route GET /api/nope\"}}"),
          json(route));
    });
  }

  @Test
  void healthNamesTheBuild() {
    JavalinTest.test(app(), (server, client) -> {
      JsonNode health = json(client.get("/api/health"));
      assertEquals("ok", health.get("status").asText());
      assertEquals(6, health.get("stories").asInt());
      assertEquals("2026-01-21T10:15:00Z", health.get("built_at").asText());
      assertTrue(health.get("index").asText().startsWith(dir.resolve("builds").toString()));
    });
  }

  @Test
  void everyResponseCarriesSecurityHeaders() {
    JavalinTest.test(app(), (server, client) -> {
      for (String path :
          new String[] {"/api/search?q=embassy", "/api/stories/nope", "/api/search?page=0", "/"}) {
        Response response = client.get(path);
        MorgueApp.SECURITY_HEADERS.forEach((name, value) -> assertEquals(
            java.util.List.of(value), response.headers().get(name), path + " " + name));
      }
    });
  }

  @Test
  void rootServesThePageFromTheClasspath() throws Exception {
    try (InputStream page = MorgueApp.class.getResourceAsStream("/web/index.html")) {
      assumeTrue(page != null, "the web module's page is not on the classpath yet");
      String expected = new String(page.readAllBytes(), StandardCharsets.UTF_8);
      JavalinTest.test(app(), (server, client) -> {
        Response response = client.get("/");
        assertEquals(200, response.code());
        assertEquals(expected, response.body().string());
      });
    }
  }
}
