package org.morgue.indexer.reworded;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The in-order alignment on hand-made vectors: order counts, near sentences match, far ones do not. */
class AlignmentTest {

  /** A unit vector along one axis, tilted towards another by {@code tilt}. */
  private static SentenceVector v(int axis, int other, float tilt) {
    float[] x = new float[SentenceVector.DIMENSIONS];
    x[axis] = 1;
    x[other] += tilt;
    return SentenceVector.of(x);
  }

  @Test
  void sentencesAlignInOrderOnly() {
    List<SentenceVector> a = List.of(v(1, 0, 0), v(2, 0, 0), v(3, 0, 0), v(4, 0, 0));
    // b: 3, 1, 2 (slightly reworded), an unrelated one, 4: the longest in-order chain is 1, 2, 4.
    List<SentenceVector> b =
        List.of(v(3, 0, 0), v(1, 9, 0.2f), v(2, 9, 0.3f), v(7, 0, 0), v(4, 0, 0));
    Alignment alignment = Alignment.of(a, b, 0.85);
    assertEquals(new Alignment(3, 4), alignment);
    assertEquals(0.75, alignment.share());
    assertEquals(
        List.of(List.of(0, 1), List.of(1, 2), List.of(3, 4)),
        Alignment.chain(a, b, 0.85).stream().map(p -> List.of(p[0], p[1])).toList());
  }

  @Test
  void aSentenceTurnedTooFarDoesNotAlign() {
    // cosine of (1, 0.7) with (1, 0): 0.82, below 0.85.
    assertEquals(
        new Alignment(0, 1), Alignment.of(List.of(v(1, 0, 0)), List.of(v(1, 2, 0.7f)), 0.85));
    assertEquals(new Alignment(0, 0), Alignment.of(List.of(), List.of(v(1, 0, 0)), 0.85));
  }
}
