package org.morgue.indexer.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads a one-story-per-file input (plain text, HTML, NITF, NewsML-G2) whole, up to a cap: a bigger
 * file (after decompression, so a gzip bomb too) is reported and skipped after reading cap + 1 bytes,
 * never held in full.
 */
final class WholeFile {

  private final long maxBytes;

  /** @param maxBytes a file larger than this (after decompression) is skipped */
  WholeFile(long maxBytes) {
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("maxFileBytes must be positive: " + maxBytes);
    }
    this.maxBytes = maxBytes;
  }

  /** The file's bytes, or empty when it is over the cap (the skip is reported to the listener). */
  Optional<byte[]> read(Path file, InputStream in, StoryListener listener) throws IOException {
    byte[] bytes = in.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 16));
    if (bytes.length > maxBytes) {
      listener.onSkip(new Skip(file.toString(), "file over the " + Inputs.megabytes(maxBytes) + " limit"));
      return Optional.empty();
    }
    return Optional.of(bytes);
  }
}
