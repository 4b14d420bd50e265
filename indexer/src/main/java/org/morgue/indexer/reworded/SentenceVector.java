package org.morgue.indexer.reworded;

/**
 * A sentence embedding quantized to one signed byte per dimension. Every vector is quantized, fresh or
 * from the cache, so a cached rebuild aligns exactly as an uncached one; the cosine error of the rounding
 * is about 0.001, far below the alignment's margin.
 */
public record SentenceVector(byte[] values) {

  /** all-MiniLM-L6-v2's dimensions. */
  public static final int DIMENSIONS = 384;

  public SentenceVector {
    if (values.length != DIMENSIONS) {
      throw new IllegalArgumentException(
          "a sentence vector has " + DIMENSIONS + " values, was " + values.length);
    }
  }

  /** Quantizes a model output (any length-{@value #DIMENSIONS} vector; normalized here). */
  public static SentenceVector of(float[] embedding) {
    double norm = 0;
    for (float v : embedding) {
      norm += v * (double) v;
    }
    norm = Math.sqrt(norm);
    byte[] q = new byte[embedding.length];
    for (int i = 0; i < embedding.length; i++) {
      q[i] = (byte) Math.round(norm == 0 ? 0 : embedding[i] / norm * 127);
    }
    return new SentenceVector(q);
  }

  /** Cosine of two quantized vectors. */
  public double cosine(SentenceVector other) {
    long dot = 0;
    long na = 0;
    long nb = 0;
    byte[] b = other.values;
    for (int i = 0; i < DIMENSIONS; i++) {
      dot += values[i] * b[i];
      na += values[i] * values[i];
      nb += b[i] * b[i];
    }
    return na == 0 || nb == 0 ? 0 : dot / Math.sqrt((double) na * nb);
  }
}
