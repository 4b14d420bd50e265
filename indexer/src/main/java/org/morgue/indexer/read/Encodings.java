package org.morgue.indexer.read;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Strict UTF-8 decoding that says where the bytes stop being UTF-8, and the windows-1252 fallback. */
final class Encodings {

  /** Latin-1 as Windows writes it: a superset of ISO-8859-1 that also has curly quotes and dashes. */
  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private static final char BOM = '\uFEFF';

  private Encodings() {}

  /** The result of a strict decode: the text, or the byte offset of the first invalid sequence. */
  record Decoded(String text, long badOffset) {
    boolean ok() {
      return badOffset < 0;
    }
  }

  static Decoded utf8(byte[] bytes) {
    CharsetDecoder decoder = StandardCharsets.UTF_8
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      return new Decoded("", in.position());
    }
    decoder.flush(out);
    return new Decoded(stripBom(out.flip().toString()), -1);
  }

  static String windows1252(byte[] bytes) {
    return stripBom(new String(bytes, WINDOWS_1252));
  }

  static String stripBom(String text) {
    return !text.isEmpty() && text.charAt(0) == BOM ? text.substring(1) : text;
  }
}
