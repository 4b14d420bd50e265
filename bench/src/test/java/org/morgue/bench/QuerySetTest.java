package org.morgue.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.morgue.indexer.index.Schema;

class QuerySetTest {

  @ParameterizedTest
  @EnumSource(Corpus.class)
  void everyCorpusHasACommittedSetOfAtLeastFiftyQueries(Corpus corpus) {
    QuerySet set = QuerySet.load(corpus.querySet());
    assertTrue(set.queries().size() >= 50, corpus + ": " + set.queries().size());
    assertTrue(set.queries().stream().anyMatch(q -> q.from().isPresent()), "date ranges");
    assertTrue(set.queries().stream().anyMatch(q -> !q.filters().isEmpty()), "facet filters");
    assertTrue(set.queries().stream().anyMatch(q -> q.q().startsWith("\"")), "phrases");
  }

  @Test
  void lineWithOptionsGivesRangeAndFiltersWithPlusAsSpace() {
    QuerySpec spec = QuerySpec.parse(
        "oil AND prices | from=1987-03-01 to=1987-06-30 f.person=james+baker "
            + "f.tag=topic:crude f.tag=place:usa",
        "x.txt:3");
    assertEquals("oil AND prices", spec.q());
    assertEquals(Optional.of(LocalDate.of(1987, 3, 1)), spec.from());
    assertEquals(Optional.of(LocalDate.of(1987, 6, 30)), spec.to());
    assertEquals(
        Map.of(
            Schema.PERSON, List.of("james baker"), Schema.TAG, List.of("topic:crude", "place:usa")),
        spec.filters());
  }

  @Test
  void unknownFacetIsReportedWithFileAndLine() {
    IllegalArgumentException e = assertThrows(
        IllegalArgumentException.class,
        () -> QuerySet.parse("t", List.of("# c", "", "oil | f.colour=red")));
    assertEquals("t.txt:3: unknown facet 'colour'; facets are " + Schema.FACETS, e.getMessage());
  }

  @Test
  void badDayIsReportedWithFileAndLine() {
    IllegalArgumentException e = assertThrows(
        IllegalArgumentException.class,
        () -> QuerySet.parse("t", List.of("oil | from=1987-13-01")));
    assertEquals("t.txt:1: '1987-13-01' is not a yyyy-mm-dd day", e.getMessage());
  }

  @Test
  void solrPeerReceivesTheSameQueryAsJson() {
    QuerySpec spec =
        QuerySpec.parse("\"crude oil\" | to=1987-03-31 f.place=saudi+arabia", "x.txt:1");
    assertEquals(
        "{\"q\":\"\\\"crude oil\\\"\",\"to\":\"1987-03-31\",\"filters\":{\"place\":[\"saudi arabia\"]}}",
        SolrPeer.json(spec));
  }
}
