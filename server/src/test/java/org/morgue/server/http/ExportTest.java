package org.morgue.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.morgue.server.ServerConfig;
import org.morgue.server.search.SearchRequest;
import org.morgue.server.search.SortOrder;
import org.morgue.server.search.StoryRow;
import org.morgue.server.testing.ArchiveTest;

/** {@code GET /api/export} over real HTTP on the multi-segment test archive. */
class ExportTest extends ArchiveTest {

  private static String header(Response response, String name) {
    List<String> values = response.headers().get(name);
    return values == null || values.isEmpty() ? null : String.join(",", values);
  }

  @Test
  void csvExportsEveryMatchInOrderWithEntityLabels() {
    JavalinTest.test(app(), (server, client) -> {
      // page and size are ignored: an export is every match
      Response response = client.get("/api/export?format=csv&sort=newest&size=1&page=3");
      assertEquals(200, response.code());
      assertEquals("text/csv; charset=utf-8", header(response, "Content-Type"));
      assertEquals(
          "attachment; filename=\"morgue-export.csv\"", header(response, "Content-Disposition"));
      assertEquals("6", header(response, "X-Morgue-Total"));
      assertEquals("1000000", header(response, "X-Morgue-Export-Cap"));
      assertEquals("false", header(response, "X-Morgue-Truncated"));
      // snippets are plain text: the opening of the body when there is no query, markup left as
      // text
      assertEquals("""
          id,title,published,source,byline,url,person,org,place,snippet\r
          s6,Embassies reopen in Baghdad,2020-02-20,AP,Staff,https://example.org/s6,,,Baghdad,\
          Several embassies in Baghdad reopened their consular sections.\r
          s3,Esper blames Kata'ib Hezbollah for embassy attack,2020-02-03,Reuters,Staff,https://example.org/s3,\
          Mark Esper; Qais al-Khazali,Kata'ib Hezbollah,,Defense Secretary Mark Esper said Kata'ib Hezbollah was \
          behind the attack on the embassy. He did not mention Qais al-Khazali.\r
          s1,U.S. embassy in Baghdad attacked,2019-12-31,Reuters,Staff,https://example.org/s1,Qais al-Khazali,\
          Asaib Ahl al-Haq; Kata'ib Hezbollah,Baghdad,"Protesters stormed the U.S. embassy in Baghdad on Tuesday. \
          Qais al-Khazali, leader of Asaib Ahl al-Haq, joined the crowd. Kataib Hezbollah supporters set fire to a \
          reception area."\r
          s2,Militia leader sanctioned,2019-12-06,AP,Staff,https://example.org/s2,Qais al-Khazali,Asaib Ahl al-Haq,\
          Baghdad,The Treasury sanctioned Qais al-Khazali on Friday. Officials in Baghdad said the move targets \
          Asaib Ahl al-Haq.\r
          s4,Quiet month in Basra,2019-11-15,Wikinews,Staff,https://example.org/s4,,,Basra,\
          Markets in Basra reopened after weeks of protests.\r
          s5,Tom & Jerry <script>alert(1)</script>,,Morgue & Co,Staff,https://example.org/s5,,,,\
          A note on <b>markup</b> & the embassy archive.\r
          """, response.body().string());
    });
  }

  @Test
  void jsonlExportsOneObjectPerLineAndHonoursQueryAndFilters() {
    JavalinTest.test(app(), (server, client) -> {
      Response response = client.get("/api/export?format=jsonl&q=embassy&f.source=Reuters");
      assertEquals(200, response.code());
      assertEquals("application/x-ndjson; charset=utf-8", header(response, "Content-Type"));
      assertEquals(
          "attachment; filename=\"morgue-export.jsonl\"", header(response, "Content-Disposition"));
      assertEquals("""
          {"id":"s1","title":"U.S. embassy in Baghdad attacked","published":"2019-12-31","source":"Reuters",\
          "byline":"Staff","url":"https://example.org/s1","entities":{"person":["Qais al-Khazali"],\
          "org":["Asaib Ahl al-Haq","Kata'ib Hezbollah"],"place":["Baghdad"]},"snippet":"Protesters stormed the \
          U.S. embassy in Baghdad on Tuesday. Qais al-Khazali, leader of Asaib Ahl al-Haq, joined the crowd."}
          {"id":"s3","title":"Esper blames Kata'ib Hezbollah for embassy attack","published":"2020-02-03",\
          "source":"Reuters","byline":"Staff","url":"https://example.org/s3","entities":{"person":["Mark Esper",\
          "Qais al-Khazali"],"org":["Kata'ib Hezbollah"],"place":[]},"snippet":"Defense Secretary Mark Esper said \
          Kata'ib Hezbollah was behind the attack on the embassy. He did not mention Qais al-Khazali."}
          """, response.body().string());
    });
  }

  @Test
  void anEmptyResultIsAHeaderOnlyCsvAndAnEmptyJsonl() {
    JavalinTest.test(app(), (server, client) -> {
      assertEquals(
          "id,title,published,source,byline,url,person,org,place,snippet\r\n",
          client.get("/api/export?format=csv&q=nothingmatchesthis").body().string());
      Response jsonl = client.get("/api/export?format=jsonl&from=1990&to=1991");
      assertEquals(200, jsonl.code());
      assertEquals("", jsonl.body().string());
    });
  }

  @Test
  void badParametersAreJson400sWithoutDownloadHeaders() {
    JavalinTest.test(app(), (server, client) -> {
      for (String[] c : new String[][] {
        {"format=xml", "invalid_parameter", "format must be one of csv, jsonl, was 'xml'"},
        {"", "invalid_parameter", "format must be one of csv, jsonl, was ''"},
        {"format=csv&format=jsonl", "invalid_parameter", "format is given 2 times; give it once"},
        {"format=csv&q=%22open", "invalid_query", "unbalanced quote: a \" is not closed"},
        {
          "format=jsonl&f.nope=x",
          "unknown_facet",
          "unknown facet 'nope'; facets are person, org, place, source, tag"
        }
      }) {
        Response response = client.get("/api/export?" + c[0]);
        assertEquals(400, response.code(), c[0]);
        assertEquals(
            c[1], JSON.readTree(response.body().string()).at("/error/code").asText(), c[0]);
        assertNull(header(response, "Content-Disposition"), c[0]);
      }
      Response response = client.get("/api/export?format=xml");
      assertEquals(
          "format must be one of csv, jsonl, was 'xml'",
          JSON.readTree(response.body().string()).at("/error/message").asText());
    });
  }

  @Test
  void aCappedExportSaysSoInItsHeadersAndWritesTheFirstRows() {
    ServerConfig capped = ServerConfig.defaults(dir).withPort(0).withExportCap(2);
    JavalinTest.test(MorgueApp.create(service, capped), (server, client) -> {
      Response response = client.get("/api/export?format=jsonl&sort=oldest");
      assertEquals(200, response.code());
      assertEquals("2", header(response, "X-Morgue-Export-Cap"));
      assertEquals("6", header(response, "X-Morgue-Total"));
      assertEquals("true", header(response, "X-Morgue-Truncated"));
      assertEquals(
          List.of("s4", "s2"),
          response
              .body()
              .string()
              .lines()
              .map(line -> line.substring("{\"id\":\"".length(), line.indexOf("\",\"title\"")))
              .toList());
      Response exact = client.get("/api/export?format=csv&q=embassy&f.source=Reuters");
      assertEquals("2", header(exact, "X-Morgue-Total"));
      assertEquals("false", header(exact, "X-Morgue-Truncated"));
    });
  }

  @Test
  void theJavaApiStreamsRowsInTheRequestedOrder() {
    List<String> ids = new ArrayList<>();
    long written =
        service.export(SearchRequest.all(SortOrder.OLDEST), (StoryRow row) -> ids.add(row.id()));
    assertEquals(List.of("s4", "s2", "s1", "s3", "s6", "s5"), ids);
    assertEquals(6, written);
  }
}
