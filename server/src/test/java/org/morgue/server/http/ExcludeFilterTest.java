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

/** {@code nf.<facet>} exclude filters over real HTTP on the multi-segment test archive. */
class ExcludeFilterTest extends ArchiveTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "nf.place=Baghdad| s3 s4 s5",
        // OR within the excluded values: neither AP nor Reuters
        "nf.source=AP&nf.source=Reuters| s4 s5",
        // entity values are folded like f.<facet>: any spelling excludes the same person
        "nf.person=QAIS%20Al-Khazali| s6 s4 s5",
        "f.place=baghdad&nf.source=AP| s1",
        "nf.tag=iraq&nf.tag=notes&q=embassy| s3",
      })
  void excludedValuesLeaveTheirStoriesOut(String query, String expected) {
    JavalinTest.test(app(), (server, client) -> {
      JsonNode body =
          JSON.readTree(client.get("/api/search?sort=newest&" + query).body().string());
      assertEquals(List.of(expected.split(" ")), ids(body));
      assertEquals(expected.split(" ").length, body.at("/total/value").asInt());
    });
  }

  @Test
  void excludesAreEchoedAndCountedOutOfEveryFacet() {
    JavalinTest.test(app(), (server, client) -> {
      JsonNode body = JSON.readTree(client
          .get("/api/search?f.place=baghdad&nf.source=AP&nf.person=Qais%20al-Khazali")
          .body()
          .string());
      assertEquals(
          JSON.readTree(
              "{\"person\":[\"qais al khazali\"],\"org\":[],\"place\":[],\"source\":[\"AP\"],\"tag\":[]}"),
          body.at("/query/exclude"));
      assertEquals(0, body.at("/total/value").asInt());
      // place is counted sideways, but still without AP stories and stories naming Qais al-Khazali
      assertEquals(
          JSON.readTree("[{\"value\":\"basra\",\"label\":\"Basra\",\"count\":1,\"selected\":false},"
              + "{\"value\":\"baghdad\",\"label\":\"Baghdad\",\"count\":0,\"selected\":true}]"),
          body.at("/facets/place"));
    });
  }

  @Test
  void facetValueSearchAndExportHonourExcludes() {
    JavalinTest.test(app(), (server, client) -> {
      JsonNode facets =
          JSON.readTree(client.get("/api/facets/source?nf.source=AP").body().string());
      assertEquals(4, facets.get("stories").asInt());
      assertEquals(
          JSON.readTree(
              "[{\"value\":\"Reuters\",\"label\":\"Reuters\",\"count\":2,\"selected\":false},"
                  + "{\"value\":\"Morgue & Co\",\"label\":\"Morgue & Co\",\"count\":1,\"selected\":false},"
                  + "{\"value\":\"Wikinews\",\"label\":\"Wikinews\",\"count\":1,\"selected\":false}]"),
          facets.get("values"));
      String jsonl = client
          .get("/api/export?format=jsonl&sort=oldest&nf.tag=iraq&nf.tag=usa")
          .body()
          .string();
      assertEquals(
          List.of("s4", "s5"),
          jsonl
              .lines()
              .map(line -> {
                try {
                  return JSON.readTree(line).get("id").asText();
                } catch (Exception e) {
                  throw new AssertionError(line, e);
                }
              })
              .toList());
    });
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "nf.nope=x| unknown_facet | unknown facet 'nope'; facets are person, org, place, source, tag",
        "nf.tag=| invalid_parameter | nf.tag must not be empty",
      })
  void badExcludesAreJson400s(String query, String code, String message) {
    JavalinTest.test(app(), (server, client) -> {
      Response response = client.get("/api/search?" + query);
      assertEquals(400, response.code());
      JsonNode error = JSON.readTree(response.body().string()).get("error");
      assertEquals(code, error.get("code").asText());
      assertEquals(message, error.get("message").asText());
    });
  }
}
