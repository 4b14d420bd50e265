package org.morgue.indexer.cache;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.morgue.indexer.entity.EntityType;
import org.morgue.indexer.entity.Mention;
import org.morgue.indexer.entity.Span;

/**
 * The binary form of a story's mentions: a count, then per mention a flags byte (type ordinal,
 * title bit), the start and the length, as variable-length integers. About 4 bytes a mention.
 */
final class MentionCodec {

  private static final int TITLE_BIT = 0x80;
  private static final EntityType[] TYPES = EntityType.values();

  private MentionCodec() {}

  static byte[] encode(List<Mention> mentions) {
    ByteBuffer out = ByteBuffer.allocate(5 + mentions.size() * 11);
    putVarInt(out, mentions.size());
    for (Mention m : mentions) {
      out.put((byte) (m.type().ordinal() | (m.span().inTitle() ? TITLE_BIT : 0)));
      putVarInt(out, m.span().start());
      putVarInt(out, m.span().end() - m.span().start());
    }
    byte[] bytes = new byte[out.position()];
    out.flip().get(bytes);
    return bytes;
  }

  /**
   * Decodes what {@link #encode} wrote, checking every span against the text it must point into: a
   * value that passed its checksum but does not fit the story is still not trusted.
   *
   * @return empty when the bytes are not a valid encoding for a story of these lengths
   */
  static Optional<List<Mention>> decode(ByteBuffer in, int titleLength, int bodyLength) {
    try {
      int count = getVarInt(in);
      if (count < 0 || count > in.remaining()) {
        return Optional.empty();
      }
      List<Mention> out = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        int flags = in.get() & 0xFF;
        int ordinal = flags & ~TITLE_BIT;
        boolean inTitle = (flags & TITLE_BIT) != 0;
        int start = getVarInt(in);
        int length = getVarInt(in);
        long end = (long) start + length;
        if (ordinal >= TYPES.length
            || start < 0
            || length < 0
            || end > (inTitle ? titleLength : bodyLength)) {
          return Optional.empty();
        }
        out.add(new Mention(TYPES[ordinal], new Span(inTitle, start, (int) end)));
      }
      return in.hasRemaining() ? Optional.empty() : Optional.of(List.copyOf(out));
    } catch (BufferUnderflowException e) {
      return Optional.empty();
    }
  }

  private static void putVarInt(ByteBuffer out, int value) {
    int v = value;
    while ((v & ~0x7F) != 0) {
      out.put((byte) ((v & 0x7F) | 0x80));
      v >>>= 7;
    }
    out.put((byte) v);
  }

  private static int getVarInt(ByteBuffer in) {
    int value = 0;
    for (int shift = 0; shift < 35; shift += 7) {
      int b = in.get() & 0xFF;
      value |= (b & 0x7F) << shift;
      if ((b & 0x80) == 0) {
        return value;
      }
    }
    return -1; // more than five bytes: not something encode wrote
  }
}
