package org.morgue.indexer.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.morgue.indexer.copies.CopyFacts;
import org.morgue.indexer.copies.CopyParams;
import org.morgue.indexer.reworded.Alignment;
import org.morgue.indexer.reworded.MiniLmEncoder;
import org.morgue.indexer.reworded.RewordParams;
import org.morgue.indexer.reworded.SentenceCache;
import org.morgue.indexer.reworded.SentenceVector;
import org.morgue.indexer.reworded.Sentences;
import org.morgue.indexer.story.Story;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code morgue eval reworded [--corpora DIR] [--cache DIR] [--print-pairs N] [--labels FILE]}: the
 * in-order sentence alignment on every pair of ECB+ stories in one topic. Prints how many sentences
 * align for pairs of one gold event and of two events of one topic, a seeded sample of pairs with two or
 * more aligned sentences to read and label (their aligned sentences quoted), and, given a labels file,
 * precision and recall of the default decision on the labelled pairs.
 */
final class RewordedEval {

  private final PrintStream out;
  private final RewordParams params;

  RewordedEval(PrintStream out, RewordParams params) {
    this.out = out;
    this.params = params;
  }

  /** The options, as picocli reads them; the annotations are the help text. */
  @Command(
      name = "reworded",
      sortOptions = false,
      description =
          "reworded versions: in-order sentence alignment on ECB+ pairs, a sample to label, precision",
      synopsisHeading = "usage: ",
      optionListHeading = "%n")
  static final class Options {
    @Mixin
    EvalInputs inputs = new EvalInputs();

    @Option(
        names = "--cache",
        paramLabel = "DIR",
        defaultValue = "target/eval-sentences",
        description =
            "where the sentence vectors are cached between runs (default ${DEFAULT-VALUE})")
    Path cache;

    @Option(
        names = "--print-pairs",
        paramLabel = "N",
        defaultValue = "0",
        description =
            "print a seeded sample of N pairs with two or more aligned sentences, to label")
    int printPairs;

    @Option(
        names = "--labels",
        paramLabel = "FILE",
        defaultValue = "labels/reworded-ecbplus.tsv",
        description = "labelled pairs (a, b, same|different) to score (default ${DEFAULT-VALUE})")
    Path labels;

    @Option(
        names = {"-h", "--help"},
        usageHelp = true,
        description = "this text")
    boolean help;
  }

  private record Doc(
      Story story, String topic, String event, List<String> sentences, CopyFacts facts) {}

  private record Pair(int a, int b, Alignment alignment, boolean facts) {}

  static int run(List<String> args, PrintStream out, PrintStream err) {
    return EvalRun.run(
        "reworded",
        new Options(),
        o -> o.help,
        args,
        out,
        err,
        o -> new RewordedEval(out, RewordParams.defaults())
            .ecb(o.inputs.corpora.resolve(EcbPlus.FILE), o.cache, o.printPairs, o.labels));
  }

  void ecb(Path file, Path cacheDir, int printPairs, Path labelsFile) {
    if (!Files.isRegularFile(file)) {
      out.println("ecb+: " + file + " not found; skipped");
      return;
    }
    out.printf(Locale.ROOT, "reworded versions: %s%n", params);
    List<Doc> docs = read(file);
    long start = System.nanoTime();
    Map<Integer, List<SentenceVector>> vectors = new HashMap<>();
    try (SentenceCache cache = SentenceCache.open(cacheDir, new MiniLmEncoder())) {
      LinkedHashSet<String> all = new LinkedHashSet<>();
      docs.forEach(d -> all.addAll(d.sentences()));
      List<String> sentences = new ArrayList<>(all);
      List<SentenceVector> encoded = cache.encode(sentences);
      Map<String, SentenceVector> by = new HashMap<>();
      for (int i = 0; i < sentences.size(); i++) {
        by.put(sentences.get(i), encoded.get(i));
      }
      for (int p = 0; p < docs.size(); p++) {
        vectors.put(p, docs.get(p).sentences().stream().map(by::get).toList());
      }
      out.printf(
          Locale.ROOT,
          "%d stories, %d distinct sentences (%s) in %.1f s%n",
          docs.size(),
          sentences.size(),
          cache.stats(),
          (System.nanoTime() - start) / 1e9);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Pair> pairs = new ArrayList<>();
    for (int a = 0; a < docs.size(); a++) {
      for (int b = a + 1; b < docs.size(); b++) {
        if (docs.get(a).topic().equals(docs.get(b).topic())) {
          pairs.add(new Pair(
              a,
              b,
              Alignment.of(vectors.get(a), vectors.get(b), params.minCosine()),
              docs.get(a).facts().sameFactsAs(docs.get(b).facts())));
        }
      }
    }
    table(docs, pairs);
    if (printPairs > 0) {
      List<Pair> flagged = new ArrayList<>(
          pairs.stream().filter(p -> p.alignment().aligned() >= 2).toList());
      Collections.shuffle(flagged, new Random(16));
      for (Pair p : flagged.subList(0, Math.min(printPairs, flagged.size()))) {
        print(docs, vectors, p);
      }
    }
    score(docs, pairs, labelsFile);
  }

  /** Aligned sentences by pair kind: how often one event's and two events' pairs reach each count. */
  private void table(List<Doc> docs, List<Pair> pairs) {
    Map<Integer, int[]> byAligned = new TreeMap<>();
    int[] decided = new int[2];
    for (Pair p : pairs) {
      boolean same = docs.get(p.a()).event().equals(docs.get(p.b()).event());
      byAligned
          .computeIfAbsent(Math.min(p.alignment().aligned(), 10), k -> new int[2])[same ? 0 : 1]++;
      if (p.facts() && params.reworded(p.alignment())) {
        decided[same ? 0 : 1]++;
      }
    }
    out.printf(
        Locale.ROOT,
        "pairs in one topic: %d; aligned sentences -> pairs of one event / of two events%n",
        pairs.size());
    byAligned.forEach(
        (k, v) -> out.printf(Locale.ROOT, "  %s%d: %d / %d%n", k == 10 ? ">=" : "", k, v[0], v[1]));
    out.printf(
        Locale.ROOT,
        "reworded by the default decision: %d pairs of one event, %d of two events%n",
        decided[0],
        decided[1]);
  }

  private void print(List<Doc> docs, Map<Integer, List<SentenceVector>> vectors, Pair p) {
    Doc a = docs.get(p.a());
    Doc b = docs.get(p.b());
    out.printf(
        Locale.ROOT,
        "RPAIR\t%s\t%s\taligned %d of %d\tshare %.2f\tfacts %s\tevents %s %s%n",
        a.story().id(),
        b.story().id(),
        p.alignment().aligned(),
        p.alignment().shorter(),
        p.alignment().share(),
        p.facts(),
        a.event(),
        b.event());
    out.printf(
        Locale.ROOT, "   A opens: %s%n   B opens: %s%n", head(a.sentences()), head(b.sentences()));
    for (int[] ij : Alignment.chain(vectors.get(p.a()), vectors.get(p.b()), params.minCosine())) {
      out.printf(
          Locale.ROOT,
          "   = A%d %s%n     B%d %s%n",
          ij[0],
          a.sentences().get(ij[0]),
          ij[1],
          b.sentences().get(ij[1]));
    }
  }

  private static String head(List<String> sentences) {
    return sentences.isEmpty() ? "" : sentences.get(0);
  }

  /** Precision and recall of the default decision (facts and alignment) on the labelled pairs. */
  private void score(List<Doc> docs, List<Pair> pairs, Path labelsFile) {
    if (!Files.isRegularFile(labelsFile)) {
      out.println("labels: " + labelsFile + " not found; not scored");
      return;
    }
    Map<String, Pair> byIds = new HashMap<>();
    pairs.forEach(p ->
        byIds.put(docs.get(p.a()).story().id() + "\t" + docs.get(p.b()).story().id(), p));
    int tp = 0;
    int fp = 0;
    int fn = 0;
    int tn = 0;
    try {
      for (String line : Files.readAllLines(labelsFile, StandardCharsets.UTF_8)) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        Pair p = byIds.get(f[0] + "\t" + f[1]);
        if (p == null) {
          p = byIds.get(f[1] + "\t" + f[0]);
        }
        if (p == null) {
          out.println("labels: no such pair in one topic: " + f[0] + " " + f[1]);
          continue;
        }
        boolean said = p.facts() && params.reworded(p.alignment());
        boolean same = f[2].equals("same");
        if (said) {
          if (same) {
            tp++;
          } else {
            fp++;
          }
        } else if (same) {
          fn++;
        } else {
          tn++;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.printf(
        Locale.ROOT,
        "labelled pairs %d: reworded said of %d, precision %d/%d, recall %d/%d (%d correctly apart)%n",
        tp + fp + fn + tn,
        tp + fp,
        tp,
        tp + fp,
        tp,
        tp + fn,
        tn);
  }

  private static List<Doc> read(Path file) {
    EcbPlus ecb = EcbPlus.read(file);
    List<Doc> docs = new ArrayList<>();
    for (int p = 0; p < ecb.size(); p++) {
      Story story = ecb.stories().get(p);
      docs.add(new Doc(
          story,
          ecb.topics().get(p),
          ecb.events().get(p),
          Sentences.of(story.body()),
          CopyFacts.of(story, CopyParams.DEFAULT_SHINGLE_SIZE)));
    }
    return docs;
  }
}
