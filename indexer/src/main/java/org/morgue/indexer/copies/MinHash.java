package org.morgue.indexer.copies;

/**
 * MinHash signatures cut into LSH band keys. Each shingle is mixed once to 64 bits; the {@code i}-th
 * hash function is then a multiply-shift {@code (a_i * x + b_i) >>> 32} with fixed odd {@code a_i}: one
 * multiply-add per function instead of a full mix, which made grouping the Reuters corpus 3x cheaper.
 * The constants are fixed, so signatures are the same in every run and every process (the band keys
 * are stored in the index for the incremental path).
 */
public final class MinHash {

  private final CopyParams params;
  private final long[] seeds;
  private final long[] offsets;

  public MinHash(CopyParams params) {
    this.params = params;
    this.seeds = new long[params.bands() * params.rows()];
    this.offsets = new long[seeds.length];
    for (int i = 0; i < seeds.length; i++) {
      seeds[i] = Shingles.mix(0x5DEECE66DL + i * 0x9E3779B97F4A7C15L) | 1;
      offsets[i] = Shingles.mix(0xB492B66FBE98F273L + i);
    }
  }

  public CopyParams params() {
    return params;
  }

  /** One key per band, or an empty array when there are no shingles (an empty or very short body). */
  public int[] bandKeys(int[] shingles) {
    if (shingles.length == 0) {
      return new int[0];
    }
    long[] mixed = new long[shingles.length];
    for (int j = 0; j < shingles.length; j++) {
      mixed[j] = Shingles.mix(shingles[j]);
    }
    // Hash function outermost: the running minimum stays in a register instead of a read and a
    // write
    // of signature[i] per shingle and function, which made this loop a third of a cached rebuild.
    int[] signature = new int[seeds.length];
    for (int i = 0; i < seeds.length; i++) {
      long seed = seeds[i];
      long offset = offsets[i];
      int min = Integer.MAX_VALUE;
      for (long x : mixed) {
        min = Math.min(min, (int) ((x * seed + offset) >>> 32));
      }
      signature[i] = min;
    }
    int[] keys = new int[params.bands()];
    for (int b = 0; b < keys.length; b++) {
      long h = b;
      for (int r = 0; r < params.rows(); r++) {
        h = Shingles.mix(h * 31 + signature[b * params.rows() + r]);
      }
      keys[b] = (int) (h ^ (h >>> 32));
    }
    return keys;
  }

  /** The band keys of a body, from its shingles. */
  public int[] bandKeys(String body) {
    return bandKeys(Shingles.of(body, params.shingleSize()));
  }
}
