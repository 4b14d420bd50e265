package org.morgue.server.search.lucene;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState.OrdRange;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.morgue.indexer.index.EntityLabels;
import org.morgue.indexer.index.Schema;
import org.morgue.server.search.SearchRequest;
import org.morgue.server.search.SuggestResponse;
import org.morgue.server.search.investigate.EntityRef;
import org.morgue.server.search.investigate.Outlet;
import org.morgue.server.search.investigate.SearchSummary;

/**
 * The cheap per-query answers of batch search and alerts: a search's total, date range and top outlets
 * from one pass over doc values (no hits ranked, no story read, no other facet counted); a name's exact
 * entity values; which of some story ids a search matches; every id of the build.
 */
final class QuerySummaries {

  private final Schema schema;
  private final ArchiveSearcher searcher;
  private final EntityLabels labels;

  QuerySummaries(Schema schema, ArchiveSearcher searcher, EntityLabels labels) {
    this.schema = schema;
    this.searcher = searcher;
    this.labels = labels;
  }

  SearchSummary summary(SearchRequest request, Query text, int outlets) throws IOException {
    FacetsCollector hits = searcher.search(
        SearchExecution.filtered(schema, request, text), new FacetsCollectorManager());
    SortedSetDocValuesReaderState state = searcher.facetState().orElse(null);
    OrdRange sources = state == null ? null : state.getOrdRange(Schema.SOURCE);
    int[] counts = sources == null ? new int[0] : new int[sources.end() - sources.start() + 1];
    long[] days = {Long.MAX_VALUE, Long.MIN_VALUE};
    long total = OrdinalPass.run(state, hits, new OrdinalPass.Dated() {
      @Override
      public void story(int doc, int[] ords, int n) throws IOException {
        long day = day(doc);
        if (day != UNDATED) {
          days[0] = Math.min(days[0], day);
          days[1] = Math.max(days[1], day);
        }
        for (int i = 0; i < n; i++) {
          if (sources != null && ords[i] >= sources.start() && ords[i] <= sources.end()) {
            counts[ords[i] - sources.start()]++;
          }
        }
      }
    });
    List<Outlet> top = new ArrayList<>();
    if (sources != null) {
      OrdinalRanking ranking = new OrdinalRanking(state, searcher.facetOrder(), labels);
      List<Integer> ords = new ArrayList<>();
      for (int i = 0; i < counts.length; i++) {
        if (counts[i] > 0) {
          ords.add(sources.start() + i);
        }
      }
      ords.sort(Comparator.<Integer>comparingInt(ord -> -counts[ord - sources.start()])
          .thenComparingInt(ranking::rank));
      for (int ord : ords.subList(0, Math.min(outlets, ords.size()))) {
        top.add(new Outlet(ranking.value(ord), counts[ord - sources.start()]));
      }
    }
    boolean dated = days[0] != Long.MAX_VALUE;
    return new SearchSummary(
        total,
        dated ? LocalDate.ofEpochDay(days[0]).toString() : null,
        dated ? LocalDate.ofEpochDay(days[1]).toString() : null,
        top);
  }

  /** Entity values with exactly this key, most stories in the archive first, then in type order. */
  List<SuggestResponse.EntityName> names(String key, ArchiveCounts archive) throws IOException {
    if (searcher.facetState().isEmpty()) {
      return List.of();
    }
    SortedSetDocValuesReaderState state = searcher.facetState().get();
    OrdinalRanking ranking = new OrdinalRanking(state, searcher.facetOrder(), labels);
    int[] everywhere = archive.of(searcher, state);
    List<SuggestResponse.EntityName> out = new ArrayList<>();
    for (String type : EntityRef.TYPES) {
      int ord = ranking.ordinal(type, key);
      if (ord >= 0 && everywhere[ord] > 0) {
        out.add(
            new SuggestResponse.EntityName(type, key, ranking.label(type, ord), everywhere[ord]));
      }
    }
    out.sort(Comparator.comparingLong(SuggestResponse.EntityName::count).reversed());
    return out;
  }

  Set<String> matching(SearchRequest request, Query text, Collection<String> ids)
      throws IOException {
    Set<String> found = new LinkedHashSet<>();
    if (ids.isEmpty()) {
      return found;
    }
    Query query = new BooleanQuery.Builder()
        .add(SearchExecution.filtered(schema, request, text), BooleanClause.Occur.MUST)
        .add(
            new TermInSetQuery(Schema.ID, ids.stream().map(BytesRef::new).toList()),
            BooleanClause.Occur.FILTER)
        .build();
    FacetsCollector hits = searcher.search(query, new FacetsCollectorManager());
    for (FacetsCollector.MatchingDocs docs : hits.getMatchingDocs()) {
      if (docs.totalHits() == 0) {
        continue;
      }
      SortedDocValues idValues = DocValues.getSorted(docs.context().reader(), Schema.ID);
      DocIdSetIterator it = docs.bits().iterator();
      for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
        if (idValues.advanceExact(doc)) {
          found.add(idValues.lookupOrd(idValues.ordValue()).utf8ToString());
        }
      }
    }
    return found;
  }

  /** Every live story's id, from the id doc values. */
  void ids(Consumer<String> sink) throws IOException {
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      SortedDocValues idValues = DocValues.getSorted(leaf.reader(), Schema.ID);
      Bits live = leaf.reader().getLiveDocs();
      for (int doc = idValues.nextDoc();
          doc != DocIdSetIterator.NO_MORE_DOCS;
          doc = idValues.nextDoc()) {
        if (live == null || live.get(doc)) {
          sink.accept(idValues.lookupOrd(idValues.ordValue()).utf8ToString());
        }
      }
    }
  }
}
