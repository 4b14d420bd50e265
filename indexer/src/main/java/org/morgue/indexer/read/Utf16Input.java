package org.morgue.indexer.read;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * UTF-16 input with a byte-order mark, as Windows editors and some exports save text, turned into the
 * UTF-8 every reader expects. Without it a UTF-16 file's NUL high bytes got it rejected as binary.
 * Only a BOM says UTF-16: without one, bytes are never guessed to be UTF-16 (a guess on the NULs
 * would read binary files as text).
 */
final class Utf16Input {

  private static final int BUFFER = 1 << 14;

  private Utf16Input() {}

  /**
   * The stream as UTF-8: the same bytes when it does not start with a UTF-16 BOM, else its text
   * re-encoded (the BOM dropped, an unpaired surrogate replaced).
   */
  static InputStream asUtf8(InputStream in) throws IOException {
    PushbackInputStream peek = new PushbackInputStream(in, 2);
    byte[] head = peek.readNBytes(2);
    peek.unread(head);
    boolean bigEndian = head.length == 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF;
    boolean littleEndian = head.length == 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE;
    if (!bigEndian && !littleEndian) {
      return peek;
    }
    // The UTF_16 decoder reads the BOM to choose the byte order, and drops it.
    return new Encoding(new InputStreamReader(peek, StandardCharsets.UTF_16));
  }

  /** Characters from a reader, encoded as UTF-8 on demand. */
  private static final class Encoding extends InputStream {
    private final Reader chars;
    private final CharsetEncoder encoder = StandardCharsets.UTF_8
        .newEncoder()
        .onMalformedInput(CodingErrorAction.REPLACE)
        .onUnmappableCharacter(CodingErrorAction.REPLACE);
    private final CharBuffer pending = CharBuffer.allocate(BUFFER).flip();
    private final ByteBuffer bytes = ByteBuffer.allocate(BUFFER * 3).flip();
    private boolean ended;

    Encoding(Reader chars) {
      this.chars = chars;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] into, int off, int len) throws IOException {
      if (len == 0) {
        return 0;
      }
      while (!bytes.hasRemaining()) {
        if (!fill()) {
          return -1;
        }
      }
      int n = Math.min(len, bytes.remaining());
      bytes.get(into, off, n);
      return n;
    }

    /** Encodes more characters into {@code bytes}; false when everything was read and encoded. */
    private boolean fill() throws IOException {
      if (ended && !pending.hasRemaining()) {
        return false;
      }
      pending.compact();
      int read = ended ? -1 : chars.read(pending);
      pending.flip();
      if (read < 0) {
        ended = true;
      }
      bytes.clear();
      encoder.encode(pending, bytes, ended);
      if (ended && !pending.hasRemaining()) {
        encoder.flush(bytes);
      }
      bytes.flip();
      return bytes.hasRemaining() || !ended || pending.hasRemaining();
    }

    @Override
    public void close() throws IOException {
      chars.close();
    }
  }
}
