package org.morgue.indexer.copies;

/**
 * The tunables of copy grouping.
 *
 * @param shingleSize words per shingle
 * @param bands LSH bands; two stories become a candidate pair when all rows of one band agree
 * @param rows MinHash values per band ({@code bands * rows} hash functions in all)
 * @param threshold exact Jaccard similarity of the shingle sets at or above which two stories are copies
 */
public record CopyParams(int shingleSize, int bands, int rows, double threshold) {

  /**
   * Three-word shingles: a translation round trip or a sub-editor's rewording changes single words,
   * and every changed word breaks {@code k} shingles, so short shingles keep reworded copies
   * measurable; shorter than three and unrelated stories on one topic share too many phrases.
   */
  public static final int DEFAULT_SHINGLE_SIZE = 3;
  /**
   * 32 bands of 3 rows (96 hashes): a pair at Jaccard 0.5 is a candidate with probability
   * {@code 1 - (1 - 0.5^3)^32} = 0.986, at 0.4 with 0.88, at 0.2 with only 0.23, so nearly every
   * true copy is proposed while the exact check sees few unrelated pairs.
   */
  public static final int DEFAULT_BANDS = 32;

  public static final int DEFAULT_ROWS = 3;
  /** Chosen on the Reuters 2006-2013 and ECB+ corpora; see docs/copies.md "Copy grouping" for the numbers. */
  public static final double DEFAULT_THRESHOLD = 0.5;

  public CopyParams {
    if (shingleSize < 1 || shingleSize > 8) {
      throw new IllegalArgumentException("shingle size must be 1..8, was " + shingleSize);
    }
    if (bands < 1 || rows < 1 || bands * rows > 512) {
      throw new IllegalArgumentException(
          "bands and rows must be positive with at most 512 hashes, were " + bands + "x" + rows);
    }
    if (!(threshold > 0 && threshold <= 1)) {
      throw new IllegalArgumentException("copy threshold must be in (0, 1], was " + threshold);
    }
  }

  public static CopyParams defaults() {
    return new CopyParams(DEFAULT_SHINGLE_SIZE, DEFAULT_BANDS, DEFAULT_ROWS, DEFAULT_THRESHOLD);
  }

  /** The same parameters with another verification threshold. */
  public CopyParams withThreshold(double newThreshold) {
    return new CopyParams(shingleSize, bands, rows, newThreshold);
  }
}
