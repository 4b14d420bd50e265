package org.morgue.indexer.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.morgue.indexer.entity.Extraction;

/**
 * One flipped bit in a record's length field, as the attack did to a 1,978-record cache: the scan
 * resynchronises on the next intact record, so only the damaged record's story is tagged again.
 */
class CacheResyncTest {

  private static final int STORIES = 1_978;
  private static final int DAMAGED = 989;

  @TempDir
  Path dir;

  private Path log() {
    return dir.resolve(ExtractionCache.DIR).resolve(ExtractionCache.FILE);
  }

  private static String title(int i) {
    return "Story " + i;
  }

  private static String body(int i) {
    return "Agnes Moray " + i + " spoke in Ellery Harbour on day " + i + " of the gale.";
  }

  /** Extracts every story through a fresh opening of the cache; returns how many were tagged. */
  private int extractAll() throws IOException {
    CountingTagger tagger = new CountingTagger("t1");
    try (ExtractionCache cache = ExtractionCache.open(dir)) {
      CachedExtractor extractor = new CachedExtractor(cache, tagger);
      for (int i = 0; i < STORIES; i++) {
        assertEquals(
            Extraction.entities(title(i), body(i), new CountingTagger("t1").tag(title(i), body(i))),
            extractor.extract(title(i), body(i)));
      }
    }
    return tagger.calls();
  }

  /** The offset of the n-th record (0-based), walking the length fields from the header. */
  private long recordOffset(int n) throws IOException {
    try (FileChannel ch = FileChannel.open(log(), StandardOpenOption.READ)) {
      long at = ExtractionCache.HEADER;
      ByteBuffer length = ByteBuffer.allocate(Integer.BYTES);
      for (int i = 0; i < n; i++) {
        ch.read(length.clear(), at);
        at += 2 * Integer.BYTES + length.getInt(0);
      }
      return at;
    }
  }

  /** Flips one bit of the big-endian length field at an offset (bit 0 is the lowest). */
  private void flipLengthBit(long at, int bit) throws IOException {
    long byteAt = at + 3 - bit / 8;
    try (FileChannel ch =
        FileChannel.open(log(), StandardOpenOption.READ, StandardOpenOption.WRITE)) {
      ByteBuffer b = ByteBuffer.allocate(1);
      ch.read(b, byteAt);
      b.put(0, (byte) (b.get(0) ^ (1 << (bit % 8))));
      ch.write(b.rewind(), byteAt);
    }
  }

  /**
   * Low bits leave a length that still looks possible (only the checksum fails), middle ones a length
   * running past the file, bit 30 one over the 16 MB maximum, bit 31 a negative one.
   */
  @ParameterizedTest(name = "length bit {0} flipped")
  @ValueSource(ints = {0, 3, 4, 9, 17, 30, 31})
  void aFlippedLengthBitCostsOnlyThatRecord(int bit) throws IOException {
    assertEquals(STORIES, extractAll());
    long size = Files.size(log());
    flipLengthBit(recordOffset(DAMAGED), bit);

    try (ExtractionCache cache = ExtractionCache.open(dir)) {
      assertEquals(new ExtractionCache.Stats(0, 0, 1, STORIES - 1), cache.stats());
    }
    assertEquals(size, Files.size(log()), "nothing after the damaged record is cut off");
    assertEquals(1, extractAll(), "only the damaged record's story is tagged again");
    assertEquals(0, extractAll());
  }

  @ParameterizedTest(name = "length bit {0} flipped")
  @ValueSource(ints = {2, 20, 31})
  void aFlippedLengthBitInTheLastRecordIsCutOffAsATornTail(int bit) throws IOException {
    assertEquals(STORIES, extractAll());
    long last = recordOffset(STORIES - 1);
    flipLengthBit(last, bit);

    try (ExtractionCache cache = ExtractionCache.open(dir)) {
      assertEquals(new ExtractionCache.Stats(0, 0, 0, STORIES - 1), cache.stats());
    }
    assertEquals(last, Files.size(log()));
    assertEquals(1, extractAll());
  }
}
