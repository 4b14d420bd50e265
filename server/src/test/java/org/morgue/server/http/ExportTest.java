package org.morgue.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
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
      assertEquals("attachment; filename=\"morgue-export.csv\"", header(response, "Content-Disposition"));
      assertEquals("""
          id,title,published,source,byline,url,person,org,place\r
          s6,Embassies reopen in Baghdad,2020-02-20,AP,Staff,https://example.org/s6,,,Baghdad\r
          s3,Esper blames Kata'ib Hezbollah for embassy attack,2020-02-03,Reuters,Staff,https://example.org/s3,\
          Mark Esper; Qais al-Khazali,Kata'ib Hezbollah,\r
          s1,U.S. embassy in Baghdad attacked,2019-12-31,Reuters,Staff,https://example.org/s1,Qais al-Khazali,\
          Asaib Ahl al-Haq; Kata'ib Hezbollah,Baghdad\r
          s2,Militia leader sanctioned,2019-12-06,AP,Staff,https://example.org/s2,Qais al-Khazali,Asaib Ahl al-Haq,Baghdad\r
          s4,Quiet month in Basra,2019-11-15,Wikinews,Staff,https://example.org/s4,,,Basra\r
          s5,Tom & Jerry <script>alert(1)</script>,,Morgue & Co,Staff,https://example.org/s5,,,\r
          """, response.body().string());
    });
  }

  @Test
  void jsonlExportsOneObjectPerLineAndHonoursQueryAndFilters() {
    JavalinTest.test(app(), (server, client) -> {
      Response response = client.get("/api/export?format=jsonl&q=embassy&f.source=Reuters");
      assertEquals(200, response.code());
      assertEquals("application/x-ndjson; charset=utf-8", header(response, "Content-Type"));
      assertEquals("attachment; filename=\"morgue-export.jsonl\"", header(response, "Content-Disposition"));
      assertEquals("""
          {"id":"s1","title":"U.S. embassy in Baghdad attacked","published":"2019-12-31","source":"Reuters",\
          "byline":"Staff","url":"https://example.org/s1","entities":{"person":["Qais al-Khazali"],\
          "org":["Asaib Ahl al-Haq","Kata'ib Hezbollah"],"place":["Baghdad"]}}
          {"id":"s3","title":"Esper blames Kata'ib Hezbollah for embassy attack","published":"2020-02-03",\
          "source":"Reuters","byline":"Staff","url":"https://example.org/s3","entities":{"person":["Mark Esper",\
          "Qais al-Khazali"],"org":["Kata'ib Hezbollah"],"place":[]}}
          """, response.body().string());
    });
  }

  @Test
  void anEmptyResultIsAHeaderOnlyCsvAndAnEmptyJsonl() {
    JavalinTest.test(app(), (server, client) -> {
      assertEquals("id,title,published,source,byline,url,person,org,place\r\n",
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
          {"format=jsonl&f.nope=x", "unknown_facet", "unknown facet 'nope'; facets are person, org, place, source, tag"}}) {
        Response response = client.get("/api/export?" + c[0]);
        assertEquals(400, response.code(), c[0]);
        assertEquals(c[1], JSON.readTree(response.body().string()).at("/error/code").asText(), c[0]);
        assertNull(header(response, "Content-Disposition"), c[0]);
      }
      Response response = client.get("/api/export?format=xml");
      assertEquals("format must be one of csv, jsonl, was 'xml'",
          JSON.readTree(response.body().string()).at("/error/message").asText());
    });
  }

  @Test
  void theJavaApiStreamsRowsInTheRequestedOrder() {
    List<String> ids = new ArrayList<>();
    long written = service.export(SearchRequest.all(SortOrder.OLDEST), (StoryRow row) -> ids.add(row.id()));
    assertEquals(List.of("s4", "s2", "s1", "s3", "s6", "s5"), ids);
    assertEquals(6, written);
  }
}
