package org.morgue.indexer.entity.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.morgue.indexer.entity.CrfEntityExtractor;
import org.morgue.indexer.entity.Entity;
import org.morgue.indexer.entity.EntityType;
import org.morgue.indexer.entity.Span;

/**
 * Entity-level CoNLL-2003 F1 (PER, ORG, LOC; MISC ignored) through the production path:
 * each sentence is rebuilt by joining its tokens with spaces, passed to
 * {@link CrfEntityExtractor#extract} as a body, and every returned span is mapped back to tokens.
 *
 * <p>Usage: {@code ConllEval path/to/test.txt}.
 */
public final class ConllEval {

  /** A chunk: first and last token index within its sentence, and its type. */
  private record Chunk(int sentence, int first, int last, EntityType type) {}

  private ConllEval() {}

  public static void main(String[] args) throws IOException {
    List<List<String[]>> sentences = read(Path.of(args[0]));
    CrfEntityExtractor extractor = CrfEntityExtractor.loadDefault();
    Set<Chunk> gold = new HashSet<>();
    Set<Chunk> predicted = new HashSet<>();
    long t0 = System.nanoTime();
    for (int s = 0; s < sentences.size(); s++) {
      List<String[]> tokens = sentences.get(s);
      gold.addAll(goldChunks(s, tokens));
      StringBuilder text = new StringBuilder();
      int[] starts = new int[tokens.size()];
      int[] ends = new int[tokens.size()];
      for (int i = 0; i < tokens.size(); i++) {
        if (i > 0) {
          text.append(' ');
        }
        starts[i] = text.length();
        text.append(tokens.get(i)[0]);
        ends[i] = text.length();
      }
      for (Entity e : extractor.extract("", text.toString())) {
        for (Span span : e.spans()) {
          int first = 0;
          while (ends[first] <= span.start()) {
            first++;
          }
          int last = first;
          while (last + 1 < tokens.size() && starts[last + 1] < span.end()) {
            last++;
          }
          predicted.add(new Chunk(s, first, last, e.type()));
        }
      }
    }
    double secs = (System.nanoTime() - t0) / 1e9;
    System.out.printf(Locale.ROOT, "%d sentences in %.1f s%n", sentences.size(), secs);
    report("ALL", gold, predicted, null);
    for (EntityType type : EntityType.values()) {
      report(type.name(), gold, predicted, type);
    }
  }

  private static void report(String label, Set<Chunk> gold, Set<Chunk> predicted, EntityType type) {
    long g = gold.stream().filter(c -> type == null || c.type() == type).count();
    long p = predicted.stream().filter(c -> type == null || c.type() == type).count();
    long tp = predicted.stream().filter(c -> (type == null || c.type() == type) && gold.contains(c)).count();
    double precision = p == 0 ? 0 : (double) tp / p;
    double recall = g == 0 ? 0 : (double) tp / g;
    double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    System.out.printf(Locale.ROOT, "%-6s gold %5d predicted %5d correct %5d  P %.4f R %.4f F1 %.4f%n",
        label, g, p, tp, precision, recall, f1);
  }

  private static final Map<String, EntityType> TYPES =
      Map.of("PER", EntityType.PERSON, "ORG", EntityType.ORG, "LOC", EntityType.PLACE);

  /** Chunks from IOB1 or IOB2 tags: a chunk starts at B-, after O, or where the type changes. */
  private static List<Chunk> goldChunks(int s, List<String[]> tokens) {
    List<Chunk> chunks = new ArrayList<>();
    int start = -1;
    String type = "O";
    for (int i = 0; i <= tokens.size(); i++) {
      String tag = i < tokens.size() ? tokens.get(i)[1] : "O";
      String t = tag.equals("O") ? "O" : tag.substring(2);
      boolean begins = !t.equals("O") && (tag.startsWith("B-") || !t.equals(type));
      if ((begins || t.equals("O")) && start >= 0) {
        if (TYPES.containsKey(type)) {
          chunks.add(new Chunk(s, start, i - 1, TYPES.get(type)));
        }
        start = -1;
      }
      if (begins) {
        start = i;
      }
      type = t;
    }
    return chunks;
  }

  private static List<List<String[]>> read(Path file) throws IOException {
    List<List<String[]>> sentences = new ArrayList<>();
    List<String[]> current = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("-DOCSTART-")) {
        if (!current.isEmpty()) {
          sentences.add(current);
          current = new ArrayList<>();
        }
        continue;
      }
      String[] cols = line.split(" ");
      current.add(new String[] {cols[0], cols[cols.length - 1]});
    }
    if (!current.isEmpty()) {
      sentences.add(current);
    }
    return sentences;
  }
}
