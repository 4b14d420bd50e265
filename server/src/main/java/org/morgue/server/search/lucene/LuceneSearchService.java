package org.morgue.server.search.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.morgue.indexer.entity.NameKeys;
import org.morgue.indexer.index.EntityLabels;
import org.morgue.indexer.index.IndexLayout;
import org.morgue.indexer.index.IndexedStory;
import org.morgue.indexer.index.Schema;
import org.morgue.server.search.CopyVersions;
import org.morgue.server.search.EventRef;
import org.morgue.server.search.EventView;
import org.morgue.server.search.FacetValuesRequest;
import org.morgue.server.search.FacetValuesResponse;
import org.morgue.server.search.Health;
import org.morgue.server.search.IndexStats;
import org.morgue.server.search.InvalidRequestException;
import org.morgue.server.search.MatchMode;
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
import org.morgue.server.search.investigate.EntityProfile;
import org.morgue.server.search.investigate.EntityRef;
import org.morgue.server.search.investigate.InvestigationService;
import org.morgue.server.search.investigate.Network;
import org.morgue.server.search.investigate.NetworkRequest;
import org.morgue.server.search.investigate.SearchSummary;
import org.morgue.server.search.investigate.Timeline;
import org.morgue.server.search.investigate.TimelineRequest;
import org.morgue.server.search.investigate.UnknownEntityException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The search API over the build an {@link IndexLayout} publishes. Every few seconds it asks its
 * {@link ArchiveSearcherManager} to refresh, which opens the build {@code current} points to when that
 * changed and swaps it in; the old build closes when its last request releases it. Until a build exists
 * it reports {@code empty} health and answers every search with no hits (queries are still validated).
 */
public final class LuceneSearchService implements SearchService, InvestigationService {

  /** A journalist waits about this long before retyping; a slower query is better answered partially. */
  public static final long DEFAULT_QUERY_TIME_LIMIT_MS = 2_000;
  /**
   * Longest an export may run before it ends with a partial marker. A 1,000,000-row CSV of the 106k-story
   * reuters-news archive takes about 20 s; an export that needs three times that is stuck on an expensive
   * query (26 OR-ed prefixes took 140 s before the expansion bound) and holds a core meanwhile.
   */
  public static final Duration DEFAULT_EXPORT_TIME_LIMIT = Duration.ofSeconds(60);

  private static final Logger LOG = LoggerFactory.getLogger(LuceneSearchService.class);

  private final IndexLayout layout;
  private final Schema schema = new Schema();
  private final ArchiveSearcherManager searchers;
  private final ScheduledExecutorService reopener;
  private final Duration queryTimeLimit;
  private final Duration exportTimeLimit;
  /** Archive-wide facet counts per reader, for lift and name lookups. */
  private final ArchiveCounts archiveCounts = new ArchiveCounts();

  private LuceneSearchService(IndexLayout layout, Duration queryTimeLimit, Duration exportTimeLimit)
      throws IOException {
    this.layout = layout;
    this.queryTimeLimit = queryTimeLimit;
    this.exportTimeLimit = exportTimeLimit;
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
  public static LuceneSearchService open(IndexLayout layout, Duration reopenInterval)
      throws IOException {
    return open(layout, reopenInterval, Duration.ofMillis(DEFAULT_QUERY_TIME_LIMIT_MS));
  }

  /**
   * Opens the current build (if any) and starts watching for new ones.
   *
   * @param queryTimeLimit how long a search may collect before it answers partially
   * @throws IOException when the current build exists but cannot be opened
   */
  public static LuceneSearchService open(
      IndexLayout layout, Duration reopenInterval, Duration queryTimeLimit) throws IOException {
    return open(layout, reopenInterval, queryTimeLimit, DEFAULT_EXPORT_TIME_LIMIT);
  }

  /**
   * Opens the current build (if any) and starts watching for new ones.
   *
   * @param exportTimeLimit how long an export may run before it ends with a partial marker
   * @throws IOException when the current build exists but cannot be opened
   */
  public static LuceneSearchService open(
      IndexLayout layout,
      Duration reopenInterval,
      Duration queryTimeLimit,
      Duration exportTimeLimit)
      throws IOException {
    LuceneSearchService service = new LuceneSearchService(layout, queryTimeLimit, exportTimeLimit);
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
    } catch (BuildVerifier.DamagedBuildException e) {
      LOG.error(
          "{}; refusing it, {}",
          e.getMessage(),
          searchers
              .serving()
              .map(build -> "still serving build " + build)
              .orElse("nothing is served"));
    } catch (IOException | RuntimeException e) {
      // A build deleted or half-readable under us: keep serving the old one, retry on the next
      // tick.
      LOG.warn("cannot open the new build in {}: {}", layout.root(), e.toString());
    }
  }

  @Override
  public SearchResponse search(SearchRequest request) {
    long start = System.nanoTime();
    return withQuery(
        request.q(),
        request.mode(),
        (searcher, text) -> new SearchExecution(schema, searcher, searcher.labels())
            .run(request, text, start, new Deadline(queryTimeLimit)),
        text -> emptyResponse(request, text, start));
  }

  @Override
  public long export(SearchRequest request, long cap, StoryRow.Sink sink) {
    return withQuery(
        request.q(),
        request.mode(),
        (searcher, text) -> new ExportExecution(
                schema, searcher, searcher.labels(), ExportExecution.BATCH)
            .run(request, text.query(), cap, sink, exportTimeLimit),
        text -> {
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
    return withQuery(
        search.q(),
        search.mode(),
        (searcher, text) -> FacetValueSearch.run(
            schema, searcher, searcher.labels(), search, text.query(), request),
        text -> new FacetValuesResponse(request.facet(), request.contains(), 0, 0, List.of()));
  }

  private static SearchResponse emptyResponse(SearchRequest request, ParsedQuery text, long start) {
    Map<String, List<SearchResponse.FacetValue>> facets = new LinkedHashMap<>();
    request
        .filters()
        .forEach((dim, values) -> facets.put(
            dim,
            values.stream()
                .map(v -> new SearchResponse.FacetValue(v, v, 0, true))
                .toList()));
    return new SearchResponse(
        SearchResponse.QueryEcho.of(request, text.query().toString(), text.clauses()),
        new SearchResponse.Total(0, true),
        SearchExecution.elapsedMs(start),
        List.of(),
        facets,
        SearchResponse.Dates.none(0),
        null);
  }

  @Override
  public EventView event(String id) {
    return withSearcher(searcher -> new EventLookup(schema, searcher).view(id, searcher.labels()))
        .orElseThrow(() -> new StoryNotFoundException(id));
  }

  @Override
  public StoryView story(String id) {
    return withSearcher(searcher -> {
          TopDocs top = searcher.search(new TermQuery(new Term(Schema.ID, id)), 1);
          if (top.scoreDocs.length == 0) {
            throw new StoryNotFoundException(id);
          }
          Document doc = searcher.storedFields().document(top.scoreDocs[0].doc);
          return view(
              schema.fromDocument(doc),
              searcher.labels(),
              new EventLookup(schema, searcher).ref(doc));
        })
        .orElseThrow(() -> new StoryNotFoundException(id));
  }

  private static StoryView view(IndexedStory indexed, EntityLabels labels, EventRef event) {
    return StoryView.of(indexed.story(), indexed.entities(), labels::label, event);
  }

  @Override
  public StoryHits storyHits(String id, String q, MatchMode mode) {
    StoryHits.requireQueryLength(q);
    return withQuery(
        q,
        mode,
        (searcher, text) -> {
          TopDocs top = searcher.search(new TermQuery(new Term(Schema.ID, id)), 1);
          if (top.scoreDocs.length == 0) {
            throw new StoryNotFoundException(id);
          }
          if (q.isBlank()) {
            return new StoryHits(id, q, mode.apiName(), List.of(), List.of());
          }
          List<List<StoryView.Mention>> found = new QueryHitFinder(searcher, schema.analyzer())
              .find(text.query(), top.scoreDocs[0].doc);
          return new StoryHits(id, q, mode.apiName(), found.get(0), found.get(1));
        },
        text -> {
          throw new StoryNotFoundException(id);
        });
  }

  @Override
  public SimilarResponse similar(SimilarRequest request) {
    return withSearcher(
            searcher -> new SimilarStories(schema, searcher, searcher.labels()).run(request))
        .orElseThrow(() -> new StoryNotFoundException(request.id()));
  }

  @Override
  public SuggestResponse suggest(SuggestRequest request) {
    String folded = NameKeys.fold(request.prefix());
    return withSearcher(searcher -> new SuggestResponse(
            request.prefix(),
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
    return withSearcher(searcher ->
            searcher.stats().toApi(searcher.info().orElseThrow().builtAt().toString()))
        .orElseGet(IndexStats::none);
  }

  @Override
  public Health health() {
    return withSearcher(searcher -> new Health(
            Health.OK,
            searcher.getIndexReader().numDocs(),
            searcher.build().orElseThrow().toString(),
            searcher.info().orElseThrow().builtAt().toString()))
        .orElseGet(Health::empty);
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

  /**
   * The one place a query is parsed and run: parsed first (a bad one is a 400 before any work), checked
   * against the served build, then given to the work. A query that expands (wildcards, fuzzy terms)
   * beyond Lucene's clause limit while the work runs is a 400 too.
   *
   * @param none the answer when no build is published yet
   */
  private <T> T withQuery(
      String q, MatchMode mode, QueryWork<T> work, Function<ParsedQuery, T> none) {
    ParsedQuery text = ParsedQuery.parse(schema.analyzer(), q, mode);
    try {
      return withSearcher(searcher -> work.apply(searcher, text.requireSupportedBy(searcher)))
          .orElseGet(() -> none.apply(text));
    } catch (IndexSearcher.TooManyClauses e) {
      throw new InvalidRequestException(
          InvalidRequestException.INVALID_QUERY,
          "the query expands to too many terms; make wildcard or fuzzy terms more specific");
    }
  }

  @FunctionalInterface
  private interface QueryWork<T> {
    T apply(ArchiveSearcher searcher, ParsedQuery text) throws IOException;
  }

  // The investigation API: each call parses its query first (a bad one is a 400 before any work),
  // then
  // runs on the served build; with nothing served, every search is empty.

  @Override
  public EntityProfile entity(EntityRef entity) {
    return withSearcher(searcher ->
            new EntityProfiles(schema, searcher, searcher.labels(), archiveCounts).run(entity))
        .orElseThrow(() -> new UnknownEntityException(entity));
  }

  @Override
  public Network network(NetworkRequest request) {
    return withQuery(
        request.search().q(),
        request.search().mode(),
        (searcher, text) ->
            new CooccurrenceNetwork(schema, searcher, searcher.labels()).run(request, text.query()),
        text -> new Network(0, List.of(), List.of()));
  }

  @Override
  public Timeline timeline(TimelineRequest request) {
    return withQuery(
        request.search().q(),
        request.search().mode(),
        (searcher, text) ->
            new EntityTimelines(schema, searcher, searcher.labels()).run(request, text.query()),
        text -> new Timeline(
            SearchResponse.Dates.none(0).interval(),
            List.of(),
            List.of(),
            request.entities().stream()
                .map(e -> new Timeline.Series(e.type(), e.value(), e.value(), 0, List.of()))
                .toList()));
  }

  @Override
  public SearchSummary summary(SearchRequest request, int outlets) {
    return withQuery(
        request.q(),
        request.mode(),
        (searcher, text) -> new QuerySummaries(schema, searcher, searcher.labels())
            .summary(request, text.query(), outlets),
        text -> new SearchSummary(0, null, null, List.of()));
  }

  @Override
  public List<SuggestResponse.EntityName> names(String key) {
    return withSearcher(searcher ->
            new QuerySummaries(schema, searcher, searcher.labels()).names(key, archiveCounts))
        .orElseGet(List::of);
  }

  @Override
  public Set<String> matching(SearchRequest request, Collection<String> ids) {
    return withQuery(
        request.q(),
        request.mode(),
        (searcher, text) -> new QuerySummaries(schema, searcher, searcher.labels())
            .matching(request, text.query(), ids),
        text -> Set.of());
  }

  @Override
  public String storyIds(Consumer<String> sink) {
    return withSearcher(searcher -> {
          if (searcher.build().isEmpty()) {
            return "";
          }
          new QuerySummaries(schema, searcher, searcher.labels()).ids(sink);
          return searcher.build().get().toString();
        })
        .orElse("");
  }

  @Override
  public String servedBuild() {
    return withSearcher(searcher -> searcher.build().map(Path::toString).orElse(""))
        .orElse("");
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
