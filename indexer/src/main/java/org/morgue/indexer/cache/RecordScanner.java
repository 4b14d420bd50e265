package org.morgue.indexer.cache;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.Optional;
import java.util.zip.CRC32C;

/**
 * Reads the cache file's records, {@code [int length][int CRC32C of body][body]}, with positional
 * reads (safe while other threads read and append). A record whose framing is impossible (too short,
 * too long, or running past the end of the file) ends the scan: everything from there on is a torn
 * tail. A well-framed record whose checksum fails is reported as not intact and the scan goes on.
 */
final class RecordScanner {

  /** One framed record: where it starts, its body positioned at 0, and whether its checksum holds. */
  record Record(long offset, ByteBuffer body, boolean intact) {}

  private static final int HEAD = 2 * Integer.BYTES;

  private final FileChannel channel;
  private final long size;
  private final int maxRecord;
  private long position;

  RecordScanner(FileChannel channel, long start, long size, int maxRecord) {
    this.channel = channel;
    this.position = start;
    this.size = size;
    this.maxRecord = maxRecord;
  }

  /** The next framed record, or null at the end of the valid records. */
  Record next() throws IOException {
    if (position + HEAD > size) {
      return null;
    }
    ByteBuffer head = ByteBuffer.allocate(HEAD);
    readFully(channel, head, position);
    int length = head.getInt(0);
    if (!plausible(length) || position + HEAD + length > size) {
      return null;
    }
    ByteBuffer body = ByteBuffer.allocate(length);
    readFully(channel, body, position + HEAD);
    Record record = new Record(position, body.flip(), crc(body) == head.getInt(Integer.BYTES));
    position += HEAD + length;
    return record;
  }

  /** Where the last framed record ends: the file is cut here when the scan stopped early. */
  long validEnd() {
    return position;
  }

  private boolean plausible(int length) {
    return length >= CacheKey.BYTES && length <= maxRecord;
  }

  /** The body of the record at an offset, or empty when it is not framed or fails its checksum. */
  static Optional<ByteBuffer> readRecord(FileChannel channel, long offset, int maxRecord) throws IOException {
    RecordScanner one = new RecordScanner(channel, offset, channel.size(), maxRecord);
    Record r = one.next();
    return r != null && r.intact() ? Optional.of(r.body()) : Optional.empty();
  }

  /** The whole record at an offset (head and body), as stored, for copying. */
  static ByteBuffer readRaw(FileChannel channel, long offset, int maxRecord) throws IOException {
    ByteBuffer head = ByteBuffer.allocate(HEAD);
    readFully(channel, head, offset);
    int length = head.getInt(0);
    if (length < CacheKey.BYTES || length > maxRecord) {
      throw new IOException("cache record at offset " + offset + " has an impossible length " + length);
    }
    ByteBuffer raw = ByteBuffer.allocate(HEAD + length);
    readFully(channel, raw, offset);
    return raw.flip();
  }

  static int crc(ByteBuffer body) {
    CRC32C crc = new CRC32C();
    crc.update(body.duplicate().rewind());
    return (int) crc.getValue();
  }

  static void readFully(FileChannel channel, ByteBuffer into, long offset) throws IOException {
    while (into.hasRemaining()) {
      if (channel.read(into, offset + into.position()) < 0) {
        throw new EOFException("cache file ends at " + (offset + into.position()));
      }
    }
  }
}
