package org.morgue.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What one harness run does, validated at start-up.
 *
 * @param root the Morgue checkout (its {@code ./morgue} launcher is what gets measured)
 * @param corpora the shared corpora folder
 * @param work scratch folder for indexes, the story dump and child logs
 * @param out the markdown report written at the end
 * @param only the corpora to run
 * @param clients concurrent client counts for the latency runs
 * @param warmup warm-up passes over the query set per client count, at least
 * @param warmupSeconds warm-up time per system and client count, at least: each system is measured
 *     once its JIT has compiled the hot paths, not while it still warms up
 * @param measured measured passes over the query set per client count
 * @param loadSeconds length of the 16-connection load run on Morgue (0: none)
 * @param entities the corpora Morgue indexes with entity extraction (the others with {@code --no-entities})
 * @param solr the Solr peer's folder ({@code bench/solr/target}), or null to leave Solr out
 * @param javaOpts JVM options for the baseline and Solr children that search (Morgue's launcher uses its own)
 * @param indexJavaOpts JVM options for the children that index (bare Lucene, Solr): the launcher's
 *     options for {@code morgue index}, so every system builds on the same collector
 * @param jfr whether the Morgue server records a Java Flight Recorder profile ({@code morgue-serve.jfr})
 * @param rebuild whether Morgue indexes the corpus a second time into the same folder, where an
 *     extraction cache (when the build has one) makes the second build skip the tagger
 * @param reuse whether to query the indexes a previous run left in {@code work} instead of building them
 * @param cached the corpora whose first Morgue build keeps the extraction cache an earlier run left in
 *     {@code work} (a rebuild from that cache, reported as such), for corpora whose fresh extraction
 *     takes longer than one run should
 * @param serverHeap the Morgue server's maximum heap ({@code -Xmx} value, e.g. {@code 512m}), or null for
 *     the launcher's own
 */
public record BenchConfig(Path root, Path corpora, Path work, Path out, Set<Corpus> only, List<Integer> clients,
    int warmup, int warmupSeconds, int measured, int loadSeconds, Set<Corpus> entities, Path solr, List<String> javaOpts,
    List<String> indexJavaOpts, boolean jfr,
    boolean rebuild, boolean reuse, Set<Corpus> cached, String serverHeap) {

  public static final int DEFAULT_WARMUP = 3;
  /**
   * A 3-pass warm-up is about a second of work on Reuters-21578: the JIT was still compiling during the
   * measured passes (per-pass time fell by a third over ten passes), which penalised the server most.
   */
  public static final int DEFAULT_WARMUP_SECONDS = 15;
  public static final int DEFAULT_MEASURED = 10;
  public static final List<Integer> DEFAULT_CLIENTS = List.of(1, 4);
  public static final int LOAD_CONNECTIONS = 16;

  public BenchConfig {
    only = Set.copyOf(only);
    entities = Set.copyOf(entities);
    cached = Set.copyOf(cached);
    if (serverHeap != null && !serverHeap.matches("[0-9]+[kKmMgG]?")) {
      throw new IllegalArgumentException("--server-heap needs a size such as 512m, was '" + serverHeap + "'");
    }
    clients = List.copyOf(clients);
    javaOpts = List.copyOf(javaOpts);
    indexJavaOpts = List.copyOf(indexJavaOpts);
    if (clients.isEmpty() || clients.stream().anyMatch(c -> c < 1)) {
      throw new IllegalArgumentException("--clients needs positive counts, was " + clients);
    }
    if (warmup < 0 || warmupSeconds < 0 || measured < 1 || loadSeconds < 0) {
      throw new IllegalArgumentException("--warmup >= 0, --warmup-seconds >= 0, --rounds >= 1 and --load >= 0 are needed");
    }
  }

  static final String USAGE = """
      usage: bench/run [options]

        --corpora DIR     the shared corpora (default ../shared/corpora from the checkout)
        --only NAMES      comma-separated subset of 21k,106k,1.15m (default: all that are present)
        --work DIR        scratch folder (default bench/target/work)
        --out FILE        markdown report (default bench/target/bench-report.md)
        --clients LIST    concurrent clients for latency runs (default 1,4)
        --warmup N        warm-up passes over the query set, at least (default 3)
        --warmup-seconds S  and warm-up time per system and client count, at least (default 15)
        --rounds N        measured passes over the query set (default 10)
        --load SECONDS    also run a 16-connection load of that length on Morgue's HTTP API (e.g. 60)
        --no-entities     index Morgue without entity extraction on every corpus
        --entities NAMES  extract entities on these corpora only (e.g. 21k), the others --no-entities
        --cached NAMES    these corpora's first Morgue build reuses the extraction cache an earlier run
                          left in --work (their fresh extraction is measured separately)
        --server-heap SZ  the Morgue server's -Xmx (e.g. 512m; default: the launcher's)
        --no-solr         leave the embedded Solr peer out
        --rebuild         index with Morgue twice; the second build shows a cached rebuild if Morgue caches
        --reuse           query the indexes an earlier run left in --work (no indexing numbers)
        --jfr             profile the Morgue server with Java Flight Recorder (WORK/CORPUS/morgue-serve.jfr)
      """;

  /** Parses the harness's arguments; the launcher passes root, Solr folder and JVM options. */
  static BenchConfig parse(List<String> args, Path root, Path solr, List<String> javaOpts,
      List<String> indexJavaOpts) {
    Path corpora = root.resolve("../shared/corpora").normalize();
    Path work = root.resolve("bench/target/work");
    Path out = root.resolve("bench/target/bench-report.md");
    Set<Corpus> only = EnumSet.allOf(Corpus.class);
    List<Integer> clients = DEFAULT_CLIENTS;
    int warmup = DEFAULT_WARMUP;
    int warmupSeconds = DEFAULT_WARMUP_SECONDS;
    int measured = DEFAULT_MEASURED;
    int load = 0;
    Set<Corpus> entities = EnumSet.allOf(Corpus.class);
    Set<Corpus> cached = EnumSet.noneOf(Corpus.class);
    String serverHeap = null;
    boolean jfr = false;
    boolean rebuild = false;
    boolean reuse = false;
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      switch (arg) {
        case "--corpora" -> corpora = Path.of(value(args, ++i, arg));
        case "--work" -> work = Path.of(value(args, ++i, arg));
        case "--out" -> out = Path.of(value(args, ++i, arg));
        case "--only" -> only = corpora(value(args, ++i, arg));
        case "--entities" -> entities = corpora(value(args, ++i, arg));
        case "--cached" -> cached = corpora(value(args, ++i, arg));
        case "--server-heap" -> serverHeap = value(args, ++i, arg);
        case "--clients" -> {
          List<Integer> list = new ArrayList<>();
          for (String c : value(args, ++i, arg).split(",")) {
            list.add(number(c.strip(), arg));
          }
          clients = list;
        }
        case "--warmup" -> warmup = number(value(args, ++i, arg), arg);
        case "--warmup-seconds" -> warmupSeconds = number(value(args, ++i, arg), arg);
        case "--rounds" -> measured = number(value(args, ++i, arg), arg);
        case "--load" -> load = number(value(args, ++i, arg), arg);
        case "--no-entities" -> entities = EnumSet.noneOf(Corpus.class);
        case "--no-solr" -> solr = null;
        case "--jfr" -> jfr = true;
        case "--rebuild" -> rebuild = true;
        case "--reuse" -> reuse = true;
        default -> throw new IllegalArgumentException("unknown argument '" + arg + "'");
      }
    }
    return new BenchConfig(root, corpora, work, out, only, clients, warmup, warmupSeconds, measured, load, entities, solr, javaOpts,
        indexJavaOpts, jfr, rebuild, reuse, cached, serverHeap);
  }

  /** Whether Morgue extracts entities when it indexes {@code corpus}. */
  public boolean entities(Corpus corpus) {
    return entities.contains(corpus);
  }

  /** The Morgue server's JVM options: the launcher's, with {@code -Xmx} set to {@link #serverHeap} when given. */
  public List<String> serverOpts() {
    if (serverHeap == null) {
      return javaOpts;
    }
    List<String> opts = new ArrayList<>(javaOpts.stream().filter(o -> !o.startsWith("-Xmx") && !o.startsWith("-Xms")).toList());
    opts.add("-Xmx" + serverHeap);
    return opts;
  }

  private static Set<Corpus> corpora(String names) {
    Set<Corpus> set = EnumSet.noneOf(Corpus.class);
    for (String name : names.split(",")) {
      set.add(Corpus.of(name.strip()));
    }
    return set;
  }

  private static String value(List<String> args, int i, String option) {
    if (i >= args.size()) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return args.get(i);
  }

  private static int number(String text, String option) {
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(option + " needs a whole number, was '" + text + "'");
    }
  }
}
