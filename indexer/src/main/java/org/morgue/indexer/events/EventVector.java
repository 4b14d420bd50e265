package org.morgue.indexer.events;

import java.util.Arrays;
import java.util.Map;
import java.util.function.ToIntFunction;

/**
 * A story's unit-length TF-IDF vector over its strongest terms: sublinear term frequency
 * {@code 1 + ln tf} times {@code ln(N / df)}, the {@code k} largest kept, as term ids sorted ascending
 * so two vectors' cosine is one merge of two short arrays.
 */
record EventVector(int[] terms, float[] weights) {

  static final EventVector EMPTY = new EventVector(new int[0], new float[0]);

  /**
   * @param counts term counts of the story
   * @param ids term to id (the build's dictionary; an update hashes)
   * @param df term to document frequency
   * @param stories N, the stories the frequencies count
   */
  static <T> EventVector of(
      Map<T, Integer> counts, ToIntFunction<T> ids, ToIntFunction<T> df, long stories, int k) {
    int n = counts.size();
    int[] terms = new int[n];
    float[] weights = new float[n];
    int i = 0;
    for (Map.Entry<T, Integer> e : counts.entrySet()) {
      double idf = Math.log((double) (stories + 1) / Math.max(1, df.applyAsInt(e.getKey())));
      // A word in every story weighs nothing: no stop list needed.
      if (idf > 0) {
        terms[i] = ids.applyAsInt(e.getKey());
        weights[i] = (float) ((1 + Math.log(e.getValue())) * idf);
        i++;
      }
    }
    Integer[] order = new Integer[i];
    for (int j = 0; j < i; j++) {
      order[j] = j;
    }
    Arrays.sort(order, (a, b) -> Float.compare(weights[b], weights[a]));
    int m = Math.min(k, i);
    long[] packed = new long[m];
    double norm = 0;
    for (int j = 0; j < m; j++) {
      norm += (double) weights[order[j]] * weights[order[j]];
    }
    norm = Math.sqrt(norm);
    for (int j = 0; j < m; j++) {
      packed[j] =
          ((long) terms[order[j]] << 32) | Float.floatToIntBits((float) (weights[order[j]] / norm));
    }
    Arrays.sort(packed);
    int[] outTerms = new int[m];
    float[] outWeights = new float[m];
    for (int j = 0; j < m; j++) {
      outTerms[j] = (int) (packed[j] >> 32);
      outWeights[j] = Float.intBitsToFloat((int) packed[j]);
    }
    return new EventVector(outTerms, outWeights);
  }

  double cosine(EventVector other) {
    double dot = 0;
    int i = 0;
    int j = 0;
    while (i < terms.length && j < other.terms.length) {
      if (terms[i] == other.terms[j]) {
        dot += weights[i++] * other.weights[j++];
      } else if (terms[i] < other.terms[j]) {
        i++;
      } else {
        j++;
      }
    }
    return dot;
  }

  /** The ids of the {@code n} heaviest terms: the ones candidate pairs must share. */
  int[] top(int n) {
    Integer[] order = new Integer[terms.length];
    for (int j = 0; j < order.length; j++) {
      order[j] = j;
    }
    Arrays.sort(order, (a, b) -> Float.compare(weights[b], weights[a]));
    int[] out = new int[Math.min(n, order.length)];
    for (int j = 0; j < out.length; j++) {
      out[j] = terms[order[j]];
    }
    return out;
  }
}
