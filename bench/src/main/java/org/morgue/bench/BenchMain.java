package org.morgue.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.morgue.indexer.cli.CommandLines;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The harness's entry point, started by {@code bench/run}: runs every requested corpus that is
 * present (skipping absent ones with a message), prints the markdown report and writes it to
 * {@code --out}. The only place that reads the environment: {@code BENCH_ROOT} (the checkout),
 * {@code BENCH_SOLR} (the Solr peer's build folder, absent when it could not be built) and
 * {@code BENCH_JAVA_OPTS} (JVM options for the child JVMs).
 */
public final class BenchMain {

  private static final Logger LOG = LoggerFactory.getLogger(BenchMain.class);

  private BenchMain() {}

  public static void main(String[] args) throws Exception {
    if (CommandLines.wantsHelp(List.of(args))) {
      System.out.print(BenchConfig.usage());
      return;
    }
    Path root = Path.of(Optional.ofNullable(System.getenv("BENCH_ROOT")).orElse("."))
        .toAbsolutePath()
        .normalize();
    Path solr = Optional.ofNullable(System.getenv("BENCH_SOLR"))
        .filter(s -> !s.isBlank())
        .map(Path::of)
        .orElse(null);
    List<String> javaOpts = options("BENCH_JAVA_OPTS");
    List<String> indexJavaOpts = System.getenv("BENCH_INDEX_JAVA_OPTS") == null
        ? javaOpts
        : options("BENCH_INDEX_JAVA_OPTS");
    BenchConfig config;
    try {
      config = BenchConfig.parse(List.of(args), root, solr, javaOpts, indexJavaOpts);
    } catch (IllegalArgumentException e) {
      System.err.println("bench: " + e.getMessage());
      System.err.print(BenchConfig.usage());
      System.exit(2);
      return;
    }
    System.exit(run(config));
  }

  static int run(BenchConfig config) throws Exception {
    LOG.info("benchmark with {}", config);
    List<Results.Corpus> done = new ArrayList<>();
    for (Corpus corpus : Corpus.values()) {
      if (!config.only().contains(corpus)) {
        continue;
      }
      Optional<Path> input = corpus.input(config.corpora());
      if (input.isEmpty()) {
        System.err.println("bench: skipping " + corpus.shortName() + ": " + config.corpora()
            + " has no " + corpus.title() + " folder");
        continue;
      }
      done.add(new CorpusRun(config, corpus).run(input.get()));
      write(config, done);
    }
    if (done.isEmpty()) {
      System.err.println("bench: no corpus to run (looked in " + config.corpora() + ")");
      return 3;
    }
    System.out.println(write(config, done));
    System.out.println("bench: report written to " + config.out());
    return 0;
  }

  /** Writes the report so far (after each corpus, so a long run keeps what it measured). */
  private static String write(BenchConfig config, List<Results.Corpus> done) throws IOException {
    String md = Report.markdown(done, machine(), config);
    Files.createDirectories(config.out().toAbsolutePath().getParent());
    Files.writeString(config.out(), md, StandardCharsets.UTF_8);
    return md;
  }

  private static String machine() {
    String cpu = "unknown CPU";
    try {
      cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
          .filter(l -> l.startsWith("model name"))
          .findFirst()
          .map(l -> l.substring(l.indexOf(':') + 1).strip())
          .orElse(cpu);
    } catch (IOException e) {
      LOG.debug("no /proc/cpuinfo: {}", e.toString());
    }
    return String.format(
        java.util.Locale.ROOT,
        "%s, %d cores, %.1f GB max heap for the harness, Java %s, %s %s",
        cpu,
        Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() / 1e9,
        System.getProperty("java.version"),
        System.getProperty("os.name"),
        System.getProperty("os.version"));
  }

  /** JVM options from an environment variable, split at whitespace; none when it is unset. */
  private static List<String> options(String variable) {
    return Arrays.stream(Optional.ofNullable(System.getenv(variable)).orElse("").split("\\s+"))
        .filter(s -> !s.isBlank())
        .toList();
  }
}
