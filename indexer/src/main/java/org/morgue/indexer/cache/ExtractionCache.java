package org.morgue.indexer.cache;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.morgue.indexer.entity.Mention;
import org.morgue.indexer.index.IndexLockedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Raw extractions by {@link CacheKey}, in one append-only file {@code DIR/cache/extractions.log}
 * that survives rebuilds (it lives outside {@code builds/}).
 *
 * <p>Crash safety without fsync on every story: each record is {@code [length][CRC32C][key][mentions]}
 * and the file is only ever appended to. A kill mid-write leaves at most one torn record at the end,
 * which the next open detects (short or failing its checksum) and cuts off; a damaged record inside
 * the file fails its checksum and is ignored, so that story is tagged again and appended anew, and
 * the records after it are found again even when the damage hit its length field ({@link RecordScanner}).
 * Nothing read from the file is trusted before its checksum and its spans' fit to the story are checked.
 *
 * <p>Bounded: {@link #compact()} after a full rebuild rewrites the file with only the entries that
 * rebuild used (through a temporary file and an atomic rename), so stories that left the archive or
 * whose text changed do not accumulate. Memory: the key table holds about 80 bytes per entry; values
 * are read from the file on demand.
 *
 * <p>Thread-safe: reads are positional, appends are serialised.
 */
public final class ExtractionCache implements AutoCloseable {

  /** The cache folder inside an index folder. */
  public static final String DIR = "cache";

  static final String FILE = "extractions.log";
  static final String LOCK = "lock";
  private static final byte[] MAGIC = "MORGUEXC".getBytes(StandardCharsets.US_ASCII);
  /** Version of the file format; a file of another version is discarded and rebuilt. */
  private static final int FORMAT = 1;

  static final int HEADER = MAGIC.length + Integer.BYTES;
  private static final int RECORD_HEAD = 2 * Integer.BYTES;
  // No story's mentions come near this; a larger length field can only be damage.
  private static final int MAX_RECORD = 1 << 24;
  private static final Logger LOG = LoggerFactory.getLogger(ExtractionCache.class);

  /** What the cache did in one run. */
  public record Stats(long hits, long misses, long rejected, int entries) {}

  private final Path file;
  private final FileChannel lockChannel;
  private final FileLock lock;
  private FileChannel log;
  private long end;
  private final Map<CacheKey, Long> offsets = new ConcurrentHashMap<>();
  private final Set<CacheKey> used = ConcurrentHashMap.newKeySet();
  private final AtomicLong hits = new AtomicLong();
  private final AtomicLong misses = new AtomicLong();
  private final AtomicLong rejected = new AtomicLong();
  /** Records in the file, live or not (damaged, or superseded by a later append of the same key). */
  private final AtomicLong fileRecords = new AtomicLong();

  private volatile boolean writable = true;

  private ExtractionCache(Path file, FileChannel lockChannel, FileLock lock) {
    this.file = file;
    this.lockChannel = lockChannel;
    this.lock = lock;
  }

  /**
   * Opens (or creates) the cache of an index folder and takes its lock.
   *
   * @throws IndexLockedException when another indexer has it open
   */
  public static ExtractionCache open(Path indexRoot) throws IOException {
    Path dir = Files.createDirectories(indexRoot.resolve(DIR));
    FileChannel lockChannel =
        FileChannel.open(dir.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    FileLock lock;
    try {
      lock = lockChannel.tryLock();
    } catch (OverlappingFileLockException e) {
      lock = null;
    }
    if (lock == null) {
      lockChannel.close();
      throw new IndexLockedException(indexRoot);
    }
    ExtractionCache cache = new ExtractionCache(dir.resolve(FILE), lockChannel, lock);
    try {
      cache.load();
    } catch (IOException | RuntimeException e) {
      cache.close();
      throw e;
    }
    return cache;
  }

  private void load() throws IOException {
    log = FileChannel.open(
        file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
    long size = log.size();
    if (size < HEADER || !validHeader()) {
      if (size > 0) {
        LOG.warn("extraction cache {} has no valid header; starting it afresh", file);
      }
      log.truncate(0);
      log.write(header(), 0);
      end = HEADER;
      return;
    }
    RecordScanner scanner = new RecordScanner(log, HEADER, size, MAX_RECORD);
    for (RecordScanner.Record r = scanner.next(); r != null; r = scanner.next()) {
      fileRecords.incrementAndGet();
      if (r.intact()) {
        offsets.put(CacheKey.read(r.body()), r.offset());
      } else {
        rejected.incrementAndGet();
        LOG.warn(
            "extraction cache {}: {} damaged bytes at offset {} ignored; read on from the next intact record"
                + " at {}",
            file,
            r.span(),
            r.offset(),
            r.offset() + r.span());
      }
    }
    end = scanner.validEnd();
    if (end < size) {
      LOG.warn(
          "extraction cache {}: cut off {} bytes of a torn or damaged tail at offset {}",
          file,
          size - end,
          end);
      log.truncate(end);
    }
    LOG.info(
        "extraction cache {}: {} entries, {} damaged records ignored",
        file,
        offsets.size(),
        rejected.get());
  }

  private boolean validHeader() throws IOException {
    ByteBuffer head = ByteBuffer.allocate(HEADER);
    RecordScanner.readFully(log, head, 0);
    return Arrays.equals(Arrays.copyOf(head.array(), MAGIC.length), MAGIC)
        && head.getInt(MAGIC.length) == FORMAT;
  }

  private static ByteBuffer header() {
    return ByteBuffer.allocate(HEADER).put(MAGIC).putInt(FORMAT).flip();
  }

  /**
   * The cached mentions of a story, checked against its text lengths; empty on a miss or when the
   * entry is damaged (it is then forgotten, so the caller's {@link #put} replaces it).
   */
  Optional<List<Mention>> get(CacheKey key, int titleLength, int bodyLength) {
    Long offset = offsets.get(key);
    if (offset == null) {
      misses.incrementAndGet();
      return Optional.empty();
    }
    Optional<List<Mention>> found = Optional.empty();
    try {
      Optional<ByteBuffer> body = RecordScanner.readRecord(log, offset, MAX_RECORD);
      if (body.isPresent() && CacheKey.read(body.get()).equals(key)) {
        found = MentionCodec.decode(body.get(), titleLength, bodyLength);
      }
    } catch (IOException e) {
      LOG.warn(
          "extraction cache {}: cannot read entry at offset {} ({}); the story is tagged again",
          file,
          offset,
          e.toString());
    }
    if (found.isEmpty()) {
      LOG.warn(
          "extraction cache {}: damaged entry at offset {} ignored; the story is tagged again",
          file,
          offset);
      rejected.incrementAndGet();
      misses.incrementAndGet();
      offsets.remove(key, offset);
      return found;
    }
    used.add(key);
    hits.incrementAndGet();
    return found;
  }

  /** Appends a story's mentions. A cache that cannot be written only costs speed: it is logged once. */
  void put(CacheKey key, List<Mention> mentions) {
    if (!writable) {
      return;
    }
    byte[] value = MentionCodec.encode(mentions);
    ByteBuffer body = ByteBuffer.allocate(CacheKey.BYTES + value.length);
    key.write(body);
    body.put(value).flip();
    ByteBuffer record = ByteBuffer.allocate(RECORD_HEAD + body.remaining())
        .putInt(body.remaining())
        .putInt(RecordScanner.crc(body))
        .put(body)
        .flip();
    synchronized (this) {
      try {
        long at = end;
        while (record.hasRemaining()) {
          log.write(record, at + record.position());
        }
        end = at + record.limit();
        fileRecords.incrementAndGet();
        offsets.put(key, at);
        used.add(key);
      } catch (IOException e) {
        writable = false;
        LOG.warn(
            "extraction cache {} cannot be written ({}); this run goes on without storing",
            file,
            e.toString());
      }
    }
  }

  /**
   * Rewrites the file with only the entries used since it was opened: call after a full rebuild,
   * whose stories are then exactly the entries kept.
   *
   * @return the number of entries dropped
   */
  public synchronized int compact() throws IOException {
    if (fileRecords.get() == offsets.size() && used.containsAll(offsets.keySet())) {
      // Every record in the file is a live entry this rebuild used: a rewrite would copy the file
      // as
      // it is (on 1.15M headlines, 960k records and an fsync: 1.4 s of every cached rebuild).
      LOG.info(
          "extraction cache {}: kept {} entries, pruned 0 the last rebuild did not use",
          file,
          offsets.size());
      return 0;
    }
    Path tmp = file.resolveSibling(FILE + ".tmp");
    int dropped = 0;
    Map<CacheKey, Long> kept = new ConcurrentHashMap<>();
    try (FileChannel out = FileChannel.open(
        tmp,
        StandardOpenOption.CREATE,
        StandardOpenOption.TRUNCATE_EXISTING,
        StandardOpenOption.WRITE)) {
      long at = out.write(header(), 0);
      for (Map.Entry<CacheKey, Long> e : offsets.entrySet()) {
        if (!used.contains(e.getKey())) {
          dropped++;
          continue;
        }
        ByteBuffer raw = RecordScanner.readRaw(log, e.getValue(), MAX_RECORD);
        kept.put(e.getKey(), at);
        while (raw.hasRemaining()) {
          at += out.write(raw, at);
        }
      }
      out.force(true);
      log.close();
      Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      end = at;
    } finally {
      Files.deleteIfExists(tmp);
      if (!log.isOpen()) {
        log = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
      }
    }
    offsets.clear();
    offsets.putAll(kept);
    fileRecords.set(kept.size());
    LOG.info(
        "extraction cache {}: kept {} entries, pruned {} the last rebuild did not use",
        file,
        kept.size(),
        dropped);
    return dropped;
  }

  public Stats stats() {
    return new Stats(hits.get(), misses.get(), rejected.get(), offsets.size());
  }

  /** Flushes the file to disk and releases the lock. */
  @Override
  public synchronized void close() throws IOException {
    try {
      if (log != null && log.isOpen()) {
        try {
          log.force(true);
        } finally {
          log.close();
        }
      }
    } finally {
      try {
        lock.release();
      } finally {
        lockChannel.close();
      }
    }
  }
}
