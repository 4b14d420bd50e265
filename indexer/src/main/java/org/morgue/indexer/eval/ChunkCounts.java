package org.morgue.indexer.eval;

/**
 * Entity-level counts for one type (or all types together), as conlleval reports them.
 *
 * @param gold chunks in the gold standard
 * @param guessed chunks the system found
 * @param correct found chunks with the gold chunk's exact boundaries and type
 */
public record ChunkCounts(int gold, int guessed, int correct) {

  public static final ChunkCounts ZERO = new ChunkCounts(0, 0, 0);

  public ChunkCounts {
    if (gold < 0 || guessed < 0 || correct < 0 || correct > gold || correct > guessed) {
      throw new IllegalArgumentException(
          "impossible counts: gold " + gold + ", guessed " + guessed + ", correct " + correct);
    }
  }

  /** Correct over guessed; 0 when nothing was guessed (as conlleval prints it). */
  public double precision() {
    return guessed == 0 ? 0 : (double) correct / guessed;
  }

  /** Correct over gold; 0 when the gold standard has none. */
  public double recall() {
    return gold == 0 ? 0 : (double) correct / gold;
  }

  /** The harmonic mean of precision and recall; 0 when both are 0. */
  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  /** The sum of two sets of counts: micro-averaging over types. */
  public ChunkCounts plus(ChunkCounts other) {
    return new ChunkCounts(gold + other.gold, guessed + other.guessed, correct + other.correct);
  }
}
