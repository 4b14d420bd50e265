package org.morgue.indexer.read;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads {@code \n}-terminated lines as raw bytes so the caller can decode them strictly and report
 * bad encoding per line. A line longer than the limit is not buffered: its bytes are consumed and
 * dropped, and the caller is told how long it was, so one runaway line cannot exhaust the heap.
 */
final class LineSource {

  /** One line: its 1-based number, its bytes without the terminator (empty when cut), and its length. */
  record Line(long number, byte[] bytes, boolean tooLong, long length) {}

  private final InputStream in;
  private final long maxBytes;
  private final byte[] buf = new byte[1 << 16];
  private final ByteArrayOutputStream line = new ByteArrayOutputStream(8192);
  private int pos;
  private int limit;
  private long number;
  private boolean eof;

  LineSource(InputStream in, long maxBytes) {
    this.in = in;
    this.maxBytes = Math.min(maxBytes, Integer.MAX_VALUE - 16);
  }

  /** The next line, or null at the end of the input. */
  Line next() throws IOException {
    line.reset();
    long length = 0;
    boolean sawAny = false;
    while (true) {
      if (pos == limit && !fill()) {
        if (!sawAny) {
          return null;
        }
        break;
      }
      sawAny = true;
      int start = pos;
      while (pos < limit && buf[pos] != '\n') {
        pos++;
      }
      int chunk = pos - start;
      if (length + chunk <= maxBytes) {
        line.write(buf, start, chunk);
      }
      length += chunk;
      if (pos < limit) {
        pos++; // the '\n'
        break;
      }
    }
    number++;
    if (length > maxBytes) {
      line.reset();
      return new Line(number, new byte[0], true, length);
    }
    return new Line(number, stripCr(line.toByteArray()), false, length);
  }

  private boolean fill() throws IOException {
    if (eof) {
      return false;
    }
    int n = in.read(buf);
    while (n == 0) {
      n = in.read(buf);
    }
    if (n < 0) {
      eof = true;
      return false;
    }
    pos = 0;
    limit = n;
    return true;
  }

  private static byte[] stripCr(byte[] bytes) {
    if (bytes.length > 0 && bytes[bytes.length - 1] == '\r') {
      return Arrays.copyOf(bytes, bytes.length - 1);
    }
    return bytes;
  }
}
