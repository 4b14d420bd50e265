package org.morgue.server.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.morgue.indexer.index.IndexLayout;
import org.morgue.indexer.index.Schema;
import org.morgue.server.search.SearchResponse.Bucket;
import org.morgue.server.search.SearchResponse.FacetValue;
import org.morgue.server.search.SearchResponse.Hit;
import org.morgue.server.testing.ArchiveTest;

/** The search API on a real multi-segment index built by the production indexer. */
class LuceneSearchServiceTest extends ArchiveTest {

  static SearchRequest request(
      String q, Map<String, List<String>> filters, String from, String to, SortOrder sort) {
    return SearchRequest.builder()
        .q(q)
        .filters(filters)
        .from(Optional.ofNullable(from).map(f -> DateBound.parse("from", f)))
        .to(Optional.ofNullable(to).map(t -> DateBound.parse("to", t)))
        .sort(sort)
        .build();
  }

  static List<String> ids(SearchResponse r) {
    return r.hits().stream().map(Hit::id).toList();
  }

  @Test
  void relevanceRanksTitleMatchesFirstAndCountsAllMatches() {
    SearchResponse r =
        service.search(request("embassy", Map.of(), null, null, SortOrder.RELEVANCE));
    assertEquals(List.of("s6", "s1", "s3", "s5"), ids(r));
    assertEquals(new SearchResponse.Total(4, true), r.total());
    assertEquals("(title:embassy)^2.0 (body:embassy)^1.0", r.query().parsed());
  }

  @Test
  void dateSortsBreakTiesByIdAndPutUndatedLast() {
    assertEquals(
        List.of("s6", "s3", "s1", "s2", "s4", "s5"),
        ids(service.search(SearchRequest.all(SortOrder.NEWEST))));
    assertEquals(
        List.of("s4", "s2", "s1", "s3", "s6", "s5"),
        ids(service.search(SearchRequest.all(SortOrder.OLDEST))));
    // an empty query scores every story alike: relevance order is then id order
    assertEquals(
        List.of("s1", "s2", "s3", "s4", "s5", "s6"),
        ids(service.search(SearchRequest.all(SortOrder.RELEVANCE))));
  }

  @Test
  void pagesSliceTheSortedHits() {
    SearchRequest page2 =
        SearchRequest.builder().sort(SortOrder.NEWEST).page(2).size(4).build();
    SearchResponse r = service.search(page2);
    assertEquals(List.of("s4", "s5"), ids(r));
    assertEquals(6, r.total().value());
  }

  @Test
  void facetsCountValuesOrderedByCountThenLabel() {
    SearchResponse r = service.search(SearchRequest.all(SortOrder.NEWEST));
    assertEquals(
        List.of(
            new FacetValue("qais al khazali", "Qais al-Khazali", 3, false),
            new FacetValue("mark esper", "Mark Esper", 1, false)),
        r.facets().get(Schema.PERSON));
    assertEquals(
        List.of(
            new FacetValue("asaib ahl al haq", "Asaib Ahl al-Haq", 2, false),
            new FacetValue("kataib hezbollah", "Kata'ib Hezbollah", 2, false)),
        r.facets().get(Schema.ORG));
    assertEquals(
        List.of(
            new FacetValue("AP", "AP", 2, false),
            new FacetValue("Reuters", "Reuters", 2, false),
            new FacetValue("Morgue & Co", "Morgue & Co", 1, false),
            new FacetValue("Wikinews", "Wikinews", 1, false)),
        r.facets().get(Schema.SOURCE));
    assertEquals(
        List.of(Schema.PERSON, Schema.ORG, Schema.PLACE, Schema.SOURCE, Schema.TAG),
        List.copyOf(r.facets().keySet()));
  }

  @Test
  void drillDownOnSourceKeepsSidewaysCountsForSource() {
    SearchResponse r = service.search(
        request("", Map.of(Schema.SOURCE, List.of("AP")), null, null, SortOrder.NEWEST));
    assertEquals(List.of("s6", "s2"), ids(r));
    // source ignores its own filter: the other outlets stay selectable
    assertEquals(
        List.of(
            new FacetValue("AP", "AP", 2, true),
            new FacetValue("Reuters", "Reuters", 2, false),
            new FacetValue("Morgue & Co", "Morgue & Co", 1, false),
            new FacetValue("Wikinews", "Wikinews", 1, false)),
        r.facets().get(Schema.SOURCE));
    // other dimensions count only the AP stories
    assertEquals(
        List.of(new FacetValue("baghdad", "Baghdad", 2, false)), r.facets().get(Schema.PLACE));
    assertEquals(List.of(new FacetValue("iraq", "iraq", 2, false)), r.facets().get(Schema.TAG));
  }

  @Test
  void valuesOfOneFacetAreOredAndFacetsAreAnded() {
    SearchResponse or = service.search(request(
        "", Map.of(Schema.SOURCE, List.of("AP", "Wikinews")), null, null, SortOrder.NEWEST));
    assertEquals(List.of("s6", "s2", "s4"), ids(or));
    SearchResponse and = service.search(request(
        "",
        Map.of(Schema.SOURCE, List.of("AP", "Wikinews"), Schema.PERSON, List.of("Qais Al-Khazali")),
        null,
        null,
        SortOrder.NEWEST));
    assertEquals(List.of("s2"), ids(and));
    assertEquals(List.of("qais al khazali"), and.query().filters().get(Schema.PERSON));
    // person counts ignore the person filter but apply the source filter
    assertEquals(
        List.of(new FacetValue("qais al khazali", "Qais al-Khazali", 1, true)),
        and.facets().get(Schema.PERSON));
    // source counts ignore the source filter but apply the person filter (s1, s2, s3)
    assertEquals(
        List.of(
            new FacetValue("Reuters", "Reuters", 2, false),
            new FacetValue("AP", "AP", 1, true),
            new FacetValue("Wikinews", "Wikinews", 0, true)),
        and.facets().get(Schema.SOURCE));
  }

  @Test
  void selectedValueThatNoLongerMatchesIsListedAtZero() {
    SearchResponse r = service.search(request(
        "basra", Map.of(Schema.PERSON, List.of("mark esper")), null, null, SortOrder.RELEVANCE));
    assertEquals(0, r.total().value());
    assertEquals(
        List.of(new FacetValue("mark esper", "Mark Esper", 0, true)),
        r.facets().get(Schema.PERSON));
  }

  @Test
  void monthHistogramListsEmptyMonthsAndUndated() {
    SearchResponse r = service.search(SearchRequest.builder()
        .sort(SortOrder.NEWEST)
        .interval(DateInterval.MONTH)
        .build());
    assertEquals(
        List.of(
            new Bucket("2019-11", 1),
            new Bucket("2019-12", 2),
            new Bucket("2020-01", 0),
            new Bucket("2020-02", 2)),
        r.dates().buckets());
    assertEquals(1, r.dates().undated());
    assertEquals("month", r.dates().interval());
    assertEquals("2019-11-15", r.dates().min());
    assertEquals("2020-02-20", r.dates().max());
  }

  @Test
  void dateRangeIsInclusiveAtItsPrecisionAndExcludesUndated() {
    SearchResponse r =
        service.search(request("", Map.of(), "2019-12", "2019-12", SortOrder.OLDEST));
    assertEquals(List.of("s2", "s1"), ids(r));
    // auto: 26 days from the first to the last match fit in day buckets
    assertEquals("day", r.dates().interval());
    assertEquals(26, r.dates().buckets().size());
    assertEquals(new Bucket("2019-12-06", 1), r.dates().buckets().get(0));
    assertEquals(new Bucket("2019-12-31", 1), r.dates().buckets().get(25));
    assertEquals(2, r.dates().buckets().stream().mapToLong(Bucket::count).sum());
    assertEquals(0, r.dates().undated());
    assertEquals(
        List.of("s4", "s2"),
        ids(service.search(request("", Map.of(), "2019", "2019-12-30", SortOrder.OLDEST))));
    assertEquals(
        List.of("s3", "s6"),
        ids(service.search(request("", Map.of(), "2020-01-01", null, SortOrder.OLDEST))));
  }

  @Test
  void snippetsMarkMatchesAndEscapeStoredText() {
    SearchResponse r =
        service.search(request("embassy", Map.of(), null, null, SortOrder.RELEVANCE));
    Hit s1 = r.hits().get(1);
    assertEquals("U.S. <mark>embassy</mark> in Baghdad attacked", s1.titleHl());
    assertEquals(
        List.of(
            "Protesters stormed the U.S. <mark>embassy</mark> in Baghdad on Tuesday. Qais al-Khazali, leader of Asaib Ahl al-Haq, joined the crowd."),
        s1.snippets());
    assertEquals("<mark>Embassies</mark> reopen in Baghdad", r.hits().get(0).titleHl());
    Hit s5 = r.hits().get(3);
    assertEquals("s5", s5.id());
    assertEquals("Tom &amp; Jerry &lt;script&gt;alert(1)&lt;/script&gt;", s5.titleHl());
    assertEquals(
        List.of("A note on &lt;b&gt;markup&lt;/b&gt; &amp; the <mark>embassy</mark> archive."),
        s5.snippets());
    assertNull(s5.published());
  }

  @Test
  void emptyQueryShowsTheOpeningOfTheBodyEscaped() {
    SearchResponse r = service.search(
        request("", Map.of(Schema.TAG, List.of("notes")), null, null, SortOrder.NEWEST));
    Hit s5 = r.hits().get(0);
    assertEquals("Tom &amp; Jerry &lt;script&gt;alert(1)&lt;/script&gt;", s5.titleHl());
    assertEquals(
        List.of("A note on &lt;b&gt;markup&lt;/b&gt; &amp; the embassy archive."), s5.snippets());
  }

  @Test
  void hitsCarryEntityLabels() {
    Hit s3 = service
        .search(request("esper", Map.of(), null, null, SortOrder.RELEVANCE))
        .hits()
        .get(0);
    assertEquals(
        Map.of(
            Schema.PERSON,
            List.of("Mark Esper", "Qais al-Khazali"),
            Schema.ORG,
            List.of("Kata'ib Hezbollah"),
            Schema.PLACE,
            List.of()),
        s3.entities());
  }

  @Test
  void fieldScopesPhrasesWildcardsAndFuzzyTermsWork() {
    assertEquals(
        List.of("s2", "s1", "s3"),
        ids(service.search(
            request("person:\"qais al-khazali\"", Map.of(), null, null, SortOrder.OLDEST))));
    assertEquals(
        List.of("s6"),
        ids(service.search(
            request("embass* AND consular", Map.of(), null, null, SortOrder.RELEVANCE))));
    assertEquals(
        List.of("s3"),
        ids(service.search(
            request("source:reuters AND NOT baghdad", Map.of(), null, null, SortOrder.OLDEST))));
    assertEquals(
        List.of("s4"),
        ids(service.search(request("basrah~1", Map.of(), null, null, SortOrder.RELEVANCE))));
    // the phrase is stemmed like the text: "embassies in" matches "embassy in"
    assertEquals(
        List.of("s1", "s3", "s6"),
        ids(service.search(
            request("\"embassy in\" OR title:esper", Map.of(), null, null, SortOrder.OLDEST))));
  }

  @Test
  void unknownFieldScopeIsRejectedWithItsPosition() {
    InvalidRequestException e = assertThrows(
        InvalidRequestException.class,
        () -> service.search(
            request("embassy AND foo:bar", Map.of(), null, null, SortOrder.RELEVANCE)));
    assertEquals(InvalidRequestException.INVALID_QUERY, e.code());
    assertEquals(12, e.position().getAsInt());
  }

  @Test
  void storyHasBodyTagsAndMentionOffsets() {
    StoryView s1 = service.story("s1");
    assertEquals("U.S. embassy in Baghdad attacked", s1.title());
    assertEquals(List.of("iraq", "security"), s1.tags());
    StoryView.EntityView qais = s1.entities().get(0);
    assertEquals(
        new StoryView.EntityView(
            "person",
            "qais al khazali",
            "Qais al-Khazali",
            List.of(new StoryView.Mention(59, 74)),
            List.of()),
        qais);
    assertEquals("Qais al-Khazali", s1.body().substring(59, 74));
    StoryView.EntityView baghdad = s1.entities().get(3);
    assertEquals(List.of(new StoryView.Mention(16, 23)), baghdad.titleMentions());
    assertEquals("Baghdad", s1.title().substring(16, 23));
    assertEquals(
        "no story with id nope",
        assertThrows(StoryNotFoundException.class, () -> service.story("nope")).getMessage());
  }

  @Test
  void healthReportsTheServedBuild() {
    Health h = service.health();
    assertEquals(Health.OK, h.status());
    assertEquals(6, h.stories());
    assertEquals("2026-01-21T10:15:00Z", h.builtAt());
    assertTrue(h.index().startsWith(dir.resolve(IndexLayout.BUILDS).toString()), h.index());
  }
}
