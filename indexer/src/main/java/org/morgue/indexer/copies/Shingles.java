package org.morgue.indexer.copies;

import java.util.Arrays;

/**
 * Word shingles of a cleaned body as sorted, distinct 32-bit hashes. Words are runs of letters and
 * digits, lower-cased: punctuation, whitespace and line wrapping differ between copies of one story and
 * must not make them look different. 32 bits are enough: two stories' sets are only compared with each
 * other, and a chance collision among a few hundred shingles moves a similarity by a fraction of a percent.
 */
public final class Shingles {

  private Shingles() {}

  /** The shingle hashes of the text, sorted ascending without repeats; empty when it has fewer than {@code k} words. */
  public static int[] of(String text, int k) {
    long[] words = wordHashes(text);
    if (words.length < k) {
      return new int[0];
    }
    int[] out = new int[words.length - k + 1];
    for (int i = 0; i < out.length; i++) {
      long h = 0x9E3779B97F4A7C15L;
      for (int j = 0; j < k; j++) {
        h = mix(h * 31 + words[i + j]);
      }
      out[i] = (int) (h ^ (h >>> 32));
    }
    Arrays.sort(out);
    return distinct(out);
  }

  /** Exact Jaccard similarity of two sorted distinct sets: 0 when either is empty. */
  public static double jaccard(int[] a, int[] b) {
    if (a.length == 0 || b.length == 0) {
      return 0;
    }
    int common = common(a, b);
    return (double) common / (a.length + b.length - common);
  }

  static int common(int[] a, int[] b) {
    int i = 0;
    int j = 0;
    int common = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        common++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return common;
  }

  private static long[] wordHashes(String text) {
    long[] words = new long[Math.max(16, text.length() / 5)];
    int n = 0;
    long h = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isLetterOrDigit(cp)) {
        h = (inWord ? h : 0xCBF29CE484222325L) ^ Character.toLowerCase(cp);
        h *= 0x100000001B3L;
        inWord = true;
      } else if (inWord) {
        if (n == words.length) {
          words = Arrays.copyOf(words, n * 2);
        }
        words[n++] = h;
        inWord = false;
      }
    }
    if (inWord) {
      if (n == words.length) {
        words = Arrays.copyOf(words, n + 1);
      }
      words[n++] = h;
    }
    return Arrays.copyOf(words, n);
  }

  private static int[] distinct(int[] sorted) {
    int n = 0;
    for (int i = 0; i < sorted.length; i++) {
      if (n == 0 || sorted[i] != sorted[n - 1]) {
        sorted[n++] = sorted[i];
      }
    }
    return Arrays.copyOf(sorted, n);
  }

  /** Stafford's variant 13 of the MurmurHash3 finaliser: every input bit moves every output bit. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
