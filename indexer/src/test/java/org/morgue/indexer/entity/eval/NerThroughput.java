package org.morgue.indexer.entity.eval;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.morgue.indexer.entity.CrfEntityExtractor;
import org.morgue.indexer.entity.Entity;

/**
 * Stories per second of {@link CrfEntityExtractor} on a thread pool over the first N
 * Reuters-21578 stories, and the heap the loaded model takes.
 *
 * <p>Usage: {@code NerThroughput SGM_DIR [stories=2000] [threads=2]}. The SGML parse here is a
 * throwaway for the benchmark; the indexer's reader is the real one.
 */
public final class NerThroughput {

  private NerThroughput() {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    int limit = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
    int threads = args.length > 2 ? Integer.parseInt(args[2]) : 2;
    PrintStream out = System.out;
    List<String[]> stories = readStories(dir, limit);

    long before = usedHeap();
    long t0 = System.nanoTime();
    CrfEntityExtractor extractor = CrfEntityExtractor.loadDefault();
    long loadMs = (System.nanoTime() - t0) / 1_000_000;
    long after = usedHeap();
    out.printf(
        Locale.ROOT,
        "model load %d ms, heap after load %d MB (model %d MB)%n",
        loadMs,
        after >> 20,
        (after - before) >> 20);

    for (String pass : List.of("cold", "warm")) {
      ExecutorService pool = Executors.newFixedThreadPool(
          threads, Thread.ofPlatform().name("ner-throughput-", 0).factory());
      long start = System.nanoTime();
      long entities = 0;
      try {
        List<Future<List<Entity>>> futures = new ArrayList<>();
        for (String[] s : stories) {
          futures.add(pool.submit(() -> extractor.extract(s[0], s[1])));
        }
        for (Future<List<Entity>> f : futures) {
          entities += f.get().size();
        }
      } finally {
        pool.shutdown();
      }
      double secs = (System.nanoTime() - start) / 1e9;
      out.printf(
          Locale.ROOT,
          "%s: %d stories on %d threads in %.2f s = %.0f stories/s, %d entities%n",
          pass,
          stories.size(),
          threads,
          secs,
          stories.size() / secs,
          entities);
    }
    out.printf(Locale.ROOT, "heap after run %d MB%n", usedHeap() >> 20);
  }

  /** Title and body of the first stories with a BODY, in file order. */
  static List<String[]> readStories(Path dir, int limit) throws IOException {
    List<String[]> stories = new ArrayList<>();
    TreeSet<Path> files = new TreeSet<>();
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "reut2-*.sgm*")) {
      ds.forEach(files::add);
    }
    for (Path file : files) {
      try (InputStream raw = Files.newInputStream(file);
          InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw) {
        String sgml = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        for (Element story : Jsoup.parse(sgml, "", Parser.xmlParser()).select("REUTERS")) {
          Element body = story.selectFirst("BODY");
          if (body != null) {
            Element title = story.selectFirst("TITLE");
            stories.add(new String[] {title == null ? "" : title.wholeText(), body.wholeText()});
            if (stories.size() == limit) {
              return stories;
            }
          }
        }
      }
    }
    return stories;
  }

  private static long usedHeap() throws InterruptedException {
    Runtime rt = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(100);
    }
    return rt.totalMemory() - rt.freeMemory();
  }
}
