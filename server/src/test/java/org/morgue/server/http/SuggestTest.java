package org.morgue.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.morgue.server.testing.ArchiveTest;

/** {@code GET /api/suggest} over real HTTP on the multi-segment test archive: exact bodies. */
class SuggestTest extends ArchiveTest {

  private static final String S1 =
      "{\"id\":\"s1\",\"title\":\"U.S. embassy in Baghdad attacked\",\"published\":\"2019-12-31\"}";
  private static final String S3 =
      "{\"id\":\"s3\",\"title\":\"Esper blames Kata'ib Hezbollah for embassy attack\","
          + "\"published\":\"2020-02-03\"}";
  private static final String S4 =
      "{\"id\":\"s4\",\"title\":\"Quiet month in Basra\",\"published\":\"2019-11-15\"}";
  private static final String S5 =
      "{\"id\":\"s5\",\"title\":\"Tom & Jerry <script>alert(1)</script>\",\"published\":null}";
  private static final String S6 =
      "{\"id\":\"s6\",\"title\":\"Embassies reopen in Baghdad\",\"published\":\"2020-02-20\"}";
  private static final String BAGHDAD =
      "{\"type\":\"place\",\"value\":\"baghdad\",\"label\":\"Baghdad\",\"count\":3}";
  private static final String BASRA =
      "{\"type\":\"place\",\"value\":\"basra\",\"label\":\"Basra\",\"count\":1}";
  private static final String QAIS =
      "{\"type\":\"person\",\"value\":\"qais al khazali\",\"label\":\"Qais al-Khazali\",\"count\":3}";
  private static final String ASAIB =
      "{\"type\":\"org\",\"value\":\"asaib ahl al haq\",\"label\":\"Asaib Ahl al-Haq\",\"count\":2}";
  private static final String KATAIB =
      "{\"type\":\"org\",\"value\":\"kataib hezbollah\",\"label\":\"Kata'ib Hezbollah\",\"count\":2}";

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        // equal title matches: newest first
        "prefix=ba| ba| " + BAGHDAD + "," + BASRA + "| " + S6 + "," + S1 + "," + S4,
        "prefix=ba&size=1| ba| " + BAGHDAD + "| " + S6,
        // accents and case do not matter
        "prefix=B%C3%81GH| BÁGH| " + BAGHDAD + "| " + S6 + "," + S1,
        // any word of a name: Khazali, al-Haq
        "prefix=khaz| khaz| " + QAIS + "| ",
        // "al" also starts "alert" in s5's title (escaping is the page's job; the API gives text)
        "prefix=al| al| " + QAIS + "," + ASAIB + "| " + S5,
        "prefix=qais%20al-| qais al-| " + QAIS + "| ",
        "prefix=kata'i| kata'i| " + KATAIB + "| " + S3,
        // the word being typed matches a stemmed title word as a prefix of it
        "prefix=embass| embass| | " + S6 + "," + S3 + "," + S1,
        // a complete word (a space typed after it) matches its stem only
        "prefix=reopen%20| `reopen `| | " + S6,
        "prefix=zzz| zzz| | ",
      })
  void suggestsEntityNamesByStoryCountAndTitlesByMatch(
      String query, String prefix, String entities, String titles) {
    String expected = "{\"prefix\":\"" + prefix + "\",\"entities\":[" + nz(entities)
        + "],\"titles\":[" + nz(titles) + "]}";
    assertEquals(expected, get("/api/suggest?" + query).toString());
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "``| prefix is required and must not be blank",
        "prefix=%20%20| prefix is required and must not be blank",
        "prefix=a&size=0| size must be between 1 and 20, was 0",
        "prefix=a&size=21| size must be between 1 and 20, was 21",
        "prefix=a&size=many| size must be a whole number, was 'many'",
        "prefix=a&prefix=b| prefix is given 2 times; give it once",
      })
  void badParametersAre400sNamingTheProblem(String query, String message) {
    JavalinTest.test(app(), (server, client) -> {
      Response response = client.get("/api/suggest?" + query);
      assertEquals(400, response.code());
      assertEquals(
          "{\"error\":{\"code\":\"invalid_parameter\",\"message\":\"" + message + "\"}}",
          response.body().string());
    });
  }

  @org.junit.jupiter.api.Test
  void aPrefixLongerThanAnyNameIsRefused() {
    JavalinTest.test(app(), (server, client) -> {
      Response response = client.get("/api/suggest?prefix=" + "a".repeat(101));
      assertEquals(400, response.code());
      assertEquals(
          "{\"error\":{\"code\":\"invalid_parameter\",\"message\":"
              + "\"prefix is 101 characters long; at most 100 are allowed\"}}",
          response.body().string());
    });
  }

  private static String nz(String csvCell) {
    return csvCell == null ? "" : csvCell;
  }
}
