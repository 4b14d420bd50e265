package org.morgue.indexer.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.morgue.indexer.copies.CopyGroups;
import org.morgue.indexer.copies.CopyParams;
import org.morgue.indexer.copies.CopyRun;
import org.morgue.indexer.copies.Shingles;
import org.morgue.indexer.read.Skip;
import org.morgue.indexer.read.StoryListener;
import org.morgue.indexer.read.StoryReaders;
import org.morgue.indexer.story.Story;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code morgue eval copies [--corpora DIR] [--seeds DIR] [--copy-threshold J] [--sample N]}: copy grouping
 * measured on Reuters 2006-2013 (are all byte-identical bodies grouped, group sizes, a seeded sample of
 * groups printed for reading), on ECB+ (stories grouped with a story of another event are wrong) and on
 * the seeds (the pairwise similarities that decide 000/004).
 */
final class CopiesEval {

  static final String REUTERS = "reuters-news-2006-2013/reuters_news_2006_2013.jsonl.gz";
  static final String REUTERS_21578 = "reuters21578/sgm-data";
  /** The labelled samples' seed: fixed, so the committed labels name the pairs a rerun prints. */
  static final long SAMPLE_SEED = 16;
  /**
   * Pairs Jaccard 0.5 alone grouped on Reuters-21578 that are different news (issue 16): a price raise
   * and a cut six days apart, two listings a month apart, two companies' postings, two monthly estimates.
   */
  static final List<List<String>> FALSE_GROUPS = List.of(
      List.of("reuters-12608", "reuters-15038"),
      List.of("reuters-11439", "reuters-17404"),
      List.of("reuters-21067", "reuters-20420"),
      List.of("reuters-3314", "reuters-15863"));

  private final PrintStream out;
  private final CopyParams params;
  private final Path labels;
  private final int printSample;
  private final int printLargest;

  CopiesEval(PrintStream out, CopyParams params, Path labels, int printSample, int printLargest) {
    this.out = out;
    this.params = params;
    this.labels = labels;
    this.printSample = printSample;
    this.printLargest = printLargest;
  }

  /** The options, as picocli reads them; the annotations are the help text. */
  @Command(
      name = "copies",
      sortOptions = false,
      description =
          "syndicated-copy grouping on Reuters-21578, Reuters 2006-2013, ECB+ and the seeds, with precision on the labelled pairs",
      synopsisHeading = "usage: ",
      optionListHeading = "%n")
  static final class Options {
    @Mixin
    EvalInputs inputs = new EvalInputs();

    @Option(
        names = "--copy-threshold",
        paramLabel = "J",
        description = "the grouping threshold (default " + CopyParams.DEFAULT_THRESHOLD + ")")
    double threshold = CopyParams.DEFAULT_THRESHOLD;

    @Option(
        names = "--sample",
        paramLabel = "N",
        defaultValue = "40",
        description = "Reuters groups printed for reading (default ${DEFAULT-VALUE})")
    int sample;

    @Option(
        names = "--labels",
        paramLabel = "DIR",
        defaultValue = "labels",
        description =
            "the hand-labelled pairs whose precision is measured (default ${DEFAULT-VALUE})")
    Path labels;

    @Option(
        names = "--print-pairs",
        paramLabel = "N",
        defaultValue = "0",
        description =
            "print a seeded sample of N grouped pairs per Reuters corpus, to read and label")
    int printPairs;

    @Option(
        names = "--print-largest",
        paramLabel = "N",
        defaultValue = "0",
        description =
            "print the N largest Reuters-21578 groups whole, to read for different news hidden in them")
    int printLargest;

    @Option(
        names = {"-h", "--help"},
        usageHelp = true,
        description = "this text")
    boolean help;
  }

  static int run(List<String> args, PrintStream out, PrintStream err) {
    return EvalRun.run("copies", new Options(), o -> o.help, args, out, err, o -> {
      CopiesEval eval = new CopiesEval(
          out,
          CopyParams.defaults().withThreshold(o.threshold),
          o.labels,
          o.printPairs,
          o.printLargest);
      out.printf(Locale.ROOT, "copy grouping: %s%n", eval.params);
      eval.seeds(o.inputs.seeds);
      eval.ecb(o.inputs.corpora.resolve(EcbPlus.FILE));
      eval.reuters21578(o.inputs.corpora.resolve(REUTERS_21578));
      eval.reuters(o.inputs.corpora.resolve(REUTERS), o.sample);
    });
  }

  void seeds(Path dir) {
    if (!Files.isDirectory(dir)) {
      out.println("\nseeds: " + dir + " not found; skipped");
      return;
    }
    CopyRun run = new CopyRun(params, true);
    CopyGroups groups = run.run(read(List.of(dir)));
    out.println("\n== seeds (" + run.stories() + " stories)");
    for (int a = 0; a < run.stories(); a++) {
      for (int b = a + 1; b < run.stories(); b++) {
        int[] x = Shingles.of(run.brief(a).body(), params.shingleSize());
        int[] y = Shingles.of(run.brief(b).body(), params.shingleSize());
        out.printf(
            Locale.ROOT,
            "  %s ~ %s  jaccard %.3f%n",
            run.brief(a).id(),
            run.brief(b).id(),
            Shingles.jaccard(x, y));
      }
    }
    printGroups(run, groups, groups.groups());
  }

  void ecb(Path file) {
    if (!Files.isRegularFile(file)) {
      out.println("\necb+: " + file + " not found; skipped");
      return;
    }
    EcbPlus ecb = EcbPlus.read(file);
    CopyRun run = new CopyRun(params, false);
    CopyGroups groups = run.run(each -> ecb.stories().forEach(each));
    int wrong = 0;
    for (CopyGroups.Group g : groups.groups()) {
      Set<String> clusters = new HashSet<>();
      g.positions().forEach(p -> clusters.add(ecb.events().get(p)));
      if (clusters.size() > 1) {
        wrong += g.positions().size();
      }
    }
    out.printf(
        Locale.ROOT,
        "%n== ecb+: %d stories, %d groups holding %d stories; stories grouped across events: %d (%.2f%%)%n",
        run.stories(),
        groups.count(),
        groups.groupedStories(),
        wrong,
        100.0 * wrong / run.stories());
    out.println(
        "  every group, for reading (same-event outlets that carry one wire text are true copies):");
    printGroups(run, groups, groups.groups());
  }

  void reuters(Path file, int sample) {
    if (!Files.isRegularFile(file)) {
      out.println("\nreuters 2006-2013: " + file + " not found; skipped");
      return;
    }
    long start = System.nanoTime();
    CopyRun run = new CopyRun(params, false);
    CopyGroups groups = run.run(read(List.of(file)));
    double seconds = (System.nanoTime() - start) / 1e9;
    out.printf(
        Locale.ROOT,
        "%n== reuters 2006-2013: %d stories grouped in %.1f s (two reads)%n",
        run.stories(),
        seconds);
    CopyPrecision measure = new CopyPrecision(out, run, groups);
    measure.identical();
    out.printf(Locale.ROOT, "  q= with copies collapsed: %d stories%n", measure.collapsed());
    measure.precision(labels.resolve("copies-reuters-2006-2013.tsv"));
    out.printf(
        Locale.ROOT,
        "  groups: %d holding %d stories; %s%n",
        groups.count(),
        groups.groupedStories(),
        groups.stats());
    out.println("  group sizes: " + sizes(groups.groups()));
    List<CopyGroups.Group> mixed = new ArrayList<>();
    for (CopyGroups.Group g : groups.groups()) {
      if (g.positions().stream().map(p -> run.brief(p).bodyHash()).distinct().count() > 1) {
        mixed.add(g);
      }
    }
    out.printf(
        Locale.ROOT,
        "  groups whose bodies are not all identical: %d; a seeded sample of %d of them to read:%n",
        mixed.size(),
        Math.min(sample, mixed.size()));
    Collections.shuffle(mixed, new Random(6));
    printGroups(run, groups, mixed.subList(0, Math.min(sample, mixed.size())));
    if (printSample > 0) {
      measure.printSample(printSample, SAMPLE_SEED, read(List.of(file)), params.shingleSize());
    }
  }

  void reuters21578(Path dir) {
    if (!Files.isDirectory(dir)) {
      out.println("\nreuters-21578: " + dir + " not found; skipped");
      return;
    }
    CopyRun run = new CopyRun(params, false);
    CopyGroups groups = run.run(read(List.of(dir)));
    CopyPrecision measure = new CopyPrecision(out, run, groups);
    out.printf(
        Locale.ROOT,
        "%n== reuters-21578: %d stories; %d groups hold %d stories; %s%n",
        run.stories(),
        groups.count(),
        groups.groupedStories(),
        groups.stats());
    out.println("  group sizes: " + sizes(groups.groups()));
    measure.identical();
    out.printf(
        Locale.ROOT,
        "  q= with copies collapsed: %d stories (target: at least 21,000)%n",
        measure.collapsed());
    for (List<String> pair : FALSE_GROUPS) {
      String a = measure.groupOf(pair.get(0));
      String b = measure.groupOf(pair.get(1));
      out.printf(
          Locale.ROOT,
          "  issue 16's false group %s ~ %s: %s%n",
          pair.get(0),
          pair.get(1),
          a == null || b == null ? "not in the corpus" : a.equals(b) ? "STILL GROUPED" : "apart");
    }
    measure.precision(labels.resolve("copies-reuters-21578.tsv"));
    if (printLargest > 0) {
      List<CopyGroups.Group> largest = new ArrayList<>(groups.groups());
      largest.sort(
          Comparator.comparingInt((CopyGroups.Group g) -> -g.positions().size())
              .thenComparing(CopyGroups.Group::id));
      out.printf(
          Locale.ROOT,
          "  the %d largest groups, to read:%n",
          Math.min(printLargest, largest.size()));
      printGroups(run, groups, largest.subList(0, Math.min(printLargest, largest.size())));
    }
    if (printSample > 0) {
      measure.printSample(printSample, SAMPLE_SEED, read(List.of(dir)), params.shingleSize());
    }
  }

  private static Map<String, Integer> sizes(List<CopyGroups.Group> groups) {
    Map<String, Integer> sizes = new TreeMap<>();
    for (CopyGroups.Group g : groups) {
      int n = g.positions().size();
      String bucket = n <= 5 ? String.valueOf(n) : n <= 10 ? "06-10" : "11+";
      sizes.merge(bucket, 1, Integer::sum);
    }
    return sizes;
  }

  private void printGroups(CopyRun run, CopyGroups all, List<CopyGroups.Group> groups) {
    int n = 0;
    for (CopyGroups.Group g : groups) {
      out.printf(
          Locale.ROOT, "  [%d] group %s (%d)%n", ++n, g.id(), g.positions().size());
      for (int p : g.positions()) {
        CopyRun.Brief b = run.brief(p);
        out.printf(
            Locale.ROOT,
            "      %.3f %s | %s | %s%n",
            all.of(p, b.id()).similarity(),
            b.id(),
            b.title(),
            b.opening());
      }
    }
  }

  static Consumer<Consumer<Story>> read(List<Path> inputs) {
    return each -> {
      try {
        new StoryReaders().read(inputs, new StoryListener() {
          @Override
          public void onStory(Story story) {
            each.accept(story);
          }

          @Override
          public void onSkip(Skip skip) {
            // The readers' own checks; the eval measures grouping, not reading.
          }
        });
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    };
  }
}
