package org.morgue.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The cluster targets of one corpus ({@code --cluster URL}): the raw corpus indexed into the cluster
 * through {@code ./morgue index --backend opensearch} (the same pipeline, then {@code _bulk}), a
 * {@code ./morgue serve --backend opensearch} child in front of it, and the requests that server sends
 * the cluster for each query, recorded once through a {@link RecordingProxy} by a first server child
 * and then sent raw by {@link RawClusterTarget}. The timed server talks to the cluster directly.
 */
final class ClusterRun implements AutoCloseable {

  static final String MORGUE_ON_CLUSTER = "Morgue HTTP on OpenSearch";
  static final String RAW = "raw OpenSearch (Morgue's requests)";
  private static final Logger LOG = LoggerFactory.getLogger(ClusterRun.class);
  private static final Pattern BULK =
      Pattern.compile("OpenSearch: ([0-9]+) stories published.*_bulk ([0-9]+) stories/s");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final BenchConfig config;
  private final Corpus corpus;
  private final Path work;
  private final String alias;
  private Child server;

  ClusterRun(BenchConfig config, Corpus corpus, Path work) {
    this.config = config;
    this.corpus = corpus;
    this.work = work;
    this.alias = "bench-" + corpus.shortName().replace('.', '-');
  }

  /** Whether an earlier run left this corpus's alias on the cluster (for {@code --reuse}). */
  boolean loaded() throws IOException, InterruptedException {
    return status("GET", "/_alias/" + alias) == 200;
  }

  /**
   * Indexes the raw corpus into the cluster: the whole command's wall time, and the {@code _bulk} part's
   * rate as the command reports it (stories over the time of the bulk requests alone).
   */
  List<Results.Indexing> index(Path input) throws IOException, InterruptedException {
    boolean entities = config.entities(corpus);
    List<String> command = new ArrayList<>(List.of(
        config.root().resolve("morgue").toString(),
        "index",
        "--backend",
        "opensearch",
        "--opensearch",
        config.cluster(),
        "--alias",
        alias,
        "--no-progress"));
    if (!entities) {
      command.add("--no-entities");
    }
    // The embedded build's own folder: its extraction cache makes this build's pipeline a cached
    // rebuild.
    command.addAll(List.of("--index", work.resolve("morgue-index").toString(), input.toString()));
    try (Child child = Child.start(command, Map.of(), work.resolve("cluster-index.log"))) {
      Child.Result r = child.await(60);
      if (r.exit() != 0 && r.exit() != 3) {
        throw new IOException(
            "morgue index --backend opensearch failed (exit " + r.exit() + "): " + child.tail());
      }
      Optional<Bulk> printed = bulk(r.output());
      if (printed.isEmpty()) {
        throw new IOException(
            "morgue index --backend opensearch printed no _bulk rate: " + child.tail());
      }
      Bulk bulk = printed.get();
      long stories = bulk.stories();
      double bulkRate = bulk.perSecond();
      long bytes = primaryBytes();
      String pipeline = entities ? "entities from the embedded build's cache" : "--no-entities";
      return List.of(
          new Results.Indexing(
              "Morgue → OpenSearch, whole command",
              stories,
              r.seconds(),
              bytes,
              r.peakRssBytes(),
              "./morgue index --backend opensearch from the raw corpus (" + pipeline
                  + "), then _bulk, refresh, "
                  + "force-merge, 1 replica, green, alias swap; index MB = primary store"),
          new Results.Indexing(
              "Morgue → OpenSearch, _bulk only",
              stories,
              bulkRate > 0 ? stories / bulkRate : 0,
              bytes,
              Optional.empty(),
              "the _bulk requests alone (3 nodes, 0 replicas while loading, refresh off)"));
    }
  }

  /** What the cluster index command reported: stories published and the rate of its {@code _bulk} requests. */
  record Bulk(long stories, double perSecond) {}

  /** The command's closing line ({@code OpenSearch: N stories published … _bulk R stories/s …}), if printed. */
  static Optional<Bulk> bulk(String output) {
    Matcher m = BULK.matcher(output);
    return m.find()
        ? Optional.of(new Bulk(Long.parseLong(m.group(1)), Double.parseDouble(m.group(2))))
        : Optional.empty();
  }

  /**
   * Starts a server through the recording proxy, runs each query once (the totals, and the requests
   * recorded for it), stops it, then starts the timed server on the cluster itself.
   *
   * @return the query totals Morgue-on-OpenSearch answered, in the set's order
   */
  long[] start(List<QuerySpec> queries, Map<String, String> serverEnv) throws Exception {
    Map<QuerySpec, List<RecordingProxy.Sent>> recorded = new IdentityHashMap<>();
    long[] totals = new long[queries.size()];
    try (RecordingProxy proxy = new RecordingProxy(firstNode());
        Served capture = serve(proxy.url(), serverEnv, "cluster-capture.log")) {
      MorgueHttpTarget through = capture.target();
      proxy.take();
      for (int i = 0; i < totals.length; i++) {
        totals[i] = through.run(queries.get(i), true);
        recorded.put(queries.get(i), proxy.take());
      }
    }
    raw = new RawClusterTarget(firstNode(), recorded);
    LOG.info(
        "{}: recorded Morgue's cluster requests, {} per query on average",
        corpus.shortName(),
        String.format(java.util.Locale.ROOT, "%.2f", raw.requestsPerQuery()));
    Served timed = serve(config.cluster(), serverEnv, "cluster-serve.log");
    server = timed.child();
    morgue = timed.target();
    return totals;
  }

  private RawClusterTarget raw;
  private MorgueHttpTarget morgue;

  /** A server child and its API. */
  private record Served(Child child, MorgueHttpTarget target) implements AutoCloseable {
    @Override
    public void close() throws InterruptedException {
      child.close();
    }
  }

  /** Morgue's API on the cluster (after {@link #start}). */
  MorgueHttpTarget morgue() {
    return morgue;
  }

  /** The recorded requests sent raw (after {@link #start}). */
  RawClusterTarget raw() {
    return raw;
  }

  /** The timed server's peak RSS so far. */
  Optional<Long> serverPeak() {
    return server == null ? Optional.empty() : server.peak();
  }

  private Served serve(String cluster, Map<String, String> env, String log)
      throws IOException, InterruptedException {
    int port = CorpusRun.freePort();
    Child child = Child.start(
        List.of(
            config.root().resolve("morgue").toString(),
            "serve",
            "--backend",
            "opensearch",
            "--opensearch",
            cluster,
            "--alias",
            alias,
            "--port",
            Integer.toString(port)),
        env,
        work.resolve(log));
    try {
      CorpusRun.awaitServing(child);
    } catch (IOException | InterruptedException e) {
      child.close();
      throw e;
    }
    return new Served(child, new MorgueHttpTarget("http://127.0.0.1:" + port + "/"));
  }

  /** The first node of {@code --cluster}: the raw requests go where the server's first go. */
  private String firstNode() {
    return config.cluster().split(",")[0].strip();
  }

  private long primaryBytes() throws IOException, InterruptedException {
    HttpResponse<String> r = http("GET", "/" + alias + "/_stats/store");
    return r.statusCode() == 200
        ? JSON.readTree(r.body())
            .path("_all")
            .path("primaries")
            .path("store")
            .path("size_in_bytes")
            .asLong()
        : 0;
  }

  private int status(String method, String path) throws IOException, InterruptedException {
    return http(method, path).statusCode();
  }

  private HttpResponse<String> http(String method, String path)
      throws IOException, InterruptedException {
    try (HttpClient client =
        HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()) {
      return client.send(
          HttpRequest.newBuilder(URI.create(firstNode() + path))
              .timeout(Duration.ofSeconds(30))
              .method(method, HttpRequest.BodyPublishers.noBody())
              .build(),
          HttpResponse.BodyHandlers.ofString());
    }
  }

  @Override
  public void close() throws InterruptedException {
    if (server != null) {
      server.close();
    }
  }
}
