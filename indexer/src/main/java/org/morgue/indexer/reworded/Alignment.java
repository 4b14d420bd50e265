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
