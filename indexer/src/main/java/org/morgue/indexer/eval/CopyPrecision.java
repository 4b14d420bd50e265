package org.morgue.indexer.eval;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.morgue.indexer.copies.CopyFacts;
import org.morgue.indexer.copies.CopyGroups;
import org.morgue.indexer.copies.CopyRun;
import org.morgue.indexer.story.Story;

/**
 * The measures every corpus's copy grouping is held to: byte-identical real bodies all grouped, the
 * collapsed result count, precision on the committed hand-labelled pairs, and (for labelling) a seeded
 * sample of grouped pairs printed with the words in which they differ.
 */
final class CopyPrecision {

  private final PrintStream out;
  private final CopyRun run;
  private final CopyGroups groups;
  private final Map<String, Integer> positions = new HashMap<>();

  CopyPrecision(PrintStream out, CopyRun run, CopyGroups groups) {
    this.out = out;
    this.run = run;
    this.groups = groups;
    for (int p = 0; p < run.stories(); p++) {
      positions.put(run.brief(p).id(), p);
    }
  }

  String groupOf(String id) {
    Integer p = positions.get(id);
    return p == null ? null : groups.of(p, id).group();
  }

  /** Sets of byte-identical real bodies (placeholders left out) and how many are split over groups. */
  void identical() {
    Map<String, List<Integer>> byHash = new HashMap<>();
    int placeholders = 0;
    for (int p = 0; p < run.stories(); p++) {
      CopyRun.Brief b = run.brief(p);
      if (b.noBody()) {
        placeholders += b.bodyHash().isEmpty() ? 0 : 1;
      } else if (!b.bodyHash().isEmpty()) {
        byHash.computeIfAbsent(b.bodyHash(), h -> new ArrayList<>()).add(p);
      }
    }
    int sets = 0;
    int stories = 0;
    int split = 0;
    for (List<Integer> same : byHash.values()) {
      if (same.size() > 1) {
        sets++;
        stories += same.size();
        Set<String> ids = new HashSet<>();
        same.forEach(p -> ids.add(groups.of(p, run.brief(p).id()).group()));
        if (ids.size() > 1) {
          split++;
          out.println("  NOT grouped together: "
              + same.stream().map(p -> run.brief(p).id()).toList());
        }
      }
    }
    out.printf(
        Locale.ROOT,
        "  byte-identical real bodies: %d sets, %d stories; grouped whole: %d (recall %.1f%%);"
            + " placeholder bodies (fewer than %d distinct words, never grouped by body): %d%n",
        sets,
        stories,
        sets - split,
        sets == 0 ? 100.0 : 100.0 * (sets - split) / sets,
        CopyFacts.MIN_DISTINCT_WORDS,
        placeholders);
  }

  /** The result count of {@code q=} with copies collapsed: every story, each group counted once. */
  int collapsed() {
    return run.stories() - groups.groupedStories() + groups.count();
  }

  /** Precision on the labelled pairs the grouping still joins; also how many true pairs it keeps. */
  void precision(Path file) {
    if (!Files.isRegularFile(file)) {
      out.println("  labelled pairs: " + file + " not found; precision not measured");
      return;
    }
    CopyLabels labels = CopyLabels.read(file);
    int grouped = 0;
    int right = 0;
    int same = 0;
    int sameKept = 0;
    int missing = 0;
    for (CopyLabels.Pair pair : labels.pairs()) {
      String a = groupOf(pair.a());
      String b = groupOf(pair.b());
      if (a == null || b == null) {
        missing++;
        continue;
      }
      boolean together = a.equals(b);
      same += pair.same() ? 1 : 0;
      if (together) {
        grouped++;
        right += pair.same() ? 1 : 0;
        sameKept += pair.same() ? 1 : 0;
        if (!pair.same()) {
          out.printf(
              Locale.ROOT,
              "  labelled different but grouped: %s ~ %s (%s)%n",
              pair.a(),
              pair.b(),
              pair.reason());
        }
      }
    }
    out.printf(
        Locale.ROOT,
        "  labelled pairs (%s): %d, %d grouped now: precision %d/%d = %.3f;"
            + " pairs labelled same kept together: %d/%d%s%n",
        file.getFileName(),
        labels.pairs().size(),
        grouped,
        right,
        grouped,
        grouped == 0 ? 0.0 : (double) right / grouped,
        sameKept,
        same,
        missing == 0 ? "" : "; " + missing + " pairs name stories not in the corpus");
  }

  /** Prints a seeded sample of grouped pairs with what differs, to be read and labelled. */
  void printSample(int size, long seed, Consumer<Consumer<Story>> read, int shingleSize) {
    List<int[]> pairs = CopyLabels.sample(groups.groups(), size, seed);
    Set<String> wanted = new LinkedHashSet<>();
    pairs.forEach(p -> {
      wanted.add(run.brief(p[0]).id());
      wanted.add(run.brief(p[1]).id());
    });
    Map<String, Story> stories = new HashMap<>();
    read.accept(s -> {
      if (wanted.contains(s.id())) {
        stories.put(s.id(), s);
      }
    });
    out.printf(
        Locale.ROOT,
        "  a seeded sample (seed %d) of %d grouped pairs, lead first, to read and label:%n",
        seed,
        pairs.size());
    for (int[] p : pairs) {
      Story a = stories.get(run.brief(p[0]).id());
      Story b = stories.get(run.brief(p[1]).id());
      double j = CopyFacts.of(a, shingleSize).jaccard(CopyFacts.of(b, shingleSize));
      out.printf(
          Locale.ROOT,
          "PAIR\t%s\t%s\tJ %.2f%n   A %s | %s%n   B %s | %s%n   only A: %s%n   only B: %s%n",
          a.id(),
          b.id(),
          j,
          run.brief(p[0]).date(),
          a.title(),
          run.brief(p[1]).date(),
          b.title(),
          only(a.body(), b.body()),
          only(b.body(), a.body()));
    }
  }

  /** The words of one text the other lacks, in order, cut to a readable length. */
  private static String only(String x, String y) {
    Set<String> other =
        new HashSet<>(List.of(y.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}.]+")));
    StringBuilder sb = new StringBuilder();
    for (String w : x.split("[^\\p{L}\\p{N}.]+")) {
      if (!w.isEmpty() && !other.contains(w.toLowerCase(Locale.ROOT))) {
        if (sb.length() > 300) {
          sb.append(" …");
          break;
        }
        sb.append(w).append(' ');
      }
    }
    return sb.toString().strip();
  }
}
