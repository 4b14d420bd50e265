package org.morgue.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Drives the embedded Solr peer ({@code bench/solr}) as child JVMs with their own classpath: one to
 * index the story dump, one to run the query set. Queries go to it as a JSON Lines file, latencies
 * come back as raw samples, which become percentiles here with the same code as for the others.
 */
final class SolrPeer {

  /** The peer's name in the report. */
  static final String SYSTEM = "Solr 9.10.1 embedded";

  static final String MAIN = "org.morgue.bench.solr.SolrBench";

  private final Path target;
  private final List<String> indexJava;
  private final List<String> queryJava;

  /**
   * @param target the peer's build folder, holding {@code morgue-bench-solr.jar} and {@code lib/}
   * @param indexJava the java command and options for indexing, as bare Lucene's indexer gets them
   * @param queryJava the java command and options for the query runs
   */
  SolrPeer(Path target, List<String> indexJava, List<String> queryJava) {
    this.target = target;
    this.indexJava = List.copyOf(indexJava);
    this.queryJava = List.copyOf(queryJava);
  }

  private List<String> command(List<String> javaCommand, String... args) {
    List<String> command = new ArrayList<>(javaCommand);
    command.add("-cp");
    command.add(target.resolve("morgue-bench-solr.jar") + java.io.File.pathSeparator
        + target.resolve("lib") + "/*");
    command.add(MAIN);
    command.addAll(List.of(args));
    return command;
  }

  /** Indexes the dump into a fresh Solr home. */
  Child.Result index(Path dump, Path home, Path log) throws IOException, InterruptedException {
    try (Child child =
        Child.start(command(indexJava, "index", dump.toString(), home.toString()), Map.of(), log)) {
      Child.Result result = child.await(240);
      if (result.exit() != 0) {
        throw new IOException("Solr indexing failed (exit " + result.exit() + "): " + child.tail());
      }
      return result;
    }
  }

  /** The index folder of the core, for its size. */
  static Path indexDir(Path home) {
    return home.resolve("bench").resolve("data");
  }

  /** Runs the query set; returns the totals per query and one latency record per client count. */
  Outcome query(
      Path home,
      List<QuerySpec> queries,
      Path dir,
      List<Integer> clients,
      int warmup,
      int warmupSeconds,
      int measured,
      Path log)
      throws IOException, InterruptedException {
    Files.createDirectories(dir);
    Path file = dir.resolve("queries.jsonl");
    Files.write(file, queries.stream().map(SolrPeer::json).toList(), StandardCharsets.UTF_8);
    String counts = clients.stream().map(String::valueOf).collect(Collectors.joining(","));
    try (Child child = Child.start(
        command(
            queryJava,
            "query",
            home.toString(),
            file.toString(),
            dir.toString(),
            counts,
            Integer.toString(warmup),
            Integer.toString(warmupSeconds),
            Integer.toString(measured)),
        Map.of(),
        log)) {
      Child.Result result = child.await(240);
      if (result.exit() != 0) {
        throw new IOException("Solr queries failed (exit " + result.exit() + "): " + child.tail());
      }
      long[] totals = Files.readAllLines(dir.resolve("totals.txt")).stream()
          .mapToLong(Long::parseLong)
          .toArray();
      List<Results.Query> runs = new ArrayList<>();
      for (int c : clients) {
        runs.add(new Results.Query(SYSTEM, c, latencies(dir.resolve("latencies-" + c + ".txt"))));
      }
      return new Outcome(totals, runs, result.peakRssBytes());
    }
  }

  /** Totals per query, latency runs and the query JVM's peak RSS. */
  record Outcome(long[] totals, List<Results.Query> runs, java.util.Optional<Long> peakRssBytes) {}

  static Latencies latencies(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file);
    String[] head = lines.get(0).split(" ");
    long wall = Long.parseLong(head[0].substring("wall=".length()));
    int errors = Integer.parseInt(head[1].substring("errors=".length()));
    long[] nanos =
        lines.subList(1, lines.size()).stream().mapToLong(Long::parseLong).toArray();
    return Latencies.of(nanos, errors, wall);
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  static String json(QuerySpec spec) {
    ObjectNode node = JSON.createObjectNode();
    node.put("q", spec.q());
    spec.from().ifPresent(d -> node.put("from", d.toString()));
    spec.to().ifPresent(d -> node.put("to", d.toString()));
    ObjectNode filters = node.putObject("filters");
    spec.filters()
        .forEach((dim, values) -> values.forEach(v -> filters.withArray(dim).add(v)));
    return node.toString();
  }
}
