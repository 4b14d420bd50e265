package org.morgue.indexer.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * A one-story-per-file format (plain text, HTML, NITF, NewsML-G2): the file is read whole, up to a
 * cap, and handed to the format as bytes. A bigger file (after decompression, so a gzip bomb too) is
 * reported and skipped after reading cap + 1 bytes, never held in full.
 */
abstract class WholeFileReader implements FormatReader {

  private final String format;
  private final long maxBytes;

  /** @param maxBytes a file larger than this (after decompression) is skipped */
  WholeFileReader(String format, long maxBytes) {
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("maxFileBytes must be positive: " + maxBytes);
    }
    this.format = format;
    this.maxBytes = maxBytes;
  }

  @Override
  public final String format() {
    return format;
  }

  @Override
  public final void read(Path file, InputStream in, StoryListener listener) throws IOException {
    byte[] bytes = in.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 16));
    if (bytes.length > maxBytes) {
      listener.onSkip(
          new Skip(file.toString(), "file over the " + Inputs.megabytes(maxBytes) + " limit"));
      return;
    }
    readWhole(file, bytes, listener);
  }

  /** Reads the story (or reports the skip) of a file that was within the cap. */
  protected abstract void readWhole(Path file, byte[] bytes, StoryListener listener)
      throws IOException;
}
