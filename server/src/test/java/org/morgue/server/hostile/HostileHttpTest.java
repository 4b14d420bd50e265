package org.morgue.server.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.testtools.JavalinTest;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.morgue.server.testing.ArchiveTest;

/**
 * The API and the page under hostile requests, sent byte for byte over a socket: traversal in static
 * paths and story ids, encoded NULs, bad UTF-8, huge and pathological queries, deep paging. Each gets
 * a 4xx (or a correct 200) with a JSON body, never a 500; a generous timeout guards against hangs.
 */
class HostileHttpTest extends ArchiveTest {

  private static final Duration HANG_GUARD = Duration.ofSeconds(30);
  private static final String BAD_PATH =
      "bad request: the path has a '..' segment, an encoded NUL, separator"
          + " or dot segment, or invalid percent-encoding";

  private RawHttp.Reply send(String target) {
    RawHttp.Reply[] reply = new RawHttp.Reply[1];
    assertTimeoutPreemptively(
        HANG_GUARD,
        () -> JavalinTest.test(
            app(), (server, client) -> reply[0] = RawHttp.get(server.port(), target)));
    return reply[0];
  }

  private static void assertJsonError(RawHttp.Reply reply, int status, String code, String message)
      throws Exception {
    assertEquals(status, reply.status(), reply.body());
    assertTrue(reply.isJson(), reply.head());
    assertTrue(reply.head().contains("X-Content-Type-Options: nosniff"), reply.head());
    JsonNode error = JSON.readTree(reply.body()).get("error");
    assertEquals(code, error.get("code").asText());
    assertEquals(message, error.get("message").asText());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "/../../etc/passwd                     | 400 | http_400  | " + BAD_PATH,
        "/%2e%2e/%2e%2e/etc/passwd             | 400 | http_400  | " + BAD_PATH,
        "/index.html%00.js                     | 400 | http_400  | " + BAD_PATH,
        "/api/stories/s1%00                    | 400 | http_400  | " + BAD_PATH,
        "/api/stories/%00                      | 400 | http_400  | " + BAD_PATH,
        "/api/stories/%ED%A0%80                | 400 | http_400  | bad utf-8 encoding",
        "/..%2f..%2fetc%2fpasswd               | 404 | not_found | no page file at /..%2f..%2fetc%2fpasswd",
        "/%2e%2e%5c%2e%2e%5cetc%5cpasswd       | 404 | not_found | no page file at /%2e%2e%5c%2e%2e%5cetc%5cpasswd",
        "/api/stories/..%2f..%2fetc%2fpasswd   | 404 | not_found | no story with id ../../etc/passwd",
        "/api/stories/..%2fs1                  | 404 | not_found | no story with id ../s1",
        "/api/facets/..%2f                     | 400 | unknown_facet | unknown facet '../'; facets are person, org, place, source, tag",
      })
  void traversalAndEncodedNulAreJsonErrors(String target, int status, String code, String message)
      throws Exception {
    assertJsonError(send(target), status, code, message);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "q=/%5Ba-z%5D%7B1,1000%7D.*%5B0-9%5D%7B1,1000%7D/ | invalid_query | the regular expression /[a-z]{1,1000}.*[0-9]{1,1000}/ is too expensive: it needs about 2001 automaton states, at most 256 are allowed (words are at most 255 characters; use smaller repeat counts)",
        "page=100000000            | invalid_parameter | page 100000000 of size 10 reaches beyond result 10000; narrow the search instead",
        "page=2147483647&size=100  | invalid_parameter | page 2147483647 of size 100 reaches beyond result 10000; narrow the search instead",
        "page=-1                   | invalid_parameter | page must be at least 1, was -1",
        "size=99999999999          | invalid_parameter | size must be a whole number, was '99999999999'",
        "cursor=%00%00             | invalid_parameter | cursor is not a cursor this server made",
        "from=%00                  | invalid_parameter | from must be a date as YYYY, YYYY-MM or YYYY-MM-DD, was '\u0000'",
        "q=embassy%5E1000000000000000000000000000000000000000000 | invalid_query | cannot parse the query: boost must be a positive float, got Infinity",
        "q=*embassy                | invalid_query     | a term cannot start with * or ? ('*embassy'): it would scan every word in the archive",
      })
  void pathologicalSearchParametersAre400s(String params, String code, String message)
      throws Exception {
    assertJsonError(send("/api/search?" + params), 400, code, message);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "/(.*a)%7B30%7D/        | 0 | /(.*a){30}/",
        "e*b*a*s*s*y*           | 4 | e*b*a*s*s*y*",
        "embassy~2              | 4 | embassy~2",
        "%22embassy+baghdad%22~1000000 | 2 | \"embassy baghdad\"~1000000",
        "%ED%A0%80              | 0 | \uFFFD",
        "%D7%A9%D7%9C%D7%95%D7%9D | 0 | \u05E9\u05DC\u05D5\u05DD",
        "e%CC%81%CC%81%CC%81    | 0 | e\u0301\u0301\u0301",
        "%F0%9F%98%80           | 0 | \uD83D\uDE00",
        "%E2%80%AEembassy       | 4 | \u202Eembassy",
      })
  void pathologicalButValidQueriesAnswer(String q, int total, String echoed) throws Exception {
    RawHttp.Reply reply = send("/api/search?q=" + q);
    assertEquals(200, reply.status(), reply.body());
    JsonNode body = JSON.readTree(reply.body());
    assertEquals(echoed, body.at("/query/q").asText());
    assertEquals(total, body.at("/total/value").asInt());
  }

  @ParameterizedTest(name = "{0} characters")
  @CsvSource({"2001", "8000"})
  void queryOverTheLengthLimitIsA400(int length) throws Exception {
    assertJsonError(
        send("/api/search?q=" + "a".repeat(length)),
        400,
        "invalid_parameter",
        "q is " + length + " characters long; at most 2000 are allowed");
  }

  @ParameterizedTest(name = "{0} characters")
  @CsvSource({"100000", "1000000"})
  void uriBeyondJettysLimitIsAJson414(int length) throws Exception {
    assertJsonError(send("/api/search?q=" + "x".repeat(length)), 414, "http_414", "uri too long");
  }

  @ParameterizedTest(name = "depth {0}")
  @CsvSource({"996"})
  void deeplyNestedQueryWithinTheLengthLimitAnswers(int depth) throws Exception {
    RawHttp.Reply reply =
        send("/api/search?q=" + "(".repeat(depth) + "embassy" + ")".repeat(depth));
    assertEquals(200, reply.status(), reply.body());
    assertEquals(4, JSON.readTree(reply.body()).at("/total/value").asInt());
  }
}
