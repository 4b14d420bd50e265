package org.morgue.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.morgue.server.testing.ArchiveTest;

/** {@code GET /api/facets/{name}} over real HTTP on the multi-segment test archive. */
class FacetValuesTest extends ArchiveTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        // label or key contains the text, folded: case, accents and punctuation do not matter
        "org?contains=HEZB| org | HEZB | 6 | 1 | "
            + "`{\"value\":\"kataib hezbollah\",\"label\":\"Kata'ib Hezbollah\",\"count\":2,\"selected\":false}`",
        "person?contains=Khaz%C3%A1l%C3%AD| person | Khazálí | 6 | 1 | `{\"value\":\"qais al khazali\",\"label\":\"Qais al-Khazali\",\"count\":3,\"selected\":false}`",
        "person?contains=al-kh| person | al-kh | 6 | 1 | `{\"value\":\"qais al khazali\",\"label\":\"Qais al-Khazali\",\"count\":3,\"selected\":false}`",
        // counted over the current result set
        "person?contains=khazali&q=embassy| person | khazali | 4 | 1 | `{\"value\":\"qais al khazali\",\"label\":\"Qais al-Khazali\",\"count\":2,\"selected\":false}`",
        "person?q=embassy&from=2020| person |  | 2 | 2 | `{\"value\":\"mark esper\",\"label\":\"Mark Esper\",\"count\":1,\"selected\":false},"
            + "{\"value\":\"qais al khazali\",\"label\":\"Qais al-Khazali\",\"count\":1,\"selected\":false}`",
        "tag?contains=zzz| tag | zzz | 6 | 0 | ``",
      })
  void valuesContainingTheTextAreCountedOverTheResultSet(
      String path, String facet, String contains, int stories, int matching, String values) {
    JavalinTest.test(app(), (server, client) -> {
      Response response = client.get("/api/facets/" + path);
      assertEquals(200, response.code());
      assertEquals(
          JSON.readTree("{\"facet\":\"" + facet + "\",\"contains\":\""
              + (contains == null ? "" : contains) + "\",\"stories\":" + stories + ",\"matching\":"
              + matching + ",\"values\":[" + values + "]}"),
          JSON.readTree(response.body().string()));
    });
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        // count, then label (case-insensitive); size cuts the list but matching counts it all
        "source?size=3| 4 | `"
            + "{\"value\":\"AP\",\"label\":\"AP\",\"count\":2,\"selected\":false},"
            + "{\"value\":\"Reuters\",\"label\":\"Reuters\",\"count\":2,\"selected\":false},"
            + "{\"value\":\"Morgue & Co\",\"label\":\"Morgue & Co\",\"count\":1,\"selected\":false}`",
        // the facet's own filter is set aside (drill-sideways) and its value marked selected
        "place?f.place=Basra&size=500| 2 | `{\"value\":\"baghdad\",\"label\":\"Baghdad\",\"count\":3,\"selected\":false},"
            + "{\"value\":\"basra\",\"label\":\"Basra\",\"count\":1,\"selected\":true}`",
      })
  void valuesAreOrderedByCountThenLabelAndSizeCutsThem(String path, int matching, String values) {
    JavalinTest.test(app(), (server, client) -> {
      JsonNode body = JSON.readTree(client.get("/api/facets/" + path).body().string());
      assertEquals(matching, body.get("matching").asInt());
      assertEquals(JSON.readTree("[" + values + "]"), body.get("values"));
    });
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "nope| unknown_facet | unknown facet 'nope'; facets are person, org, place, source, tag",
        "person?size=0| invalid_parameter | size must be between 1 and 1000, was 0",
        "person?size=1001| invalid_parameter | size must be between 1 and 1000, was 1001",
        "person?size=x| invalid_parameter | size must be a whole number, was 'x'",
        "person?contains=a&contains=b| invalid_parameter | contains is given 2 times; give it once",
        "person?q=title:| invalid_query | the query ends unexpectedly",
        "person?f.nope=1| unknown_facet | unknown facet 'nope'; facets are person, org, place, source, tag",
      })
  void badParametersAreJson400s(String path, String code, String message) {
    JavalinTest.test(app(), (server, client) -> {
      Response response = client.get("/api/facets/" + path);
      assertEquals(400, response.code());
      JsonNode error = JSON.readTree(response.body().string()).get("error");
      assertEquals(code, error.get("code").asText());
      assertEquals(message, error.get("message").asText());
    });
  }
}
