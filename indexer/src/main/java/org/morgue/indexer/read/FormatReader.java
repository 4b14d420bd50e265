package org.morgue.indexer.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * Reads one input format. A reader reports every story and every bad record to the listener and
 * keeps going; it throws only when the stream itself cannot be read, and the caller then reports
 * the whole file as skipped.
 */
public interface FormatReader {

  /** Short format name used in summaries and stored with each story: {@code text}, {@code jsonl}… */
  String format();

  /**
   * @param file the file as on disk, {@code .gz} included (for ids and locations: a person must be
   *     able to open what a skip names); ids use the stem without {@code .gz} and extension
   * @param in the file's bytes, already decompressed; the caller closes it
   * @param listener receives stories and skips
   */
  void read(Path file, InputStream in, StoryListener listener) throws IOException;
}
