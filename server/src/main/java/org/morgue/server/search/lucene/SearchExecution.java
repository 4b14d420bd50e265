package org.morgue.server.search.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongField;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.morgue.indexer.entity.Entity;
import org.morgue.indexer.index.EntityLabels;
import org.morgue.indexer.index.Schema;
import org.morgue.indexer.story.PubDate;
import org.morgue.indexer.story.Story;
import org.morgue.server.search.SearchRequest;
import org.morgue.server.search.SearchResponse;
import org.morgue.server.search.SearchResponse.Hit;
import org.morgue.server.search.SortOrder;
import org.morgue.server.search.UndatedFilter;

/**
 * One search on one searcher: the text query and date range as the base query, facet filters as a
 * drill-down, drill-sideways counting so a filtered dimension still shows its other values, the date
 * histogram beside the hit collector, and highlighting of the page's hits only.
 */
final class SearchExecution {

  private final Schema schema;
  private final ArchiveSearcher searcher;
  private final EntityLabels labels;

  SearchExecution(Schema schema, ArchiveSearcher searcher, EntityLabels labels) {
    this.schema = schema;
    this.searcher = searcher;
    this.labels = labels;
  }

  /** @param deadline stops matching when it passes; the response is then flagged partial */
  SearchResponse run(SearchRequest request, ParsedQuery parsed, long startNanos, Deadline deadline)
      throws IOException {
    Query text = parsed.query();
    Query scored = RecencyBlend.apply(text, request.sort(), searcher.stats());
    DrillDownQuery drillDown = filtered(schema, request, new TimeLimitedQuery(scored, deadline));
    // One hit beyond the page tells whether a next page exists, so the last page has no cursor.
    int depth = request.page() * request.size() + 1;
    TopFieldCollectorManager top = new TopFieldCollectorManager(
        sort(request.sort()),
        depth,
        request.cursor().map(SearchAfter::fieldDoc).orElse(null),
        Integer.MAX_VALUE);
    // Counting copy groups is only needed when they are collapsed: otherwise the total is Lucene's
    // own.
    MultiCollectorManager both = request.collapse()
        ? new MultiCollectorManager(
            top, new DateHistogram(request.interval()), new CopyCollapse.Total())
        : new MultiCollectorManager(top, new DateHistogram(request.interval()));
    Optional<SortedSetDocValuesReaderState> state = searcher.facetState();
    Object[] collected;
    Optional<OrdinalFacetCounts> facets;
    if (state.isPresent()) {
      DrillSideways.ConcurrentDrillSidewaysResult<Object[]> result = new OrdinalDrillSideways(
              searcher,
              schema.facetsConfig(),
              state.get(),
              searcher.facetOrder(),
              searcher.countArrays())
          .search(drillDown, both);
      collected = result.collectorResult;
      facets = Optional.of((OrdinalFacetCounts) result.facets);
    } else {
      collected = searcher.search(drillDown, both);
      facets = Optional.empty();
    }
    TopFieldDocs docs = (TopFieldDocs) collected[0];
    SearchResponse.Dates dates = (SearchResponse.Dates) collected[1];
    ScoreDoc[] ranked =
        request.collapse() ? collapsed(request, drillDown, docs, depth) : docs.scoreDocs;
    List<Hit> hits = hits(request, text, ranked);
    boolean partial = deadline.wasCut();
    String next = ranked.length == depth && !partial
        ? SearchAfter.cursor(request.sort(), (FieldDoc) ranked[depth - 2]).encode()
        : null;
    long total = request.collapse() ? (Long) collected[2] : docs.totalHits.value();
    Map<String, List<SearchResponse.FacetValue>> lists =
        FacetLists.of(facets, state, request.filters(), labels);
    facets.ifPresent(OrdinalFacetCounts::release);
    return new SearchResponse(
        SearchResponse.QueryEcho.of(request, text.toString(), parsed.clauses()),
        new SearchResponse.Total(total, !partial, docs.totalHits.value()),
        elapsedMs(startNanos),
        hits,
        lists,
        dates,
        next,
        partial);
  }

  /**
   * The first {@code depth} hits of the collapsed list: the ranked hits are read deeper (doubling) until
   * enough survive collapsing or the matches run out.
   */
  private ScoreDoc[] collapsed(
      SearchRequest request, DrillDownQuery query, TopFieldDocs first, int depth)
      throws IOException {
    Sort sort = sort(request.sort());
    CopyCollapse collapse = new CopyCollapse(searcher, schema, query, sort);
    TopFieldDocs docs = first;
    int read = depth;
    while (true) {
      List<ScoreDoc> kept = collapse.keep(docs.scoreDocs);
      if (kept.size() >= depth || docs.scoreDocs.length < read) {
        return kept.subList(0, Math.min(depth, kept.size())).toArray(ScoreDoc[]::new);
      }
      read = read * 2;
      docs = searcher.search(
          query,
          new TopFieldCollectorManager(
              sort,
              read,
              request.cursor().map(SearchAfter::fieldDoc).orElse(null),
              Integer.MAX_VALUE));
    }
  }

  /** The text query with the date range, drilled down on every facet filter. */
  static DrillDownQuery filtered(Schema schema, SearchRequest request, Query text) {
    DrillDownQuery drillDown =
        new DrillDownQuery(schema.facetsConfig(), base(schema, text, request));
    request
        .filters()
        .forEach(
            (facet, values) -> values.forEach(value -> drillDown.add(Dimensions.of(facet), value)));
    return drillDown;
  }

  static long elapsedMs(long startNanos) {
    return (System.nanoTime() - startNanos) / 1_000_000;
  }

  /**
   * The text query with the date range, the undated filter and the exclude filters. Excludes belong to the base query,
   * not the drill-down, so every facet count (sideways ones included) leaves the excluded stories out.
   */
  private static Query base(Schema schema, Query text, SearchRequest request) {
    if (request.from().isEmpty()
        && request.to().isEmpty()
        && !request.hasExcludes()
        && request.undated() == UndatedFilter.INCLUDE) {
      return text;
    }
    BooleanQuery.Builder query = new BooleanQuery.Builder().add(text, BooleanClause.Occur.MUST);
    if (request.from().isPresent() || request.to().isPresent()) {
      long lo = request.from().map(b -> Schema.epochDay(b.first())).orElse(Long.MIN_VALUE);
      long hi = request.to().map(b -> Schema.epochDay(b.last())).orElse(Long.MAX_VALUE);
      query.add(LongField.newRangeQuery(Schema.PUBLISHED, lo, hi), BooleanClause.Occur.FILTER);
    }
    // Doc values exist exactly for dated stories, so their presence tells dated from undated.
    switch (request.undated()) {
      case EXCLUDE -> query.add(new FieldExistsQuery(Schema.PUBLISHED), BooleanClause.Occur.FILTER);
      case ONLY -> query.add(new FieldExistsQuery(Schema.PUBLISHED), BooleanClause.Occur.MUST_NOT);
      case INCLUDE -> {}
    }
    request.excludes().forEach((facet, values) -> {
      String dim = Dimensions.of(facet);
      values.forEach(value -> query.add(
          new TermQuery(DrillDownQuery.term(
              schema.facetsConfig().getDimConfig(dim).indexFieldName, dim, value)),
          BooleanClause.Occur.MUST_NOT));
    });
    return query.build();
  }

  static Sort sort(SortOrder order) {
    SortField byId = new SortField(Schema.ID, SortField.Type.STRING);
    return switch (order) {
      case RELEVANCE, RELEVANCE_RECENT -> new Sort(SortField.FIELD_SCORE, byId);
      case NEWEST -> new Sort(byDate(true), byId);
      case OLDEST -> new Sort(byDate(false), byId);
    };
  }

  private static SortField byDate(boolean newestFirst) {
    SortedNumericSortField field =
        new SortedNumericSortField(Schema.PUBLISHED, SortField.Type.LONG, newestFirst);
    // Undated stories go last in both directions: they are neither new nor old.
    field.setMissingValue(newestFirst ? Long.MIN_VALUE : Long.MAX_VALUE);
    return field;
  }

  private List<Hit> hits(SearchRequest request, Query text, ScoreDoc[] scoreDocs)
      throws IOException {
    int from = (request.page() - 1) * request.size();
    int to = Math.min(scoreDocs.length, from + request.size());
    if (from >= to) {
      return List.of();
    }
    int[] docIds = new int[to - from];
    for (int i = from; i < to; i++) {
      docIds[i - from] = scoreDocs[i].doc;
    }
    Document[] stored = SnippetHighlighter.load(searcher, docIds);
    boolean highlight = !request.q().isBlank();
    SnippetHighlighter.Highlights marked = highlight
        ? new SnippetHighlighter(searcher, schema.analyzer()).highlight(text, docIds, stored)
        : new SnippetHighlighter.Highlights(null, null);
    List<Hit> hits = new ArrayList<>(docIds.length);
    EventLookup events = new EventLookup(schema, searcher);
    for (int i = 0; i < docIds.length; i++) {
      Story story = schema.story(stored[i]);
      Float score =
          request.sort().byScore() ? (Float) ((FieldDoc) scoreDocs[from + i]).fields[0] : null;
      hits.add(new Hit(
          story.id(),
          story.title(),
          marked.title(i, story.title()),
          story.published().map(PubDate::iso).orElse(null),
          story.source(),
          story.byline(),
          story.url(),
          score,
          marked.body(i, story.body()),
          labelsOf(schema.entityKeys(stored[i]), labels),
          schema.copyOf(stored[i]).versions(),
          events.ref(stored[i])));
    }
    return hits;
  }

  /** Entity display labels per type, in type order, each label once. */
  static Map<String, List<String>> entityLabels(List<Entity> entities, EntityLabels labels) {
    return labelsOf(
        entities.stream().map(e -> new Schema.EntityKey(e.type(), e.key())).toList(), labels);
  }

  /** Entity display labels per type from the stored keys alone, in type order, each label once. */
  static Map<String, List<String>> labelsOf(List<Schema.EntityKey> entities, EntityLabels labels) {
    return EntityLabelLists.of(entities, labels);
  }
}
