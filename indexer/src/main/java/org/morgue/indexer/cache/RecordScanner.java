package org.morgue.indexer.cache;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.Optional;
import java.util.zip.CRC32C;

/**
 * Reads the cache file's records, {@code [int length][int CRC32C of body][body]}, with positional
 * reads (safe while other threads read and append).
 *
 * <p>A record that is not intact (its framing impossible, or its checksum failing) may have a damaged
 * length field, so its length cannot be trusted to find the next record: the scan resynchronises on
 * the next offset where a well-framed record's checksum holds, and reports the bytes in between as one
 * damaged span. Before, one flipped bit in a length field ended the scan there, and every record after
 * it (989 of 1,978 in the attack) was cut off and tagged again. When no intact record follows, the
 * rest is a torn tail (a kill mid-append) and the scan ends at the damaged span's start.
 */
final class RecordScanner {

  /**
   * One framed record or damaged span: where it starts, how many bytes it spans, its body positioned
   * at 0 (empty for a damaged span), and whether its checksum holds.
   */
  record Record(long offset, int span, ByteBuffer body, boolean intact) {}

  private static final int HEAD = 2 * Integer.BYTES;
  /**
   * While resynchronising, candidate lengths above this (or above the largest intact record seen, if
   * larger) are not read: random bytes give a plausible length at about one offset in 256, and reading
   * up to 16 MB behind each would make a damaged multi-megabyte region quadratic. Real records are a
   * key and a few dozen mentions, well under a kilobyte.
   */
  static final int RESYNC_CANDIDATE_BYTES = 64 * 1024;
  /** How much of the file the resynchronising search reads at a time. */
  private static final int WINDOW = 64 * 1024;

  private final FileChannel channel;
  private final long size;
  private final int maxRecord;
  private long position;
  private int largestIntact;

  RecordScanner(FileChannel channel, long start, long size, int maxRecord) {
    this.channel = channel;
    this.position = start;
    this.size = size;
    this.maxRecord = maxRecord;
  }

  /**
   * The next intact record, or a damaged span (not intact) when an intact record follows it, or null
   * at the end of the valid records.
   */
  Record next() throws IOException {
    if (position + HEAD > size) {
      return null;
    }
    Record record = intactAt(channel, position, size, maxRecord);
    if (record != null) {
      position += record.span();
      largestIntact = Math.max(largestIntact, record.span());
      return record;
    }
    long resumed = resync(position + 1);
    if (resumed < 0) {
      return null;
    }
    Record damaged = new Record(
        position,
        Math.toIntExact(Math.min(resumed - position, Integer.MAX_VALUE)),
        ByteBuffer.allocate(0),
        false);
    position = resumed;
    return damaged;
  }

  /** Where the last intact record ends: the file is cut here when the scan stopped early. */
  long validEnd() {
    return position;
  }

  /** The first offset from {@code from} holding an intact record, or -1 when none does. */
  private long resync(long from) throws IOException {
    int candidateMax = Math.min(maxRecord, Math.max(RESYNC_CANDIDATE_BYTES, largestIntact));
    ByteBuffer window = ByteBuffer.allocate(WINDOW);
    for (long start = from; start + HEAD <= size; start += WINDOW - Integer.BYTES) {
      window.clear().limit((int) Math.min(WINDOW, size - start));
      readFully(channel, window, start);
      for (int i = 0; i + Integer.BYTES <= window.limit() && start + i + HEAD <= size; i++) {
        int length = window.getInt(i);
        if (length >= CacheKey.BYTES
            && length <= candidateMax
            && intactAt(channel, start + i, size, candidateMax) != null) {
          return start + i;
        }
      }
    }
    return -1;
  }

  /** The intact record at an offset, or null when it is not well framed or fails its checksum. */
  private static Record intactAt(FileChannel channel, long offset, long size, int maxLength)
      throws IOException {
    if (offset + HEAD > size) {
      return null;
    }
    ByteBuffer head = ByteBuffer.allocate(HEAD);
    readFully(channel, head, offset);
    int length = head.getInt(0);
    if (length < CacheKey.BYTES || length > maxLength || offset + HEAD + length > size) {
      return null;
    }
    ByteBuffer body = ByteBuffer.allocate(length);
    readFully(channel, body, offset + HEAD);
    return crc(body.flip()) == head.getInt(Integer.BYTES)
        ? new Record(offset, HEAD + length, body, true)
        : null;
  }

  /** The body of the record at an offset, or empty when it is not framed or fails its checksum. */
  static Optional<ByteBuffer> readRecord(FileChannel channel, long offset, int maxRecord)
      throws IOException {
    return Optional.ofNullable(intactAt(channel, offset, channel.size(), maxRecord))
        .map(Record::body);
  }

  /** The whole record at an offset (head and body), as stored, for copying. */
  static ByteBuffer readRaw(FileChannel channel, long offset, int maxRecord) throws IOException {
    ByteBuffer head = ByteBuffer.allocate(HEAD);
    readFully(channel, head, offset);
    int length = head.getInt(0);
    if (length < CacheKey.BYTES || length > maxRecord) {
      throw new IOException(
          "cache record at offset " + offset + " has an impossible length " + length);
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
