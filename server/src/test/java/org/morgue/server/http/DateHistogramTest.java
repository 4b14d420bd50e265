package org.morgue.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.morgue.indexer.index.IndexLayout;
import org.morgue.indexer.story.PubDate;
import org.morgue.indexer.story.Story;
import org.morgue.server.ServerConfig;
import org.morgue.server.search.lucene.LuceneSearchService;
import org.morgue.server.testing.ArchiveTest;
import org.morgue.server.testing.TestArchive;

/**
 * {@code interval} and {@code undated} over real HTTP on the test archive: dated stories on 2019-11-15,
 * 2019-12-06, 2019-12-31, 2020-02-03 and 2020-02-20, and one undated story (s5).
 */
class DateHistogramTest extends ArchiveTest {

  private static Javalin app(LuceneSearchService search, Path index) {
    return MorgueApp.create(search, ServerConfig.defaults(index));
  }

  /** {@code key=count} per bucket, in order. */
  private static List<String> buckets(JsonNode body) {
    List<String> out = new ArrayList<>();
    body.at("/dates/buckets")
        .forEach(b -> out.add(b.get("key").asText() + "=" + b.get("count").asLong()));
    return out;
  }

  @Test
  void autoPicksWeeksForThreeMonthsKeyedByTheirMonday() {
    JsonNode body = get("/api/search");
    // 98 days would be too many bars; 15 weeks are not.
    assertEquals("week", body.at("/dates/interval").asText());
    assertEquals(
        List.of(
            "2019-11-11=1",
            "2019-11-18=0",
            "2019-11-25=0",
            "2019-12-02=1",
            "2019-12-09=0",
            "2019-12-16=0",
            "2019-12-23=0",
            "2019-12-30=1",
            "2020-01-06=0",
            "2020-01-13=0",
            "2020-01-20=0",
            "2020-01-27=0",
            "2020-02-03=1",
            "2020-02-10=0",
            "2020-02-17=1"),
        buckets(body));
    assertEquals("2019-11-15", body.at("/dates/min").asText());
    assertEquals("2020-02-20", body.at("/dates/max").asText());
    assertEquals(1, body.at("/dates/undated").asLong());
    assertEquals("auto", body.at("/query/interval").asText());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "interval=year| year| 2019=3 2020=2",
        "interval=month| month| 2019-11=1 2019-12=2 2020-01=0 2020-02=2",
        "interval=month&q=baghdad| month| 2019-12=2 2020-01=0 2020-02=1",
        "q=esper| day| 2020-02-03=1",
        "interval=day&from=2020-02-01| day| 2020-02-03=1 2020-02-04=0 2020-02-05=0 2020-02-06=0 2020-02-07=0 "
            + "2020-02-08=0 2020-02-09=0 2020-02-10=0 2020-02-11=0 2020-02-12=0 2020-02-13=0 2020-02-14=0 2020-02-15=0 "
            + "2020-02-16=0 2020-02-17=0 2020-02-18=0 2020-02-19=0 2020-02-20=1",
      })
  void intervalsBucketTheMatchesWithEmptyBucketsBetween(
      String query, String interval, String expected) {
    JsonNode body = get("/api/search?" + query);
    assertEquals(interval, body.at("/dates/interval").asText());
    assertEquals(List.of(expected.split(" ")), buckets(body));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "undated=include| s6 s3 s1 s2 s4 s5| 1",
        "undated=exclude| s6 s3 s1 s2 s4| 0",
        "undated=only| s5| 1",
        "undated=only&q=baghdad| ''| 0",
      })
  void undatedFiltersTheHits(String query, String ids, long undated) {
    JsonNode body = get("/api/search?sort=newest&" + query);
    List<String> hits = new ArrayList<>();
    body.get("hits").forEach(h -> hits.add(h.get("id").asText()));
    assertEquals(ids.isEmpty() ? List.of() : List.of(ids.split(" ")), hits);
    assertEquals(undated, body.at("/dates/undated").asLong());
  }

  @Test
  void onlyUndatedHasNoBucketsAndNoBounds() throws Exception {
    assertEquals(JSON.readTree("""
        {"interval":"month","buckets":[],"undated":1,"min":null,"max":null}"""), get("/api/search?undated=only").get("dates"));
  }

  @Test
  void exportHonoursUndated() {
    JavalinTest.test(app(), (server, client) -> {
      String lines = client.get("/api/export?format=csv&undated=only").body().string();
      assertEquals(2, lines.lines().count());
      assertEquals("s5,", lines.lines().toList().get(1).substring(0, 3));
    });
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "interval=hour| interval must be one of auto, year, month, week, day, was 'hour'",
        "interval=month&interval=year| interval is given 2 times; give it once",
        "undated=no| undated must be one of include, exclude, only, was 'no'",
        "undated=only&from=2019| undated=only cannot be combined with from or to, which match dated stories only",
      })
  void badParametersAre400s(String query, String message) throws Exception {
    JavalinTest.test(app(), (server, client) -> {
      Response response = client.get("/api/search?" + query);
      assertEquals(400, response.code());
      assertEquals(
          JSON.readTree("{\"error\":{\"code\":\"invalid_parameter\",\"message\":"
              + JSON.writeValueAsString(message) + "}}"),
          JSON.readTree(response.body().string()));
    });
  }

  @Test
  void tooManyDayBucketsIsA400NotAMegabyteOfZeros(@TempDir Path wide) throws Exception {
    TestArchive.build(
        wide,
        List.of(story("old", PubDate.day(1987, 2, 26)), story("new", PubDate.day(2020, 2, 3))));
    try (LuceneSearchService search =
        LuceneSearchService.open(new IndexLayout(wide), Duration.ofMinutes(10))) {
      JavalinTest.test(app(search, wide), (server, client) -> {
        Response day = client.get("/api/search?interval=day");
        assertEquals(400, day.code());
        assertEquals(
            "interval=day gives 12031 buckets for 1987-02-26 to 2020-02-03; at most 3660 are drawn: "
                + "choose a wider interval, auto, or narrow from and to",
            JSON.readTree(day.body().string()).at("/error/message").asText());
        JsonNode auto = JSON.readTree(client.get("/api/search").body().string());
        // 34 years exceed 60 months: auto falls back to years
        assertEquals("year", auto.at("/dates/interval").asText());
        assertEquals(34, auto.at("/dates/buckets").size());
      });
    }
  }

  @Test
  void datesSpanningCenturiesAreCountedAsExactlyAsAYearOfThem(@TempDir Path centuries)
      throws Exception {
    // 1700 to 2020 is more days than a segment counts in an array: the map fallback must agree.
    TestArchive.build(
        centuries,
        List.of(
            story("a", PubDate.day(1700, 1, 1)),
            story("b", PubDate.day(1700, 1, 1)),
            story("c", PubDate.day(1700, 12, 31)),
            story("d", PubDate.day(2020, 2, 3))));
    try (LuceneSearchService search =
        LuceneSearchService.open(new IndexLayout(centuries), Duration.ofMinutes(10))) {
      JavalinTest.test(app(search, centuries), (server, client) -> {
        JsonNode body =
            JSON.readTree(client.get("/api/search?interval=year").body().string());
        List<String> years = buckets(body);
        assertEquals(321, years.size());
        assertEquals("1700=3", years.get(0));
        assertEquals("1701=0", years.get(1));
        assertEquals("2020=1", years.get(320));
        assertEquals("1700-01-01", body.at("/dates/min").asText());
        JsonNode month = JSON.readTree(
            client.get("/api/search?interval=month&to=1700").body().string());
        assertEquals(
            List.of(
                "1700-01=2",
                "1700-02=0",
                "1700-03=0",
                "1700-04=0",
                "1700-05=0",
                "1700-06=0",
                "1700-07=0",
                "1700-08=0",
                "1700-09=0",
                "1700-10=0",
                "1700-11=0",
                "1700-12=1"),
            buckets(month));
      });
    }
  }

  private static Story story(String id, PubDate date) {
    return new Story(
        id,
        "Title " + id,
        "Body of " + id + ".",
        Optional.of(date),
        "AP",
        "Staff",
        "https://example.org/" + id,
        List.of(),
        Map.of(),
        "test:" + id,
        "test");
  }
}
