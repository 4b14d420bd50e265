package org.morgue.indexer.copies;

import java.util.Arrays;
import java.util.BitSet;

/**
 * The LSH band keys of every story, by read position, in chunks of plain int arrays: 4 bytes per band
 * per story and no object per story, so 1.15M stories with 32 bands take 147 MB at most and an archive
 * of 100k full stories about 14 MB. Stories without shingles (empty bodies) take nothing but their slot.
 */
final class BandTable {

  private static final int CHUNK_BITS = 13;
  private static final int CHUNK = 1 << CHUNK_BITS;

  private final int bands;
  private int[][] chunks = new int[16][];
  private final BitSet present = new BitSet();
  private int size;

  BandTable(int bands) {
    this.bands = bands;
  }

  synchronized void put(int position, int[] keys) {
    int chunk = position >>> CHUNK_BITS;
    if (chunk >= chunks.length) {
      chunks = Arrays.copyOf(chunks, Math.max(chunks.length * 2, chunk + 1));
    }
    if (chunks[chunk] == null) {
      chunks[chunk] = new int[CHUNK * bands];
    }
    System.arraycopy(keys, 0, chunks[chunk], (position & (CHUNK - 1)) * bands, bands);
    present.set(position);
    size = Math.max(size, position + 1);
  }

  /** The keys stored for a position, or an empty array when none were (no shingles, or never added). */
  synchronized int[] keys(int position) {
    if (position < 0 || !present.get(position)) {
      return new int[0];
    }
    int from = (position & (CHUNK - 1)) * bands;
    return Arrays.copyOfRange(chunks[position >>> CHUNK_BITS], from, from + bands);
  }

  /** Bytes held by the key arrays, for the memory report. */
  synchronized long bytes() {
    return Arrays.stream(chunks)
        .filter(c -> c != null)
        .mapToLong(c -> 4L * c.length)
        .sum();
  }

  /**
   * Candidate pairs: in each band, the stories with equal keys, each joined to the first and to the
   * previous story of its run (a star plus a chain rather than all pairs, so a run of a thousand
   * identical bodies costs two thousand checks, not half a million; the run is one component either way).
   *
   * @return pairs as {@code low << 32 | high} positions, sorted, without repeats
   */
  synchronized long[] candidatePairs() {
    LongList pairs = new LongList();
    long[] entries = new long[present.cardinality()];
    for (int band = 0; band < bands; band++) {
      int n = 0;
      for (int p = present.nextSetBit(0); p >= 0; p = present.nextSetBit(p + 1)) {
        int key = chunks[p >>> CHUNK_BITS][(p & (CHUNK - 1)) * bands + band];
        entries[n++] = ((long) key << 32) | p;
      }
      Arrays.sort(entries, 0, n);
      int start = 0;
      for (int i = 1; i <= n; i++) {
        if (i == n || (entries[i] >>> 32) != (entries[start] >>> 32)) {
          for (int m = start + 1; m < i; m++) {
            pairs.add(pair((int) entries[start], (int) entries[m]));
            if (m - 1 > start) {
              pairs.add(pair((int) entries[m - 1], (int) entries[m]));
            }
          }
          start = i;
        }
      }
    }
    return pairs.sortedDistinct();
  }

  private static long pair(int a, int b) {
    return a < b ? ((long) a << 32) | b : ((long) b << 32) | a;
  }

  /** A growable array of longs. */
  static final class LongList {
    private long[] values = new long[1024];
    private int n;

    void add(long v) {
      if (n == values.length) {
        values = Arrays.copyOf(values, n * 2);
      }
      values[n++] = v;
    }

    long[] sortedDistinct() {
      long[] out = Arrays.copyOf(values, n);
      Arrays.sort(out);
      int m = 0;
      for (int i = 0; i < out.length; i++) {
        if (m == 0 || out[i] != out[m - 1]) {
          out[m++] = out[i];
        }
      }
      return Arrays.copyOf(out, m);
    }
  }
}
