package org.morgue.indexer.reworded;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.CRC32C;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sentence vectors by the SHA-1 of the sentence, in one append-only file {@code DIR/cache/sentences.bin}
 * beside the extraction cache, so a rebuild embeds only sentences it has not seen (the model runs at
 * about 150 sentences a second on two cores). Records have a fixed size with a CRC32C each: a torn tail
 * is cut off on open, a damaged record is ignored (that sentence is embedded again). {@link #compact}
 * after a rebuild keeps only the sentences that rebuild used, so the file stays bounded.
 *
 * <p>Opened only by a rebuild, which holds the index's write lock: one writer at a time.
 */
public final class SentenceCache implements SentenceEncoder, AutoCloseable {

  static final String FILE = "sentences.bin";
  private static final byte[] MAGIC = "MORGUESV".getBytes(StandardCharsets.US_ASCII);
  /** File format; another format (or another model's dimensions) is discarded and rebuilt. */
  private static final int FORMAT = 1;

  static final int HEADER = MAGIC.length + 2 * Integer.BYTES;
  static final int KEY = 20;
  static final int RECORD = KEY + SentenceVector.DIMENSIONS + Integer.BYTES;
  private static final Logger LOG = LoggerFactory.getLogger(SentenceCache.class);

  /** What the cache did in one run. */
  public record Stats(long hits, long misses, int entries) {}

  /** Sentences embedded between two appends to the file: a few seconds of the model's work. */
  static final int APPEND_BATCH = 512;

  private record Key(long high, long low, int tail) {
    static Key of(byte[] sha1) {
      ByteBuffer b = ByteBuffer.wrap(sha1);
      return new Key(b.getLong(), b.getLong(), b.getInt());
    }

    void put(ByteBuffer out) {
      out.putLong(high).putLong(low).putInt(tail);
    }
  }

  private final Path file;
  private final SentenceEncoder model;
  private final Map<Key, SentenceVector> vectors = new ConcurrentHashMap<>();
  private final Set<Key> used = ConcurrentHashMap.newKeySet();
  private FileChannel log;
  private long hits;
  private long misses;

  private SentenceCache(Path file, SentenceEncoder model) {
    this.file = file;
    this.model = model;
  }

  /**
   * Opens (or creates) the cache in an index folder's cache folder.
   *
   * @param model embeds the sentences the cache does not hold
   */
  public static SentenceCache open(Path cacheDir, SentenceEncoder model) throws IOException {
    Files.createDirectories(cacheDir);
    SentenceCache cache = new SentenceCache(cacheDir.resolve(FILE), model);
    cache.load();
    return cache;
  }

  private void load() throws IOException {
    log = FileChannel.open(
        file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
    ByteBuffer header = ByteBuffer.allocate(HEADER);
    if (log.size() < HEADER
        || log.read(header, 0) < HEADER
        || !header.flip().slice(0, MAGIC.length).equals(ByteBuffer.wrap(MAGIC))
        || header.getInt(MAGIC.length) != FORMAT
        || header.getInt(MAGIC.length + Integer.BYTES) != SentenceVector.DIMENSIONS) {
      if (log.size() > 0) {
        LOG.warn("{}: not a sentence cache of this version; starting it afresh", file);
      }
      log.truncate(0);
      log.write(headerBytes(), 0);
      return;
    }
    long records = (log.size() - HEADER) / RECORD;
    long end = HEADER + records * RECORD;
    if (end < log.size()) {
      // A kill mid-append: the torn record goes.
      log.truncate(end);
    }
    ByteBuffer buffer = ByteBuffer.allocate(RECORD * 1024);
    long at = HEADER;
    int damaged = 0;
    while (at < end) {
      buffer.clear();
      int read = 0;
      while (buffer.hasRemaining() && at + read < end) {
        int n = log.read(buffer, at + read);
        if (n < 0) {
          break;
        }
        read += n;
      }
      buffer.flip();
      int whole = read / RECORD;
      for (int r = 0; r < whole; r++) {
        if (!readRecord(buffer.slice(r * RECORD, RECORD))) {
          damaged++;
        }
      }
      at += (long) whole * RECORD;
      if (whole == 0) {
        break;
      }
    }
    if (damaged > 0) {
      LOG.warn("{}: {} damaged records ignored; those sentences are embedded again", file, damaged);
    }
  }

  private boolean readRecord(ByteBuffer record) {
    byte[] key = new byte[KEY];
    byte[] values = new byte[SentenceVector.DIMENSIONS];
    record.get(key).get(values);
    CRC32C crc = new CRC32C();
    crc.update(key);
    crc.update(values);
    if ((int) crc.getValue() != record.getInt()) {
      return false;
    }
    vectors.put(Key.of(key), new SentenceVector(values));
    return true;
  }

  private static ByteBuffer headerBytes() {
    return ByteBuffer.allocate(HEADER)
        .put(MAGIC)
        .putInt(FORMAT)
        .putInt(SentenceVector.DIMENSIONS)
        .flip();
  }

  @Override
  public synchronized List<SentenceVector> encode(List<String> sentences) {
    List<Key> keys = sentences.stream().map(s -> Key.of(sha1(s))).toList();
    Map<Key, String> absent = new java.util.LinkedHashMap<>();
    for (int i = 0; i < sentences.size(); i++) {
      Key key = keys.get(i);
      used.add(key);
      if (!vectors.containsKey(key)) {
        absent.putIfAbsent(key, sentences.get(i));
      }
    }
    List<String> missing = new ArrayList<>(absent.values());
    List<Key> missingKeys = new ArrayList<>(absent.keySet());
    hits += sentences.size() - missing.size();
    misses += missing.size();
    // Embedded and appended a batch at a time: a build killed while embedding keeps what it
    // embedded
    // (round 2 embedded everything in one call and wrote nothing before its end).
    for (int from = 0; from < missing.size(); from += APPEND_BATCH) {
      int to = Math.min(missing.size(), from + APPEND_BATCH);
      List<SentenceVector> fresh = model.encode(missing.subList(from, to));
      ByteBuffer out = ByteBuffer.allocate(RECORD * fresh.size());
      for (int i = 0; i < fresh.size(); i++) {
        vectors.put(missingKeys.get(from + i), fresh.get(i));
        putRecord(out, missingKeys.get(from + i), fresh.get(i));
      }
      append(out.flip());
    }
    return keys.stream().map(vectors::get).toList();
  }

  private static void putRecord(ByteBuffer out, Key key, SentenceVector vector) {
    int start = out.position();
    key.put(out);
    out.put(vector.values());
    CRC32C crc = new CRC32C();
    crc.update(out.duplicate().position(start).limit(out.position()));
    out.putInt((int) crc.getValue());
  }

  private void append(ByteBuffer records) {
    try {
      long at = log.size();
      while (records.hasRemaining()) {
        at += log.write(records, at);
      }
    } catch (IOException e) {
      // The vectors are in memory for this build; a cache that cannot grow only costs time next
      // build.
      LOG.warn(
          "{}: cannot append sentence vectors ({}); they will be embedded again next build",
          file,
          e.toString());
    }
  }

  /**
   * Rewrites the file with only the sentences this run used (through a temporary file and an atomic
   * rename). Call after a complete rebuild.
   *
   * @return records dropped
   */
  public synchronized int compact() throws IOException {
    int dropped =
        vectors.size() - (int) vectors.keySet().stream().filter(used::contains).count();
    if (dropped == 0) {
      return 0;
    }
    Path tmp = file.resolveSibling(FILE + ".tmp");
    try (FileChannel out = FileChannel.open(
        tmp,
        StandardOpenOption.CREATE,
        StandardOpenOption.TRUNCATE_EXISTING,
        StandardOpenOption.WRITE)) {
      out.write(headerBytes());
      ByteBuffer buffer = ByteBuffer.allocate(RECORD * 1024);
      for (Map.Entry<Key, SentenceVector> e : vectors.entrySet()) {
        if (!used.contains(e.getKey())) {
          continue;
        }
        if (buffer.remaining() < RECORD) {
          out.write(buffer.flip());
          buffer.clear();
        }
        putRecord(buffer, e.getKey(), e.getValue());
      }
      out.write(buffer.flip());
    }
    log.close();
    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    vectors.keySet().retainAll(used);
    log = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
    return dropped;
  }

  public synchronized Stats stats() {
    return new Stats(hits, misses, vectors.size());
  }

  @Override
  public synchronized void close() throws IOException {
    log.close();
  }

  static byte[] sha1(String sentence) {
    try {
      return MessageDigest.getInstance("SHA-1").digest(sentence.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-1", e);
    }
  }

  @Override
  public String toString() {
    return "SentenceCache[" + file + ", " + vectors.size() + " vectors]";
  }
}
