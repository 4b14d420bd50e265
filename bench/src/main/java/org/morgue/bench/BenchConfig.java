package org.morgue.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.morgue.indexer.cli.CommandLines;
import org.morgue.indexer.cli.UsageException;

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
 * @param cluster an OpenSearch cluster's node URL(s) to benchmark Morgue on as well ({@code --cluster}), or null
 */
public record BenchConfig(
    Path root,
    Path corpora,
    Path work,
    Path out,
    Set<Corpus> only,
    List<Integer> clients,
    int warmup,
    int warmupSeconds,
    int measured,
    int loadSeconds,
    Set<Corpus> entities,
    Path solr,
    List<String> javaOpts,
    List<String> indexJavaOpts,
    boolean jfr,
    boolean rebuild,
    boolean reuse,
    Set<Corpus> cached,
    String serverHeap,
    String cluster) {

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
      throw new IllegalArgumentException(
          "--server-heap needs a size such as 512m, was '" + serverHeap + "'");
    }
    if (cluster != null && !cluster.matches("https?://[^,\\s]+(,https?://[^,\\s]+)*")) {
      throw new IllegalArgumentException(
          "--cluster needs node URLs such as http://127.0.0.1:9210, was '" + cluster + "'");
    }
    clients = List.copyOf(clients);
    javaOpts = List.copyOf(javaOpts);
    indexJavaOpts = List.copyOf(indexJavaOpts);
    if (clients.isEmpty() || clients.stream().anyMatch(c -> c < 1)) {
      throw new IllegalArgumentException("--clients needs positive counts, was " + clients);
    }
    if (warmup < 0 || warmupSeconds < 0 || measured < 1 || loadSeconds < 0) {
      throw new IllegalArgumentException(
          "--warmup >= 0, --warmup-seconds >= 0, --rounds >= 1 and --load >= 0 are needed");
    }
  }

  /** The generated help, from {@link BenchOptions}' annotations. */
  static String usage() {
    return CommandLines.usage(new BenchOptions());
  }

  /**
   * Parses the harness's arguments; the launcher passes root, Solr folder and JVM options.
   *
   * @throws IllegalArgumentException naming what is wrong
   */
  static BenchConfig parse(
      List<String> args, Path root, Path solr, List<String> javaOpts, List<String> indexJavaOpts) {
    BenchOptions o;
    try {
      o = CommandLines.parse(new BenchOptions(), args);
    } catch (UsageException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
    Set<Corpus> all = EnumSet.allOf(Corpus.class);
    Set<Corpus> entities =
        o.noEntities ? EnumSet.noneOf(Corpus.class) : o.entities == null ? all : set(o.entities);
    return new BenchConfig(
        root,
        o.corpora != null ? o.corpora : root.resolve("../shared/corpora").normalize(),
        o.work != null ? o.work : root.resolve("bench/target/work"),
        o.out != null ? o.out : root.resolve("bench/target/bench-report.md"),
        o.only == null ? all : set(o.only),
        o.clients,
        o.warmup,
        o.warmupSeconds,
        o.measured,
        o.load,
        entities,
        o.noSolr ? null : solr,
        javaOpts,
        indexJavaOpts,
        o.jfr,
        o.rebuild,
        o.reuse,
        set(o.cached),
        o.serverHeap,
        o.cluster);
  }

  private static Set<Corpus> set(List<Corpus> corpora) {
    Set<Corpus> set = EnumSet.noneOf(Corpus.class);
    set.addAll(corpora);
    return set;
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
    List<String> opts = new ArrayList<>(javaOpts.stream()
        .filter(o -> !o.startsWith("-Xmx") && !o.startsWith("-Xms"))
        .toList());
    opts.add("-Xmx" + serverHeap);
    return opts;
  }
}
