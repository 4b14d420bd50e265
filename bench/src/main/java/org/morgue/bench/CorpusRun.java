package org.morgue.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.morgue.indexer.index.IndexLayout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Benchmarks one corpus end to end: Morgue's index build (its launcher, a child JVM), the story
 * dump, the bare Lucene and Solr builds from that dump, then the query set against Morgue's HTTP
 * server (a child JVM on loopback), bare Lucene in this JVM and Solr (a child JVM).
 */
final class CorpusRun {

  static final String MORGUE = "Morgue HTTP";
  static final String LUCENE = "bare Lucene 10.6 in-process";
  private static final Logger LOG = LoggerFactory.getLogger(CorpusRun.class);
  private static final Pattern INDEXED = Pattern.compile("Indexed ([0-9,]+) stories");

  private final BenchConfig config;
  private final Corpus corpus;
  private final Path work;

  CorpusRun(BenchConfig config, Corpus corpus) {
    this.config = config;
    this.corpus = corpus;
    this.work = config.work().resolve(corpus.shortName());
  }

  Results.Corpus run(Path input) throws Exception {
    Files.createDirectories(work);
    QuerySet queries = QuerySet.load(corpus.querySet());
    Path morgueIndex = work.resolve("morgue-index");
    Path dump = work.resolve("stories.jsonl");
    Path luceneIndex = work.resolve("lucene-index");
    Optional<SolrPeer> solr = Optional.ofNullable(config.solr())
        .map(s -> new SolrPeer(s, java(config.indexJavaOpts()), java(config.javaOpts())));
    Path solrHome = work.resolve("solr-home");
    boolean reuse = config.reuse()
        && Files.exists(dump)
        && Files.isDirectory(luceneIndex)
        && new IndexLayout(morgueIndex).currentBuild().isPresent()
        && (solr.isEmpty() || Files.isDirectory(solrHome));
    List<Results.Indexing> indexing = new ArrayList<>(
        reuse ? List.of() : buildIndexes(input, morgueIndex, dump, luceneIndex, solr, solrHome));
    Optional<ClusterRun> cluster =
        Optional.ofNullable(config.cluster()).map(c -> new ClusterRun(config, corpus, work));
    if (cluster.isPresent() && !(reuse && cluster.get().loaded())) {
      indexing.addAll(cluster.get().index(input));
    }

    Driver driver = new Driver(config.warmup(), config.warmupSeconds(), config.measured());
    List<Results.Query> runs = new ArrayList<>();
    List<String> agreement = new ArrayList<>();
    Optional<Results.Load> load = Optional.empty();
    Optional<Long> serverRss;
    long[] morgueTotals;
    int port = freePort();
    try (Child server = Child.start(
            List.of(
                config.root().resolve("morgue").toString(),
                "serve",
                "--index",
                morgueIndex.toString(),
                "--port",
                Integer.toString(port)),
            serverEnv(),
            work.resolve("morgue-serve.log"));
        AutoCloseable onCluster = cluster.isPresent() ? cluster.get() : () -> {}) {
      awaitServing(server);
      MorgueHttpTarget morgue = new MorgueHttpTarget("http://127.0.0.1:" + port + "/");
      morgueTotals = Driver.totals(morgue, queries.queries());
      try (BaselineSearch lucene = new BaselineSearch(luceneIndex)) {
        agreement.add(agreement(LUCENE, morgueTotals, Driver.totals(lucene, queries.queries())));
        Map<String, Driver.Target> both = new LinkedHashMap<>();
        both.put(MORGUE, morgue);
        both.put(LUCENE, lucene);
        if (cluster.isPresent()) {
          // Every system of the run interleaved: a load that comes and goes falls on all of them
          // alike.
          agreement.add(agreement(
              ClusterRun.MORGUE_ON_CLUSTER,
              morgueTotals,
              cluster.get().start(queries.queries(), serverEnv())));
          agreement.add(agreement(
              ClusterRun.RAW, morgueTotals, Driver.totals(cluster.get().raw(), queries.queries())));
          agreement.add(String.format(
              java.util.Locale.ROOT,
              "Morgue sends the cluster %.2f requests per query "
                  + "(the ranked page with facets and days, then the page's events)",
              cluster.get().raw().requestsPerQuery()));
          both.put(ClusterRun.MORGUE_ON_CLUSTER, cluster.get().morgue());
          both.put(ClusterRun.RAW, cluster.get().raw());
        }
        for (int clients : config.clients()) {
          driver.interleaved(both, queries.queries(), clients).forEach((system, latencies) -> {
            runs.add(new Results.Query(system, clients, latencies));
            LOG.info("{}: {} x{} {}", corpus.shortName(), system, clients, latencies);
          });
        }
      }
      if (config.loadSeconds() > 0) {
        load = Optional.of(LoadRun.run(
            morgue, queries.queries(), BenchConfig.LOAD_CONNECTIONS, config.loadSeconds()));
        LOG.info("{}: load {}", corpus.shortName(), load.get());
      }
      serverRss = server.peak();
    }
    Optional<String> profile = Optional.empty();
    if (config.jfr() && Files.exists(work.resolve("morgue-serve.jfr"))) {
      profile = Optional.of(JfrSummary.summarize(work.resolve("morgue-serve.jfr")));
    }
    if (solr.isPresent()) {
      SolrPeer.Outcome outcome = solr.get()
          .query(
              solrHome,
              queries.queries(),
              work.resolve("solr-query"),
              config.clients(),
              config.warmup(),
              config.warmupSeconds(),
              config.measured(),
              work.resolve("solr-query.log"));
      agreement.add(agreement("Solr", morgueTotals, outcome.totals()));
      runs.addAll(outcome.runs());
    }
    return new Results.Corpus(
        corpus, queries.queries().size(), indexing, runs, agreement, load, serverRss, profile);
  }

  /** Morgue's build from the raw corpus, the dump of it, and the peers' builds from the dump. */
  private List<Results.Indexing> buildIndexes(
      Path input,
      Path morgueIndex,
      Path dump,
      Path luceneIndex,
      Optional<SolrPeer> solr,
      Path solrHome)
      throws IOException, InterruptedException {
    List<Results.Indexing> indexing = new ArrayList<>();
    indexing.add(indexMorgue(input, morgueIndex, true));
    // A first build from an earlier run's cache already is the rebuild: no need to measure it
    // twice.
    if (config.rebuild() && !(config.entities(corpus) && config.cached().contains(corpus))) {
      indexing.add(indexMorgue(input, morgueIndex, false));
    }
    Path build = new IndexLayout(morgueIndex)
        .currentBuild()
        .orElseThrow(() -> new IOException("Morgue published no build in " + morgueIndex));
    long dumped = StoryDump.write(build, dump);
    LOG.info("{}: dumped {} stories for the peers", corpus.shortName(), dumped);
    indexing.add(indexBaseline(dump, luceneIndex));
    if (solr.isPresent()) {
      deleteTree(solrHome);
      Child.Result r = solr.get().index(dump, solrHome, work.resolve("solr-index.log"));
      indexing.add(new Results.Indexing(
          SolrPeer.SYSTEM,
          stories(r.output(), dumped),
          r.seconds(),
          size(SolrPeer.indexDir(solrHome)),
          r.peakRssBytes(),
          "from the story dump; wall time of its JVM"));
    }
    return indexing;
  }

  /**
   * The server's environment: the launcher's own JVM options, plus a flight recording when asked
   * (the profile settings sample stacks every 10-20 ms; read it with {@code jfr print --events
   * jdk.ExecutionSample}).
   */
  private Map<String, String> serverEnv() {
    if (!config.jfr() && config.serverHeap() == null) {
      return Map.of();
    }
    List<String> opts = new ArrayList<>(config.serverOpts());
    if (!config.jfr()) {
      return Map.of("MORGUE_JAVA_OPTS", String.join(" ", opts));
    }
    opts.add(
        "-XX:StartFlightRecording=settings=profile,filename=" + work.resolve("morgue-serve.jfr"));
    return Map.of("MORGUE_JAVA_OPTS", String.join(" ", opts));
  }

  private Results.Indexing indexMorgue(Path input, Path index, boolean fresh)
      throws IOException, InterruptedException {
    boolean entities = config.entities(corpus);
    boolean fromEarlierCache = fresh
        && entities
        && config.cached().contains(corpus)
        && Files.isDirectory(index.resolve("cache"));
    if (fresh && !fromEarlierCache) {
      deleteTree(index);
    }
    List<String> command = new ArrayList<>(
        List.of(config.root().resolve("morgue").toString(), "index", "--no-progress"));
    if (!entities) {
      command.add("--no-entities");
    }
    command.addAll(List.of("--index", index.toString(), input.toString()));
    try (Child child = Child.start(
        command, Map.of(), work.resolve(fresh ? "morgue-index.log" : "morgue-rebuild.log"))) {
      Child.Result r = child.await(600);
      if (r.exit() != 0 && r.exit() != 3) {
        throw new IOException("morgue index failed (exit " + r.exit() + "): " + child.tail());
      }
      Path build = new IndexLayout(index).currentBuild().orElseThrow();
      String how = fromEarlierCache
          ? "./morgue index from the raw corpus, entities from an earlier run's cache"
          : !fresh && entities
              ? "./morgue index again from the raw corpus, entities from the first build's cache"
              : "./morgue index from the raw corpus: read, clean, " + (entities ? "extract, " : "")
                  + "write";
      return new Results.Indexing(
          "Morgue" + (entities ? " (entities on)" : " (--no-entities)")
              + (fresh && !fromEarlierCache ? "" : ", rebuild"),
          stories(r.output(), -1),
          r.seconds(),
          size(build),
          r.peakRssBytes(),
          how);
    }
  }

  private Results.Indexing indexBaseline(Path dump, Path index)
      throws IOException, InterruptedException {
    deleteTree(index);
    List<String> command = new ArrayList<>(java(config.indexJavaOpts()));
    command.addAll(List.of(
        "-cp",
        System.getProperty("java.class.path"),
        BaselineIndexer.class.getName(),
        dump.toString(),
        index.toString()));
    try (Child child = Child.start(command, Map.of(), work.resolve("lucene-index.log"))) {
      Child.Result r = child.await(240);
      if (r.exit() != 0) {
        throw new IOException("baseline indexing failed (exit " + r.exit() + "): " + child.tail());
      }
      return new Results.Indexing(
          LUCENE.replace(" in-process", ""),
          stories(r.output(), -1),
          r.seconds(),
          size(index),
          r.peakRssBytes(),
          "from the story dump; wall time of its JVM");
    }
  }

  private static List<String> java(List<String> opts) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(opts);
    return command;
  }

  /** The story count a child printed ({@code stories=N} or Morgue's summary), else {@code fallback}. */
  static long stories(String output, long fallback) {
    Matcher morgue = INDEXED.matcher(output);
    if (morgue.find()) {
      return Long.parseLong(morgue.group(1).replace(",", ""));
    }
    Matcher peer = Pattern.compile("stories=(\\d+)").matcher(output);
    return peer.find() ? Long.parseLong(peer.group(1)) : fallback;
  }

  static String agreement(String system, long[] morgue, long[] other) {
    int same = 0;
    List<Integer> differ = new ArrayList<>();
    for (int i = 0; i < morgue.length; i++) {
      if (morgue[i] == other[i]) {
        same++;
      } else if (differ.size() < 5) {
        differ.add(i + 1);
      }
    }
    return system + ": " + same + " of " + morgue.length + " queries match Morgue's total"
        + (differ.isEmpty()
            ? ""
            : " (first differing query lines of the set, 1-based: " + differ + ")");
  }

  static void awaitServing(Child server) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + 180_000_000_000L;
    while (System.nanoTime() < deadline) {
      if (server.output().contains("Morgue is serving")) {
        return;
      }
      if (!server.isAlive()) {
        throw new IOException("morgue serve ended: " + server.tail());
      }
      Thread.sleep(200);
    }
    throw new IOException("morgue serve did not start in 180 s: " + server.tail());
  }

  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  static long size(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files
          .filter(Files::isRegularFile)
          .mapToLong(p -> p.toFile().length())
          .sum();
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
