package org.morgue.server.search;

import com.github.difflib.algorithm.Change;
import com.github.difflib.algorithm.DiffAlgorithmListener;
import com.github.difflib.algorithm.myers.MyersDiff;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A word-level diff of two texts: {@code GET /api/stories/{id}/diff/{other}}. Words are compared with
 * the whitespace between them attached, so the runs join back into each text exactly. The common
 * opening and ending are cut first (copies differ in a few places); the rest is aligned by
 * java-diff-utils' Myers diff, whose work grows with the number of differing words rather than with
 * words times words, as the LCS table it replaced did. It is bounded: beyond {@link #MAX_EDITS}
 * differing words the middle is reported as one deletion and one insertion rather than making a
 * request take seconds. On the 200 longest revised Reuters 2006-2013 pairs (median 2,492 words) the
 * LCS table took 459 ms and 107 MB per diff at p50 and gave up on 2; see BENCHMARKS.md (DiffBench).
 *
 * @param from the story the diff starts from
 * @param to the story it arrives at
 * @param runs equal, deleted (only in {@code from}) and inserted (only in {@code to}) passages, in order
 * @param bounded true when the middle differed in too many words to align word by word
 */
public record WordDiff(String from, String to, List<Run> runs, boolean bounded) {

  /**
   * Differing words (deleted plus inserted) the alignment may search through. Myers' search costs
   * about edits squared (a path node each) plus edits times words: 2,000 keeps the worst case at
   * about 2M nodes, below the old 4M-cell cap, while a revision of a long story is aligned whole.
   */
  public static final int MAX_EDITS = 2_000;

  public static final String EQUAL = "equal";
  public static final String DELETE = "delete";
  public static final String INSERT = "insert";
  private static final Pattern TOKEN = Pattern.compile("\\s*\\S+|\\s+");

  public WordDiff {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    runs = List.copyOf(runs);
  }

  /** @param op {@link #EQUAL}, {@link #DELETE} or {@link #INSERT} */
  public record Run(String op, String text) {}

  public static WordDiff of(String fromId, String a, String toId, String b) {
    List<String> x = tokens(a);
    List<String> y = tokens(b);
    // Words compare without the whitespace before them: re-wrapped lines are not a change.
    List<String> wx = x.stream().map(String::strip).toList();
    List<String> wy = y.stream().map(String::strip).toList();
    int start = 0;
    while (start < x.size() && start < y.size() && wx.get(start).equals(wy.get(start))) {
      start++;
    }
    int endX = x.size();
    int endY = y.size();
    while (endX > start && endY > start && wx.get(endX - 1).equals(wy.get(endY - 1))) {
      endX--;
      endY--;
    }
    Runs runs = new Runs();
    runs.add(EQUAL, x, 0, start);
    boolean bounded = mustDiffer(wx.subList(start, endX), wy.subList(start, endY)) > MAX_EDITS;
    List<Change> changes = List.of();
    try {
      changes = bounded
          ? changes
          : new MyersDiff<String>()
              .computeDiff(wx.subList(start, endX), wy.subList(start, endY), new EditBudget());
    } catch (EditBudget.Exceeded e) {
      bounded = true;
    }
    if (bounded) {
      runs.add(DELETE, x, start, endX);
      runs.add(INSERT, y, start, endY);
    } else {
      int at = start;
      // MyersDiff lists its changes from the end backwards (Patch sorts them the same way).
      List<Change> inOrder = new ArrayList<>(changes);
      inOrder.sort(java.util.Comparator.comparingInt((Change c) -> c.startOriginal)
          .thenComparingInt(c -> c.startRevised));
      for (Change c : inOrder) {
        runs.add(EQUAL, x, at, start + c.startOriginal);
        runs.add(DELETE, x, start + c.startOriginal, start + c.endOriginal);
        runs.add(INSERT, y, start + c.startRevised, start + c.endRevised);
        at = start + c.endOriginal;
      }
      runs.add(EQUAL, x, at, endX);
    }
    runs.add(EQUAL, x, endX, x.size());
    return new WordDiff(fromId, toId, runs.list(), bounded);
  }

  /**
   * A lower bound on the words an alignment must delete or insert: those not matched by the same word
   * in the other text, counted as multisets. It lets two unrelated stories be given up on in linear
   * time, before Myers' search spends its whole budget on them (745 ms p50 on unrelated long
   * Reuters pairs without it, under load).
   */
  private static int mustDiffer(List<String> x, List<String> y) {
    Map<String, Integer> counts = new HashMap<>();
    x.forEach(w -> counts.merge(w, 1, Integer::sum));
    int common = 0;
    for (String w : y) {
      Integer n = counts.get(w);
      if (n != null && n > 0) {
        counts.put(w, n - 1);
        common++;
      }
    }
    return x.size() + y.size() - 2 * common;
  }

  private static List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  /**
   * Stops the search once it has looked through {@link #MAX_EDITS} edits: MyersDiff reports each
   * edit distance it tries, and has no other way to be told to give up.
   */
  private static final class EditBudget implements DiffAlgorithmListener {
    static final class Exceeded extends RuntimeException {
      Exceeded() {
        super("more than " + MAX_EDITS + " differing words", null, false, false);
      }
    }

    @Override
    public void diffStart() {}

    @Override
    public void diffStep(int edits, int max) {
      if (edits > MAX_EDITS) {
        throw new Exceeded();
      }
    }

    @Override
    public void diffEnd() {}
  }

  /** Builds the runs, joining consecutive token ranges of one kind into one run in one builder. */
  private static final class Runs {
    private final List<Run> list = new ArrayList<>();
    private String op;
    private final StringBuilder text = new StringBuilder();

    void add(String kind, List<String> tokens, int from, int to) {
      if (from >= to) {
        return;
      }
      if (!kind.equals(op)) {
        flush();
        op = kind;
      }
      tokens.subList(from, to).forEach(text::append);
    }

    List<Run> list() {
      flush();
      return list;
    }

    private void flush() {
      if (op != null && !text.isEmpty()) {
        list.add(new Run(op, text.toString()));
      }
      text.setLength(0);
    }
  }
}
