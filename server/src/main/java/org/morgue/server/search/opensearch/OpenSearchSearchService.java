package org.morgue.server.search.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.lucene.search.Query;
import org.morgue.indexer.index.Schema;
import org.morgue.indexer.index.StoryJson;
import org.morgue.indexer.opensearch.ClusterLoader;
import org.morgue.indexer.opensearch.OpenSearchClient;
import org.morgue.indexer.story.PubDate;
import org.morgue.indexer.story.Story;
import org.morgue.server.search.CopyVersions;
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
import org.morgue.server.search.SearchUnavailableException;
import org.morgue.server.search.SimilarRequest;
import org.morgue.server.search.SimilarResponse;
import org.morgue.server.search.StoryHits;
import org.morgue.server.search.StoryNotFoundException;
import org.morgue.server.search.StoryRow;
import org.morgue.server.search.StoryView;
import org.morgue.server.search.SuggestRequest;
import org.morgue.server.search.SuggestResponse;
import org.morgue.server.search.WordDiff;
import org.morgue.server.search.lucene.ArchiveQueryParser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The search API on the index an OpenSearch alias points to. Every few seconds it reads the alias's
 * meta document; when it names a new stamped index, that index (with its labels and stats) is switched
 * in, and every request searches the concrete index it started with. A cluster that is down or red
 * answers {@link SearchUnavailableException}; until the alias exists, health is {@code empty} and
 * searches have no hits (queries are still validated).
 */
public final class OpenSearchSearchService implements SearchService {

  private static final Logger LOG = LoggerFactory.getLogger(OpenSearchSearchService.class);

  private final Cluster cluster;
  private final String alias;
  private final Duration timeLimit;
  private final Schema schema = new Schema();
  private final AtomicReference<ServedIndex> current = new AtomicReference<>();
  private final ScheduledExecutorService poller;

  private OpenSearchSearchService(OpenSearchClient client, String alias, Duration timeLimit) {
    this.cluster = new Cluster(client);
    this.alias = alias;
    this.timeLimit = timeLimit;
    this.poller = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "morgue-alias-poll");
      t.setDaemon(true);
      return t;
    });
  }

  /**
   * Reads the alias (a cluster that is down now is retried on every poll) and starts polling it.
   *
   * @param pollInterval how often to look at the alias
   * @param timeLimit how long a search may run in the cluster before it answers partially
   */
  public static OpenSearchSearchService open(
      OpenSearchClient client, String alias, Duration pollInterval, Duration timeLimit) {
    OpenSearchSearchService service = new OpenSearchSearchService(client, alias, timeLimit);
    service.pollQuietly();
    long ms = pollInterval.toMillis();
    service.poller.scheduleWithFixedDelay(service::pollQuietly, ms, ms, TimeUnit.MILLISECONDS);
    return service;
  }

  /** Switches in the index the alias now names, if it changed. */
  void poll() {
    ServedIndex serving = current.get();
    JsonNode meta = cluster.call(() -> cluster
        .client()
        .get("/" + ClusterLoader.metaAlias(alias) + "/_doc/" + ClusterLoader.META_ID
            + "?_source_includes=" + ClusterLoader.META_INDEX));
    if (meta.path("found").asBoolean()
        && serving != null
        && serving
            .index()
            .equals(meta.path("_source").path(ClusterLoader.META_INDEX).asText())) {
      return;
    }
    ServedIndex fresh = cluster.call(() -> ServedIndex.read(cluster.client(), alias));
    if (fresh != null) {
      current.set(fresh);
      LOG.info(
          "serving {} ({} stories, built {}) through alias {}",
          fresh.index(),
          fresh.stories(),
          fresh.builtAt(),
          alias);
    }
  }

  private void pollQuietly() {
    try {
      poll();
    } catch (RuntimeException e) {
      // The cluster is down or the alias half-made: keep serving what we had, look again next time.
      LOG.warn("cannot read alias {}: {}", alias, e.getMessage());
    }
  }

  /** A query text parsed by the one validator, with its clauses for the response's echo. */
  private record Parsed(Query query, List<SearchResponse.Clause> clauses, boolean exact) {

    /**
     * The query, refused when it needs the exact fields and the served index (a build made without
     * them) has none: it would silently find nothing. Nothing served: nothing to refuse.
     */
    Query on(ServedIndex served) {
      if (exact && served != null && !served.exact()) {
        throw new InvalidRequestException(
            InvalidRequestException.INVALID_QUERY, MatchMode.NO_EXACT_FIELDS);
      }
      return query;
    }
  }

  /** Parses in a match mode; exact clauses search the {@code title.exact}/{@code body.exact} sub-fields. */
  private Parsed parse(String q, MatchMode mode) {
    ArchiveQueryParser parser = new ArchiveQueryParser(schema.analyzer(), mode);
    Query query = parser.parseQuery(q);
    return new Parsed(query, parser.clauses(), parser.usesExact());
  }

  /** The served index, or null when the alias has none yet; a cluster never reached is unavailable. */
  private ServedIndex served() {
    ServedIndex served = current.get();
    if (served == null) {
      pollQuietly();
      served = current.get();
    }
    return served;
  }

  @Override
  public SearchResponse search(SearchRequest request) {
    long start = System.nanoTime();
    Parsed parsed = parse(request.q(), request.mode());
    ServedIndex served = requireCluster(served());
    Query text = parsed.on(served);
    if (served == null) {
      Map<String, List<SearchResponse.FacetValue>> facets = new LinkedHashMap<>();
      request
          .filters()
          .forEach((dim, values) -> facets.put(
              dim,
              values.stream()
                  .map(v -> new SearchResponse.FacetValue(v, v, 0, true))
                  .toList()));
      return new SearchResponse(
          SearchResponse.QueryEcho.of(request, text.toString(), parsed.clauses()),
          new SearchResponse.Total(0, true, 0),
          (System.nanoTime() - start) / 1_000_000,
          List.of(),
          facets,
          SearchResponse.Dates.none(0),
          null);
    }
    return new ClusterSearch(cluster, served, timeLimit)
        .run(request, text, parsed.clauses(), start);
  }

  /** Null (nothing served) is only believable from a cluster that answers: otherwise this is unavailable. */
  private ServedIndex requireCluster(ServedIndex served) {
    if (served == null) {
      cluster.call(() -> cluster.client().get("/_cluster/health?timeout=5s"));
    }
    return served;
  }

  @Override
  public long export(SearchRequest request, long cap, StoryRow.Sink sink) {
    Parsed parsed = parse(request.q(), request.mode());
    ServedIndex served = requireCluster(served());
    Query text = parsed.on(served);
    return new ClusterExport(cluster, served, text, request).run(cap, sink);
  }

  @Override
  public FacetValuesResponse facetValues(SearchRequest search, FacetValuesRequest request) {
    Parsed parsed = parse(search.q(), search.mode());
    ServedIndex served = requireCluster(served());
    Query text = parsed.on(served);
    if (served == null) {
      return new FacetValuesResponse(request.facet(), request.contains(), 0, 0, List.of());
    }
    ObjectNode base = SearchBody.base(SearchBody.scored(text, search.sort(), served), search);
    ObjectNode body = SearchBody.object();
    body.set("query", base);
    body.put("size", 0);
    body.put("track_total_hits", true);
    ObjectNode aggs = body.putObject("aggs");
    aggs.putObject("all").set("filter", SearchBody.filters(search, null));
    ObjectNode sideways = aggs.putObject("f");
    sideways.set("filter", SearchBody.filters(search, request.facet()));
    // Every value of the dimension (up to the cluster's bucket limit), matched against the text
    // here.
    sideways
        .putObject("aggs")
        .putObject("values")
        .putObject("terms")
        .put("field", org.morgue.indexer.opensearch.StoryMapping.keyField(request.facet()))
        .put("size", 65_000);
    JsonNode answer = cluster.search(served.index(), body);
    List<String> selected = search.filters().getOrDefault(request.facet(), List.of());
    List<SearchResponse.FacetValue> matching = new ArrayList<>();
    answer.path("aggregations").path("f").path("values").path("buckets").forEach(b -> {
      String value = b.path("key").asText();
      String label = served.labels().label(request.facet(), value);
      if (request.matches(value, label)) {
        matching.add(new SearchResponse.FacetValue(
            value, label, b.path("doc_count").asLong(), selected.contains(value)));
      }
    });
    matching.sort(FacetAnswers.ORDER);
    return new FacetValuesResponse(
        request.facet(),
        request.contains(),
        answer.path("aggregations").path("all").path("doc_count").asLong(),
        matching.size(),
        matching.subList(0, Math.min(request.size(), matching.size())));
  }

  /** The stored story of an id, as the cluster's hit. */
  private JsonNode document(ServedIndex served, String id) {
    if (served == null) {
      throw new StoryNotFoundException(id);
    }
    return cluster.story(served.index(), id);
  }

  @Override
  public StoryView story(String id) {
    ServedIndex served = requireCluster(served());
    JsonNode source = document(served, id).path("_source");
    return Hits.view(source, served.labels(), new ClusterEvents(cluster, served).ref(source));
  }

  @Override
  public EventView event(String id) {
    ServedIndex served = requireCluster(served());
    if (served == null) {
      throw new StoryNotFoundException(id);
    }
    return new ClusterEvents(cluster, served).view(id);
  }

  @Override
  public StoryHits storyHits(String id, String q, MatchMode mode) {
    StoryHits.requireQueryLength(q);
    Parsed parsed = parse(q, mode);
    ServedIndex served = requireCluster(served());
    Query text = parsed.on(served);
    document(served, id);
    if (q.isBlank()) {
      return new StoryHits(id, q, mode.apiName(), List.of(), List.of());
    }
    return new StoryHitFinder(cluster, served).find(id, q, mode, text);
  }

  @Override
  public SimilarResponse similar(SimilarRequest request) {
    ServedIndex served = requireCluster(served());
    JsonNode hit = document(served, request.id());
    return new ClusterSimilar(cluster, served).run(request, hit);
  }

  @Override
  public SuggestResponse suggest(SuggestRequest request) {
    ServedIndex served = requireCluster(served());
    if (served == null) {
      return new SuggestResponse(request.prefix(), List.of(), List.of());
    }
    return new ClusterSuggest(cluster, served, schema).run(request);
  }

  @Override
  public CopyVersions versions(String id) {
    ServedIndex served = requireCluster(served());
    JsonNode source = document(served, id).path("_source");
    String group = StoryJson.copy(source).group();
    ObjectNode body = SearchBody.object();
    body.putObject("query").putObject("term").put(Schema.COPY_GROUP, group);
    body.put("size", 10_000);
    List<CopyVersions.Version> versions = new ArrayList<>();
    cluster.search(served.index(), body).path("hits").path("hits").forEach(h -> {
      Story s = StoryJson.story(h.path("_source"));
      var copy = StoryJson.copy(h.path("_source"));
      versions.add(new CopyVersions.Version(
          s.id(),
          s.title(),
          s.source(),
          s.published().map(PubDate::iso).orElse(null),
          copy.similarity(),
          copy.lead()));
    });
    // ISO dates of one precision sort as text; undated ("~" sorts after digits) last.
    versions.sort(Comparator.comparing((CopyVersions.Version v) -> !v.lead())
        .thenComparing(v -> v.published() == null ? "~" : v.published())
        .thenComparing(CopyVersions.Version::id));
    return new CopyVersions(id, group, versions);
  }

  @Override
  public WordDiff diff(String id, String other) {
    ServedIndex served = requireCluster(served());
    String from = StoryJson.story(document(served, id).path("_source")).body();
    String to = StoryJson.story(document(served, other).path("_source")).body();
    return WordDiff.of(id, from, other, to);
  }

  @Override
  public IndexStats stats() {
    ServedIndex served = current.get();
    return served == null ? IndexStats.none() : served.stats();
  }

  @Override
  public Health health() {
    ServedIndex served = current.get();
    if (served == null) {
      return Health.empty();
    }
    JsonNode health = cluster.call(
        () -> cluster.client().get("/_cluster/health/" + served.index() + "?timeout=5s"));
    if ("red".equals(health.path("status").asText())) {
      throw new SearchUnavailableException(
          "the search cluster's index " + served.index() + " is red", null);
    }
    return new Health(
        Health.OK, served.stories(), "opensearch:" + served.index(), served.builtAt());
  }

  @Override
  public void close() {
    poller.shutdownNow();
  }
}
