package org.morgue.server.search.lucene;

import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;

/**
 * Reusable facet count arrays of one reader, one slot per facet value of the archive. A search needs
 * one for its hits and one per filtered dimension; on 1.15M headlines with half a million entity
 * values each is 2.3 MB, which the G1 collector of a 512 MB heap allocates as a humongous object:
 * allocated afresh per request they drove it into hundreds of full collections of 100-200 ms. Kept
 * here, they are zeroed and reused; at most {@link #KEPT} wait between requests, the rest are dropped.
 */
final class CountArrays {

  /** Arrays kept between requests: enough for a few concurrent searches with a filter or two. */
  static final int KEPT = 8;

  private final int size;
  private final ArrayBlockingQueue<int[]> free = new ArrayBlockingQueue<>(KEPT);

  CountArrays(int size) {
    if (size < 0) {
      throw new IllegalArgumentException("size must be >= 0, was " + size);
    }
    this.size = size;
  }

  /** A zeroed array of the reader's size, owned by the caller until {@link #give} returns it. */
  int[] take() {
    int[] counts = free.poll();
    return counts != null ? counts : new int[size];
  }

  /** Returns an array from {@link #take}; the caller must not touch it afterwards. */
  void give(int[] counts) {
    if (counts.length != size) {
      throw new IllegalArgumentException(
          "array of " + counts.length + " counts returned to a pool of " + size);
    }
    Arrays.fill(counts, 0);
    free.offer(counts);
  }
}
