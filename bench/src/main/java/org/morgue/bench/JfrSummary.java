package org.morgue.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where a flight-recorded Morgue server spent its CPU samples: each {@code jdk.ExecutionSample}
 * stack goes to the first stage, in this order, that any of its frames belongs to (highlighting,
 * facets, the date histogram, query parsing, stored fields, JSON, matching and scoring, HTTP). So a
 * doc-values read under facet counting counts as facets, not as a codec read, and a stored-field
 * load by the highlighter as highlighting. Also the hottest methods by self time.
 *
 * <p>Usage: {@code JfrSummary FILE.jfr}
 */
public final class JfrSummary {

  /** Stage name and the frame prefixes (class names) that mark it, checked in this order. */
  private static final Map<String, List<String>> STAGES = stages();

  private JfrSummary() {}

  private static Map<String, List<String>> stages() {
    Map<String, List<String>> stages = new LinkedHashMap<>();
    stages.put(
        "highlighting (unified highlighter)",
        List.of(
            "org.apache.lucene.search.uhighlight",
            "org.morgue.server.search.lucene.SnippetHighlighter",
            "org.morgue.server.search.lucene.MarkFormatter"));
    // Counting, label lookup and the value lists; the drill-sideways search around them is
    // matching.
    stages.put(
        "facet counting and lists",
        List.of(
            "org.apache.lucene.facet.sortedset",
            "org.apache.lucene.facet.FacetsCollector",
            "org.morgue.server.search.lucene.FacetLists"));
    stages.put("date histogram", List.of("org.morgue.server.search.lucene.DateHistogram"));
    stages.put(
        "query parsing",
        List.of(
            "org.apache.lucene.queryparser", "org.morgue.server.search.lucene.ArchiveQueryParser"));
    // Stored-field reads (the compressing reader) and their decoding, entity JSON included.
    stages.put(
        "stored fields and story decoding",
        List.of(
            "org.apache.lucene.codecs.lucene90.compressing", "org.morgue.indexer.index.Schema"));
    stages.put("JSON serialization", List.of("com.fasterxml.jackson"));
    stages.put(
        "matching and scoring", List.of("org.apache.lucene.search", "org.apache.lucene.index"));
    stages.put("HTTP (Jetty, Javalin)", List.of("org.eclipse.jetty", "io.javalin"));
    return stages;
  }

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: JfrSummary FILE.jfr");
      System.exit(2);
    }
    System.out.print(summarize(Path.of(args[0])));
  }

  /** The breakdown as markdown. */
  public static String summarize(Path jfr) throws IOException {
    Map<String, Long> byStage = new LinkedHashMap<>();
    STAGES.keySet().forEach(s -> byStage.put(s, 0L));
    byStage.put("other", 0L);
    Map<String, Long> bySelf = new TreeMap<>();
    long total = 0;
    try (RecordingFile file = new RecordingFile(jfr)) {
      while (file.hasMoreEvents()) {
        RecordedEvent event = file.readEvent();
        if (!event.getEventType().getName().equals("jdk.ExecutionSample")
            || event.getStackTrace() == null) {
          continue;
        }
        List<RecordedFrame> frames = event.getStackTrace().getFrames();
        if (frames.isEmpty()) {
          continue;
        }
        total++;
        byStage.merge(stage(frames), 1L, Long::sum);
        RecordedFrame top = frames.get(0);
        bySelf.merge(
            top.getMethod().getType().getName() + "." + top.getMethod().getName(), 1L, Long::sum);
      }
    }
    StringBuilder md = new StringBuilder();
    md.append(String.format(
        Locale.ROOT,
        "%,d CPU samples of the Morgue server.%n%n| stage | share |%n|---|--:|%n",
        total));
    for (Map.Entry<String, Long> e : byStage.entrySet()) {
      md.append(String.format(
          Locale.ROOT, "| %s | %.1f%% |%n", e.getKey(), 100.0 * e.getValue() / Math.max(1, total)));
    }
    md.append("\nHottest methods (self):\n\n");
    long all = total;
    bySelf.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
        .limit(12)
        .forEach(e -> md.append(String.format(
            Locale.ROOT, "- %.1f%% %s%n", 100.0 * e.getValue() / Math.max(1, all), e.getKey())));
    return md.toString();
  }

  private static String stage(List<RecordedFrame> frames) {
    for (Map.Entry<String, List<String>> stage : STAGES.entrySet()) {
      for (RecordedFrame frame : frames) {
        String type = frame.getMethod().getType().getName();
        for (String prefix : stage.getValue()) {
          if (type.startsWith(prefix)) {
            return stage.getKey();
          }
        }
      }
    }
    return "other";
  }
}
