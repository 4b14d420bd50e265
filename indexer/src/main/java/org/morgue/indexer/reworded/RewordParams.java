package org.morgue.indexer.reworded;

/**
 * The tunables of reworded versions.
 *
 * @param minCosine sentence cosine (all-MiniLM-L6-v2) at or above which two sentences say the same
 * @param minAligned sentences that must align in order
 * @param minShare share of the shorter story's sentences that must align
 * @param minVocabulary TF-IDF cosine of the two stories' event vectors below which a pair is not compared
 *     (bounds the cost: only stories that share much of their vocabulary are embedded)
 * @param cached keep sentence vectors in the index folder's cache across builds ({@code --no-cache}: not)
 */
public record RewordParams(
    double minCosine, int minAligned, double minShare, double minVocabulary, boolean cached) {

  /**
   * 0.85: on the seeds, a rewrite's sentences pair at 0.85-0.98 while the five outlets' own words pair
   * below 0.8 but for one sentence; see docs/events.md "Reworded versions".
   */
  public static final double DEFAULT_MIN_COSINE = 0.85;
  /**
   * Two sentences and 30% of the shorter story, set from the labelled ECB+ sample
   * ({@code labels/reworded-ecbplus.tsv}, 40 pairs): every pair it calls reworded is labelled so (9 of 9)
   * where the first guess (4 sentences, 25%) found 8 of 8; below 30% the pairs share a quote or two
   * background sentences. See docs/events.md "Reworded versions".
   */
  public static final int DEFAULT_MIN_ALIGNED = 2;
  /** See {@link #DEFAULT_MIN_ALIGNED}. */
  public static final double DEFAULT_MIN_SHARE = 0.3;
  /**
   * 0.25: the seeds' rewrite pair shares most of its content words and names; see docs/events.md for
   * the measured cosines and how many pairs this leaves on the corpora.
   */
  public static final double DEFAULT_MIN_VOCABULARY = 0.25;

  public RewordParams {
    if (!(minCosine > 0 && minCosine <= 1)
        || !(minShare >= 0 && minShare <= 1)
        || !(minVocabulary >= 0 && minVocabulary <= 1)) {
      throw new IllegalArgumentException("reworded cosines and share must be in [0, 1], were "
          + minCosine + ", " + minShare + ", " + minVocabulary);
    }
    if (minAligned < 1) {
      throw new IllegalArgumentException("at least one sentence must align, was " + minAligned);
    }
  }

  public static RewordParams defaults() {
    return new RewordParams(
        DEFAULT_MIN_COSINE, DEFAULT_MIN_ALIGNED, DEFAULT_MIN_SHARE, DEFAULT_MIN_VOCABULARY, true);
  }

  /** The same parameters without the sentence cache: every sentence is embedded, nothing is written. */
  public RewordParams uncached() {
    return new RewordParams(minCosine, minAligned, minShare, minVocabulary, false);
  }

  /** Whether an alignment makes the pair reworded versions of one story. */
  public boolean reworded(Alignment alignment) {
    return alignment.aligned() >= minAligned && alignment.share() >= minShare;
  }
}
