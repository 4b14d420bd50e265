package org.morgue.server.search.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.morgue.indexer.entity.Entity;
import org.morgue.indexer.entity.NameKeys;
import org.morgue.indexer.entity.Span;
import org.morgue.indexer.index.EntityLabels;
import org.morgue.indexer.index.IndexLayout;
import org.morgue.indexer.index.IndexedStory;
import org.morgue.indexer.index.Schema;
import org.morgue.indexer.story.PubDate;
import org.morgue.indexer.story.Story;
import org.morgue.server.search.CopyVersions;
import org.morgue.server.search.FacetValuesRequest;
import org.morgue.server.search.FacetValuesResponse;
import org.morgue.server.search.Health;
import org.morgue.server.search.IndexStats;
import org.morgue.server.search.InvalidRequestException;
import org.morgue.server.search.SearchRequest;
import org.morgue.server.search.SearchResponse;
import org.morgue.server.search.SearchService;
import org.morgue.server.search.SimilarRequest;
import org.morgue.server.search.SimilarResponse;
import org.morgue.server.search.StoryHits;
import org.morgue.server.search.StoryNotFoundException;
import org.morgue.server.search.StoryRow;
import org.morgue.server.search.StoryView;
import org.morgue.server.search.SuggestRequest;
import org.morgue.server.search.SuggestResponse;
import org.morgue.server.search.WordDiff;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The search API over the build an {@link IndexLayout} publishes. Every few seconds it asks its
 * {@link ArchiveSearcherManager} to refresh, which opens the build {@code current} points to when that
 * changed and swaps it in; the old build closes when its last request releases it. Until a build exists
 * it reports {@code empty} health and answers every search with no hits (queries are still validated).
 */
public final class LuceneSearchService implements SearchService {

  /** A journalist waits about this long before retyping; a slower query is better answered partially. */
  public static final long DEFAULT_QUERY_TIME_LIMIT_MS = 2_000;

  private static final Logger LOG = LoggerFactory.getLogger(LuceneSearchService.class);

  private final IndexLayout layout;
  private final Schema schema = new Schema();
  private final ArchiveSearcherManager searchers;
  private final ScheduledExecutorService reopener;
  private final Duration queryTimeLimit;

  private LuceneSearchService(IndexLayout layout, Duration queryTimeLimit) throws IOException {
    this.layout = layout;
    this.queryTimeLimit = queryTimeLimit;
    this.searchers = new ArchiveSearcherManager(layout, schema.facetsConfig());
    this.reopener = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "morgue-reopen");
      t.setDaemon(true);
      return t;
    });
  }

  /**
   * Opens the current build (if any) and starts watching for new ones.
   *
   * @param reopenInterval how often to look at {@code current}
   * @throws IOException when the current build exists but cannot be opened
   */
  public static LuceneSearchService open(IndexLayout layout, Duration reopenInterval) throws IOException {
    return open(layout, reopenInterval, Duration.ofMillis(DEFAULT_QUERY_TIME_LIMIT_MS));
  }

  /**
   * Opens the current build (if any) and starts watching for new ones.
   *
   * @param queryTimeLimit how long a search may collect before it answers partially
   * @throws IOException when the current build exists but cannot be opened
   */
  public static LuceneSearchService open(IndexLayout layout, Duration reopenInterval, Duration queryTimeLimit)
      throws IOException {
    LuceneSearchService service = new LuceneSearchService(layout, queryTimeLimit);
    long ms = reopenInterval.toMillis();
    service.reopener.scheduleWithFixedDelay(service::checkQuietly, ms, ms, TimeUnit.MILLISECONDS);
    return service;
  }

  /** Swaps in the published build when it differs from the one being served (waits for a running refresh). */
  void checkForNewBuild() throws IOException {
    searchers.maybeRefreshBlocking();
  }

  private void checkQuietly() {
    try {
      searchers.maybeRefresh();
    } catch (IOException | RuntimeException e) {
      // A build deleted or half-readable under us: keep serving the old one, retry on the next tick.
      LOG.warn("cannot open the new build in {}: {}", layout.root(), e.toString());
    }
  }

  @Override
  public SearchResponse search(SearchRequest request) {
    long start = System.nanoTime();
    Query text = new ArchiveQueryParser(schema.analyzer()).parseQuery(request.q());
    return withSearcher(searcher -> {
      try {
        return new SearchExecution(schema, searcher, searcher.labels()).run(request, text, start, new Deadline(queryTimeLimit));
      } catch (IndexSearcher.TooManyClauses e) {
        throw new InvalidRequestException(InvalidRequestException.INVALID_QUERY,
            "the query expands to too many terms; make wildcard or fuzzy terms more specific");
      }
    }).orElseGet(() -> emptyResponse(request, text, start));
  }

  @Override
  public long export(SearchRequest request, long cap, StoryRow.Sink sink) {
    Query text = new ArchiveQueryParser(schema.analyzer()).parseQuery(request.q());
    return withSearcher(searcher -> {
      try {
        return new ExportExecution(schema, searcher, searcher.labels(), ExportExecution.BATCH).run(request, text, cap, sink);
      } catch (IndexSearcher.TooManyClauses e) {
        throw new InvalidRequestException(InvalidRequestException.INVALID_QUERY,
            "the query expands to too many terms; make wildcard or fuzzy terms more specific");
      }
    }).orElseGet(() -> {
      try {
        sink.begin(0, cap);
        return 0L;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  @Override
  public FacetValuesResponse facetValues(SearchRequest search, FacetValuesRequest request) {
    Query text = new ArchiveQueryParser(schema.analyzer()).parseQuery(search.q());
    return withSearcher(searcher -> {
      try {
        return FacetValueSearch.run(schema, searcher, searcher.labels(), search, text, request);
      } catch (IndexSearcher.TooManyClauses e) {
        throw new InvalidRequestException(InvalidRequestException.INVALID_QUERY,
            "the query expands to too many terms; make wildcard or fuzzy terms more specific");
      }
    }).orElseGet(() -> new FacetValuesResponse(request.facet(), request.contains(), 0, 0, List.of()));
  }

  private static SearchResponse emptyResponse(SearchRequest request, Query text, long start) {
    Map<String, List<SearchResponse.FacetValue>> facets = new LinkedHashMap<>();
    request.filters().forEach((dim, values) ->
        facets.put(dim, values.stream().map(v -> new SearchResponse.FacetValue(v, v, 0, true)).toList()));
    return new SearchResponse(SearchResponse.QueryEcho.of(request, text.toString()), new SearchResponse.Total(0, true),
        SearchExecution.elapsedMs(start), List.of(), facets,
        SearchResponse.Dates.none(0), null);
  }

  @Override
  public StoryView story(String id) {
    return withSearcher(searcher -> {
      TopDocs top = searcher.search(new TermQuery(new Term(Schema.ID, id)), 1);
      if (top.scoreDocs.length == 0) {
        throw new StoryNotFoundException(id);
      }
      IndexedStory indexed = schema.fromDocument(searcher.storedFields().document(top.scoreDocs[0].doc));
      return view(indexed, searcher.labels());
    }).orElseThrow(() -> new StoryNotFoundException(id));
  }

  private static StoryView view(IndexedStory indexed, EntityLabels labels) {
    Story s = indexed.story();
    List<StoryView.EntityView> entities = new ArrayList<>();
    for (Entity e : indexed.entities()) {
      String dim = e.type().facetName();
      entities.add(new StoryView.EntityView(dim, e.key(), labels.label(dim, e.key()),
          mentions(e.spans(), false), mentions(e.spans(), true)));
    }
    return new StoryView(s.id(), s.title(), s.body(), s.published().map(PubDate::iso).orElse(null), s.source(),
        s.byline(), s.url(), s.tags(), entities, s.origin(), s.format());
  }

  private static List<StoryView.Mention> mentions(List<Span> spans, boolean inTitle) {
    return spans.stream().filter(sp -> sp.inTitle() == inTitle).map(sp -> new StoryView.Mention(sp.start(), sp.end())).toList();
  }

  @Override
  public StoryHits storyHits(String id, String q) {
    StoryHits.requireQueryLength(q);
    Query text = new ArchiveQueryParser(schema.analyzer()).parseQuery(q);
    return withSearcher(searcher -> {
      TopDocs top = searcher.search(new TermQuery(new Term(Schema.ID, id)), 1);
      if (top.scoreDocs.length == 0) {
        throw new StoryNotFoundException(id);
      }
      if (q.isBlank()) {
        return new StoryHits(id, q, List.of(), List.of());
      }
      List<List<StoryView.Mention>> found = new QueryHitFinder(searcher, schema.analyzer()).find(text, top.scoreDocs[0].doc);
      return new StoryHits(id, q, found.get(0), found.get(1));
    }).orElseThrow(() -> new StoryNotFoundException(id));
  }

  @Override
  public SimilarResponse similar(SimilarRequest request) {
    return withSearcher(searcher -> new SimilarStories(schema, searcher, searcher.labels()).run(request))
        .orElseThrow(() -> new StoryNotFoundException(request.id()));
  }

  @Override
  public SuggestResponse suggest(SuggestRequest request) {
    String folded = NameKeys.fold(request.prefix());
    return withSearcher(searcher -> new SuggestResponse(request.prefix(),
        searcher.entityNames().matching(folded, request.size()),
        new TitleSuggestions(schema, searcher).matching(request.prefix(), request.size())))
        .orElseGet(() -> new SuggestResponse(request.prefix(), List.of(), List.of()));
  }

  @Override
  public CopyVersions versions(String id) {
    return withSearcher(searcher -> new CopyGroupLookup(schema, searcher).versions(id))
        .orElseThrow(() -> new StoryNotFoundException(id));
  }

  @Override
  public WordDiff diff(String id, String other) {
    return withSearcher(searcher -> new CopyGroupLookup(schema, searcher).diff(id, other))
        .orElseThrow(() -> new StoryNotFoundException(id));
  }

  @Override
  public IndexStats stats() {
    return withSearcher(searcher -> searcher.stats().toApi(searcher.info().orElseThrow().builtAt().toString()))
        .orElseGet(IndexStats::none);
  }

  @Override
  public Health health() {
    return withSearcher(searcher -> new Health(Health.OK, searcher.getIndexReader().numDocs(),
        searcher.build().orElseThrow().toString(), searcher.info().orElseThrow().builtAt().toString())).orElseGet(Health::empty);
  }

  /** Runs the work on the served build's searcher, or returns empty when nothing is published yet. */
  private <T> Optional<T> withSearcher(SearcherWork<T> work) {
    try {
      ArchiveSearcher searcher = searchers.acquire();
      try {
        return searcher.build().isEmpty() ? Optional.empty() : Optional.of(work.apply(searcher));
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @FunctionalInterface
  private interface SearcherWork<T> {
    T apply(ArchiveSearcher searcher) throws IOException;
  }

  @Override
  public void close() {
    reopener.shutdownNow();
    try {
      searchers.close();
    } catch (IOException e) {
      LOG.warn("closing the served build failed: {}", e.toString());
    }
  }
}
