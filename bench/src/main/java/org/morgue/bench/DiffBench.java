package org.morgue.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.morgue.server.search.WordDiff;

/**
 * Times {@link WordDiff} on the longest real revised versions of Reuters 2006-2013 (two stories
 * with the same title and different bodies, as the copies view diffs them) and on long unrelated
 * pairs (the worst case, which the diff bounds). Prints per-diff latency percentiles, the bytes each
 * diff allocates, and how many came back bounded. A program, not a test: it never asserts a time.
 *
 * <pre>java -cp "bench/target/morgue-bench.jar:bench/target/lib/*" org.morgue.bench.DiffBench [CORPORA] [PAIRS] [ROUNDS]</pre>
 * (CORPORA defaults to {@code ../shared/corpora}, as for {@code morgue bench}).
 */
public final class DiffBench {

  private static final Path CORPUS =
      Path.of("reuters-news-2006-2013", "reuters_news_2006_2013.jsonl.gz");

  private DiffBench() {}

  /** One diff to time: the two bodies and their length in words. */
  record Pair(String a, String b, int words) {}

  public static void main(String[] args) throws IOException {
    Path corpus = Path.of(args.length > 0 ? args[0] : "../shared/corpora").resolve(CORPUS);
    int pairs = args.length > 1 ? Integer.parseInt(args[1]) : 200;
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
    PrintStream out = System.out;
    if (!Files.isRegularFile(corpus)) {
      out.println("diff bench skipped: " + corpus.toAbsolutePath().normalize() + " is absent");
      return;
    }
    List<String[]> stories = read(corpus);
    List<Pair> revised = revisedVersions(stories, pairs);
    List<Pair> unrelated = unrelated(stories, Math.max(1, pairs / 10));
    out.printf(
        Locale.ROOT,
        "diff bench: %d revised pairs (median %d words), %d unrelated long pairs, %d rounds%n",
        revised.size(),
        revised.get(revised.size() / 2).words(),
        unrelated.size(),
        rounds);
    run("revised versions", revised, rounds, out);
    run("unrelated pairs", unrelated, rounds, out);
  }

  private static void run(String name, List<Pair> pairs, int rounds, PrintStream out) {
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long tid = Thread.currentThread().threadId();
    for (Pair p : pairs) {
      WordDiff.of("a", p.a(), "b", p.b()); // warm-up round: JIT and caches
    }
    long[] nanos = new long[pairs.size() * rounds];
    long allocated = 0;
    int bounded = 0;
    int at = 0;
    for (int r = 0; r < rounds; r++) {
      for (Pair p : pairs) {
        long bytes = threads.getThreadAllocatedBytes(tid);
        long start = System.nanoTime();
        WordDiff diff = WordDiff.of("a", p.a(), "b", p.b());
        nanos[at++] = System.nanoTime() - start;
        allocated += threads.getThreadAllocatedBytes(tid) - bytes;
        if (r == 0 && diff.bounded()) {
          bounded++;
        }
      }
    }
    Arrays.sort(nanos);
    out.printf(
        Locale.ROOT,
        "%-17s p50 %8.3f ms  p90 %8.3f ms  max %8.3f ms  %8.1f KB allocated/diff  %d of %d bounded%n",
        name,
        ms(nanos, 0.5),
        ms(nanos, 0.9),
        nanos[nanos.length - 1] / 1e6,
        allocated / 1024.0 / nanos.length,
        bounded,
        pairs.size());
  }

  private static double ms(long[] sorted, double q) {
    return sorted[(int) Math.min(sorted.length - 1, Math.floor(q * sorted.length))] / 1e6;
  }

  /** Title and body of every story, in file order. */
  private static List<String[]> read(Path file) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<String[]> stories = new ArrayList<>();
    try (BufferedReader in = new BufferedReader(new InputStreamReader(
        new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        JsonNode story = json.readTree(line);
        stories.add(
            new String[] {story.path("title").asText(), story.path("body").asText()});
      }
    }
    return stories;
  }

  /** The longest pairs of stories sharing a title with different bodies: revised versions. */
  private static List<Pair> revisedVersions(List<String[]> stories, int limit) {
    Map<String, String> firstByTitle = new HashMap<>();
    List<Pair> pairs = new ArrayList<>();
    for (String[] story : stories) {
      String prior = firstByTitle.putIfAbsent(story[0], story[1]);
      if (prior != null && !prior.equals(story[1]) && !story[0].isBlank()) {
        pairs.add(new Pair(prior, story[1], words(prior) + words(story[1])));
      }
    }
    pairs.sort(Comparator.comparingInt(Pair::words).reversed());
    return List.copyOf(pairs.subList(0, Math.min(limit, pairs.size())));
  }

  /** The longest stories, each against the next longest: nothing in common but the language. */
  private static List<Pair> unrelated(List<String[]> stories, int limit) {
    List<String> longest = stories.stream()
        .map(s -> s[1])
        .sorted(Comparator.comparingInt(String::length).reversed())
        .limit(2L * limit)
        .toList();
    List<Pair> pairs = new ArrayList<>();
    for (int i = 0; i + 1 < longest.size(); i += 2) {
      pairs.add(new Pair(
          longest.get(i), longest.get(i + 1), words(longest.get(i)) + words(longest.get(i + 1))));
    }
    return pairs;
  }

  private static int words(String text) {
    return text.isBlank() ? 0 : text.strip().split("\\s+").length;
  }
}
