package org.morgue.server.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A word-level diff of two texts: {@code GET /api/stories/{id}/diff/{other}}. Words are compared with
 * the whitespace between them attached, so the runs join back into each text exactly. The common
 * opening and ending are cut first (copies differ in a few places); the rest is a longest common
 * subsequence table, bounded: beyond {@link #MAX_CELLS} the middle is reported as one deletion and one
 * insertion rather than making a request take seconds and hundreds of megabytes.
 *
 * @param from the story the diff starts from
 * @param to the story it arrives at
 * @param runs equal, deleted (only in {@code from}) and inserted (only in {@code to}) passages, in order
 * @param bounded true when the middle was too long to align word by word
 */
public record WordDiff(String from, String to, List<Run> runs, boolean bounded) {

  /** Words times words: 4M cells of 4 bytes is the most one diff may take (16 MB). */
  public static final long MAX_CELLS = 4_000_000;
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
    int start = 0;
    while (start < x.size() && start < y.size() && same(x.get(start), y.get(start))) {
      start++;
    }
    int endX = x.size();
    int endY = y.size();
    while (endX > start && endY > start && same(x.get(endX - 1), y.get(endY - 1))) {
      endX--;
      endY--;
    }
    Runs runs = new Runs();
    for (int i = 0; i < start; i++) {
      runs.add(EQUAL, x.get(i));
    }
    int n = endX - start;
    int m = endY - start;
    boolean bounded = (long) n * m > MAX_CELLS;
    if (bounded) {
      x.subList(start, endX).forEach(t -> runs.add(DELETE, t));
      y.subList(start, endY).forEach(t -> runs.add(INSERT, t));
    } else {
      middle(x.subList(start, endX), y.subList(start, endY), runs);
    }
    for (int i = endX; i < x.size(); i++) {
      runs.add(EQUAL, x.get(i));
    }
    return new WordDiff(fromId, toId, runs.list, bounded);
  }

  private static void middle(List<String> x, List<String> y, Runs runs) {
    int n = x.size();
    int m = y.size();
    // lcs[i][j]: longest common subsequence of x[i..] and y[j..], in one flat array.
    int[] lcs = new int[(n + 1) * (m + 1)];
    for (int i = n - 1; i >= 0; i--) {
      for (int j = m - 1; j >= 0; j--) {
        lcs[i * (m + 1) + j] = same(x.get(i), y.get(j)) ? lcs[(i + 1) * (m + 1) + j + 1] + 1
            : Math.max(lcs[(i + 1) * (m + 1) + j], lcs[i * (m + 1) + j + 1]);
      }
    }
    int i = 0;
    int j = 0;
    while (i < n && j < m) {
      if (same(x.get(i), y.get(j))) {
        runs.add(EQUAL, x.get(i++));
        j++;
      } else if (lcs[(i + 1) * (m + 1) + j] >= lcs[i * (m + 1) + j + 1]) {
        runs.add(DELETE, x.get(i++));
      } else {
        runs.add(INSERT, y.get(j++));
      }
    }
    while (i < n) {
      runs.add(DELETE, x.get(i++));
    }
    while (j < m) {
      runs.add(INSERT, y.get(j++));
    }
  }

  /** Words compare without the whitespace before them: re-wrapped lines are not a change. */
  private static boolean same(String a, String b) {
    return a.strip().equals(b.strip());
  }

  private static List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  /** Merges consecutive tokens of one kind into one run. */
  private static final class Runs {
    final List<Run> list = new ArrayList<>();

    void add(String op, String token) {
      int last = list.size() - 1;
      if (last >= 0 && list.get(last).op().equals(op)) {
        list.set(last, new Run(op, list.get(last).text() + token));
      } else {
        list.add(new Run(op, token));
      }
    }
  }
}
