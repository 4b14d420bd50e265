package org.morgue.indexer.read;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Counts characters handed to a parser since the last {@link #resetCount()} and fails once they pass
 * a limit: a CSV record with an unclosed quote would otherwise swallow the rest of the file into one
 * string. The count includes the parser's read-ahead buffer, so the limit is approximate by a few KB.
 */
final class BoundedReader extends FilterReader {

  /** Thrown when the limit is passed; the parser wraps it, the reader unwraps it. */
  static final class LimitExceededException extends IOException {
    LimitExceededException(long limit) {
      super("more than " + limit + " characters in one record");
    }
  }

  private final long limit;
  private long count;

  BoundedReader(Reader in, long limit) {
    super(in);
    this.limit = limit;
  }

  void resetCount() {
    count = 0;
  }

  @Override
  public int read() throws IOException {
    int c = super.read();
    if (c >= 0) {
      add(1);
    }
    return c;
  }

  @Override
  public int read(char[] cbuf, int off, int len) throws IOException {
    int n = super.read(cbuf, off, len);
    if (n > 0) {
      add(n);
    }
    return n;
  }

  private void add(int n) throws IOException {
    count += n;
    if (count > limit) {
      throw new LimitExceededException(limit);
    }
  }
}
