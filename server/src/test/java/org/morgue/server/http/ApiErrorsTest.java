package org.morgue.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.morgue.server.testing.ArchiveTest;

/**
 * Every endpoint's error paths not pinned elsewhere, with the exact status and body: one row per bad
 * parameter. The search parameters are shared by search, export and facet value search, so each of
 * those is checked to refuse them the same way.
 */
class ApiErrorsTest extends ArchiveTest {

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        // search
        "/api/search?nf.nope=x| 400| unknown_facet| unknown facet 'nope'; facets are person, org, place, source, tag",
        "/api/search?nf.org=| 400| invalid_parameter| nf.org must not be empty",
        "/api/search?from=2019&from=2020| 400| invalid_parameter| from is given 2 times; give it once",
        "/api/search?from=yesterday| 400| invalid_parameter| from must be a date as YYYY, YYYY-MM or YYYY-MM-DD, was 'yesterday'",
        "/api/search?to=2020-1| 400| invalid_parameter| to must be a date as YYYY, YYYY-MM or YYYY-MM-DD, was '2020-1'",
        "/api/search?sort=newest&sort=oldest| 400| invalid_parameter| sort is given 2 times; give it once",
        "/api/search?sort=| 400| invalid_parameter| sort must be one of relevance, newest, oldest, relevance_recent, was ''",
        "/api/search?size=ten| 400| invalid_parameter| size must be a whole number, was 'ten'",
        "/api/search?size=101| 400| invalid_parameter| size must be between 1 and 100, was 101",
        "/api/search?page=-1| 400| invalid_parameter| page must be at least 1, was -1",
        "/api/search?interval=fortnight| 400| invalid_parameter| interval must be one of auto, year, month, week, day, was 'fortnight'",
        "/api/search?undated=maybe| 400| invalid_parameter| undated must be one of include, exclude, only, was 'maybe'",
        "/api/search?undated=only&to=2020| 400| invalid_parameter| undated=only cannot be combined with from or to, which match dated stories only",
        // export refuses the search parameters the same way, before any download header
        "/api/export?format=csv&from=2019-13| 400| invalid_parameter| from must be a date as YYYY, YYYY-MM or YYYY-MM-DD, was '2019-13'",
        "/api/export?format=csv&sort=worst| 400| invalid_parameter| sort must be one of relevance, newest, oldest, relevance_recent, was 'worst'",
        "/api/export?format=jsonl&undated=only&from=2019| 400| invalid_parameter| undated=only cannot be combined with from or to, which match dated stories only",
        "/api/export?format=csv&nf.nope=1| 400| unknown_facet| unknown facet 'nope'; facets are person, org, place, source, tag",
        "/api/export?format=csv&interval=hour| 400| invalid_parameter| interval must be one of auto, year, month, week, day, was 'hour'",
        "/api/export?format=csv&cursor=garbage| 400| invalid_parameter| cursor is not a cursor this server made",
        "/api/export?format=CSV| 400| invalid_parameter| format must be one of csv, jsonl, was 'CSV'",
        // facet value search
        "/api/facets/person?from=2020&to=2019| 400| invalid_parameter| from (2020) is after to (2019)",
        "/api/facets/tag?nf.tag=| 400| invalid_parameter| nf.tag must not be empty",
        "/api/facets/person?undated=sometimes| 400| invalid_parameter| undated must be one of include, exclude, only, was 'sometimes'",
        "/api/facets/Person| 400| unknown_facet| unknown facet 'Person'; facets are person, org, place, source, tag",
        // stories, similar, routes
        "/api/stories/nope| 404| not_found| no story with id nope",
        "/api/stories/s1/similar?size=1&size=2| 400| invalid_parameter| size is given 2 times; give it once",
        "/api/stories/nope/similar| 404| not_found| no story with id nope",
        "/api/nothing| 404| not_found| no API route GET /api/nothing",
        "/api/suggest?prefix=ab&size=| 400| invalid_parameter| size must be a whole number, was ''",
      })
  void badInputIsAnExactJsonError(String path, int status, String code, String message) {
    JavalinTest.test(app(), (server, client) -> {
      Response response = client.get(path);
      assertEquals(status, response.code(), path);
      assertEquals(
          "{\"error\":{\"code\":\"" + code + "\",\"message\":" + JSON.writeValueAsString(message)
              + "}}",
          response.body().string(),
          path);
    });
  }

  @org.junit.jupiter.api.Test
  void overlongTextParametersAreRefusedWithTheirLength() {
    JavalinTest.test(app(), (server, client) -> {
      assertEquals(
          "{\"error\":{\"code\":\"invalid_parameter\",\"message\":\"q is 2001 characters long; at most 2000 are allowed\"}}",
          client.get("/api/search?q=" + "a".repeat(2001)).body().string());
      assertEquals(
          "{\"error\":{\"code\":\"invalid_parameter\",\"message\":\"q is 2001 characters long; at most 2000 are allowed\"}}",
          client.get("/api/export?format=csv&q=" + "a".repeat(2001)).body().string());
      assertEquals(
          "{\"error\":{\"code\":\"invalid_parameter\",\"message\":\"contains is 201 characters long; at most 200 are allowed\"}}",
          client.get("/api/facets/org?contains=" + "b".repeat(201)).body().string());
      // query errors carry the 0-based position of the problem in q
      assertEquals(
          "{\"error\":{\"code\":\"invalid_query\",\"message\":\"unbalanced quote: a \\\" is not closed\",\"position\":6}}",
          client.get("/api/facets/person?q=title:%22x").body().string());
    });
  }
}
