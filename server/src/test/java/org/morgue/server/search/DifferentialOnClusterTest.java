package org.morgue.server.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.morgue.indexer.index.IndexLayout;
import org.morgue.server.search.lucene.LuceneSearchService;
import org.morgue.server.testing.TestArchive;
import org.morgue.server.testing.TestCluster;

/**
 * The differential check: a few hundred generated requests (terms, phrases with slop, prefixes, fuzzy
 * terms, Boolean operators, field scopes, filters, excludes, date ranges, undated modes, every sort,
 * collapse on and off) sent to both backends over the same build, compared on a canonical form: hit ids
 * in order, scores to six digits, totals, every facet value with its count and selection, the date
 * buckets, whether a next page exists, and the error message and position for the requests that fail.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DifferentialOnClusterTest {

  private static final String[] TEXT = {
    "embassy",
    "baghdad",
    "qais",
    "khazali",
    "hezbollah",
    "protests",
    "markets",
    "\"embassy in baghdad\"",
    "\"embassy attack\"~3",
    "emb*",
    "embasy~1",
    "person:\"qais al khazali\"",
    "org:hezbollah",
    "source:ap",
    "tag:iraq",
    "title:embassy",
    "body:reopened",
    "embass?",
    "NOT basra",
    "kataib OR basra",
    "\"open",
    "*mbassy",
    "byline:staff",
    "(embassy OR militia) AND baghdad",
    ""
  };
  private static final String[][] VALUES = {
    {"person", "Qais al-Khazali"},
    {"org", "kataib hezbollah"},
    {"place", "baghdad"},
    {"source", "AP"},
    {"source", "Reuters"},
    {"tag", "iraq"},
    {"tag", "security"}
  };
  private static final String[] DATES = {null, "2019-12", "2019-12-31", "2020", "2019-11-15"};
  static final int REQUESTS = 500;

  SearchService lucene;
  SearchService cluster;

  @BeforeAll
  void open(@TempDir Path dir) throws Exception {
    TestArchive.build(dir, TestArchive.STORIES);
    // A generous time limit: a loaded machine must not turn an answer partial on one side only.
    lucene = LuceneSearchService.open(
        new IndexLayout(dir), Duration.ofMinutes(10), Duration.ofMinutes(1));
    cluster = TestCluster.load(dir, getClass(), 0);
  }

  @AfterAll
  void close() {
    if (lucene != null) {
      lucene.close();
    }
    if (cluster != null) {
      cluster.close();
    }
  }

  @Test
  void generatedRequestsGetTheSameAnswersFromBothBackends() {
    Random random = new Random(17);
    int compared = 0;
    for (int i = 0; i < REQUESTS; i++) {
      String q = TEXT[random.nextInt(TEXT.length)];
      if (random.nextInt(4) == 0) {
        q = q + " " + TEXT[random.nextInt(TEXT.length)];
      }
      Map<String, List<String>> filters = new LinkedHashMap<>();
      Map<String, List<String>> excludes = new LinkedHashMap<>();
      for (int f = random.nextInt(3); f > 0; f--) {
        String[] v = VALUES[random.nextInt(VALUES.length)];
        (random.nextInt(3) == 0 ? excludes : filters)
            .computeIfAbsent(v[0], k -> new ArrayList<>())
            .add(v[1]);
      }
      String from = DATES[random.nextInt(DATES.length)];
      String to = random.nextBoolean() ? null : DATES[random.nextInt(DATES.length)];
      SortOrder sort = SortOrder.values()[random.nextInt(SortOrder.values().length)];
      UndatedFilter undated = UndatedFilter.values()[random.nextInt(UndatedFilter.values().length)];
      int size = 1 + random.nextInt(4);
      String canonicalLucene;
      String canonicalCluster;
      try {
        SearchRequest request = SearchRequest.builder()
            .q(q)
            .filters(filters)
            .from(Optional.ofNullable(from).map(b -> DateBound.parse("from", b)))
            .to(Optional.ofNullable(to).map(b -> DateBound.parse("to", b)))
            .sort(sort)
            .page(1 + random.nextInt(2))
            .size(size)
            .excludes(excludes)
            .undated(undated)
            .collapse(random.nextBoolean())
            .build();
        canonicalLucene = canonical(() -> lucene.search(request));
        canonicalCluster = canonical(() -> cluster.search(request));
      } catch (InvalidRequestException e) {
        continue; // the request itself is invalid (e.g. from after to): the same on both, nothing
        // sent
      }
      assertEquals(
          canonicalLucene,
          canonicalCluster,
          "request " + i + ": q=" + q + " filters=" + filters + " excludes=" + excludes + " from="
              + from + " to=" + to + " sort=" + sort + " undated=" + undated);
      compared++;
    }
    // About 300 of the 500 are valid requests (the rest are refused before any search, e.g. from
    // after to).
    assertEquals(true, compared >= 250, "requests compared: " + compared);
  }

  private static String canonical(java.util.function.Supplier<SearchResponse> search) {
    try {
      SearchResponse r = search.get();
      StringBuilder out = new StringBuilder();
      out.append("total=")
          .append(r.total())
          .append(" next=")
          .append(r.nextCursor() != null)
          .append('\n');
      r.hits()
          .forEach(h -> out.append(h.id())
              .append(' ')
              .append(
                  h.score() == null ? "-" : String.format(java.util.Locale.ROOT, "%.6g", h.score()))
              .append(' ')
              .append(h.versions())
              .append(' ')
              .append(h.entities())
              .append('\n'));
      out.append(r.facets())
          .append('\n')
          .append(r.dates())
          .append('\n')
          .append(r.query().parsed());
      return out.toString();
    } catch (InvalidRequestException e) {
      return "error " + e.code() + " " + e.getMessage() + " at " + e.position();
    }
  }
}
