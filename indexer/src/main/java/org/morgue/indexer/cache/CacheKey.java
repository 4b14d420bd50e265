package org.morgue.indexer.cache;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The key of one cached extraction: the first 128 bits of SHA-256 over the tagger's identity and
 * the story's cleaned title and body. 128 bits keep the in-memory key table small; a collision among
 * even a billion stories has a probability near 10^-21.
 */
record CacheKey(long high, long low) {

  static final int BYTES = 16;

  /** The key of a story's text as tagged by the tagger with this identity. */
  static CacheKey of(String taggerIdentity, String title, String body) {
    MessageDigest sha = sha256();
    // Each part is length-prefixed so that no two different (identity, title, body) give one input.
    for (String part : new String[] {taggerIdentity, title, body}) {
      byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
      sha.update(ByteBuffer.allocate(Integer.BYTES).putInt(bytes.length).array());
      sha.update(bytes);
    }
    ByteBuffer digest = ByteBuffer.wrap(sha.digest());
    return new CacheKey(digest.getLong(), digest.getLong());
  }

  static CacheKey read(ByteBuffer in) {
    return new CacheKey(in.getLong(), in.getLong());
  }

  void write(ByteBuffer out) {
    out.putLong(high).putLong(low);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
