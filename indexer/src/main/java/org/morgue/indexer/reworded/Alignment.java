package org.morgue.indexer.reworded;

import java.util.List;

/**
 * How many sentences of two stories align in order: the longest chain of sentence pairs, increasing in
 * both stories, each at or above a cosine. Order matters: two independent reports of one event share
 * sentences here and there (the same quote, the same official figure), a rewrite follows its original.
 *
 * @param aligned sentence pairs in the chain
 * @param shorter sentences of the shorter story
 */
public record Alignment(int aligned, int shorter) {

  /** The share of the shorter story's sentences that align. */
  public double share() {
    return shorter == 0 ? 0 : (double) aligned / shorter;
  }

  /**
   * The aligned sentence pairs themselves ({@code [i, j]} in order), for a report to quote: the same
   * chain length as {@link #of}, with the whole table kept (O(n·m) memory, so not for a build).
   */
  public static List<int[]> chain(
      List<SentenceVector> a, List<SentenceVector> b, double minCosine) {
    int n = a.size();
    int m = b.size();
    int[][] t = new int[n + 1][m + 1];
    boolean[][] match = new boolean[n + 1][m + 1];
    for (int i = 1; i <= n; i++) {
      for (int j = 1; j <= m; j++) {
        match[i][j] = a.get(i - 1).cosine(b.get(j - 1)) >= minCosine;
        t[i][j] =
            Math.max(Math.max(t[i - 1][j], t[i][j - 1]), match[i][j] ? t[i - 1][j - 1] + 1 : 0);
      }
    }
    java.util.LinkedList<int[]> out = new java.util.LinkedList<>();
    for (int i = n, j = m; i > 0 && j > 0; ) {
      if (match[i][j] && t[i][j] == t[i - 1][j - 1] + 1) {
        out.addFirst(new int[] {i - 1, j - 1});
        i--;
        j--;
      } else if (t[i - 1][j] >= t[i][j - 1]) {
        i--;
      } else {
        j--;
      }
    }
    return List.copyOf(out);
  }

  /** Longest common subsequence where two sentences match at cosine {@code >= minCosine}. */
  public static Alignment of(List<SentenceVector> a, List<SentenceVector> b, double minCosine) {
    int n = a.size();
    int m = b.size();
    int[] prev = new int[m + 1];
    int[] cur = new int[m + 1];
    for (int i = 1; i <= n; i++) {
      SentenceVector ai = a.get(i - 1);
      for (int j = 1; j <= m; j++) {
        int best = Math.max(prev[j], cur[j - 1]);
        if (prev[j - 1] + 1 > best && ai.cosine(b.get(j - 1)) >= minCosine) {
          best = prev[j - 1] + 1;
        }
        cur[j] = best;
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return new Alignment(prev[m], Math.min(n, m));
  }
}
