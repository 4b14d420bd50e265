package org.morgue.indexer.cache;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.morgue.indexer.entity.Entity;
import org.morgue.indexer.entity.EntityType;
import org.morgue.indexer.entity.Extraction;
import org.morgue.indexer.entity.Span;
import org.morgue.indexer.index.IndexLockedException;

class ExtractionCacheTest {

  private static final String[][] STORIES = {
    {"Protest at the embassy", "Qais Khazali spoke in Baghdad on Tuesday."},
    {"Talks resume", "Ronald Reagan met Yasuhiro Nakasone in Tokyo."},
    {"Rates", "Paul Volcker said rates would hold."},
  };

  @TempDir
  Path dir;

  private Path log() {
    return dir.resolve(ExtractionCache.DIR).resolve(ExtractionCache.FILE);
  }

  /** Extracts every story through a fresh cache opening; returns the tagger's call count. */
  private int extractAll(String identity) throws IOException {
    CountingTagger tagger = new CountingTagger(identity);
    try (ExtractionCache cache = ExtractionCache.open(dir)) {
      CachedExtractor extractor = new CachedExtractor(cache, tagger);
      for (String[] s : STORIES) {
        assertEquals(
            Extraction.entities(s[0], s[1], new CountingTagger(identity).tag(s[0], s[1])),
            extractor.extract(s[0], s[1]));
      }
    }
    return tagger.calls();
  }

  @Test
  void aCachedStoryIsNotTaggedAgainAfterReopening() throws IOException {
    assertEquals(3, extractAll("t1"));
    assertEquals(0, extractAll("t1"));
  }

  @Test
  void cachedMentionsGiveTheSameEntitiesAsTagging() throws IOException {
    extractAll("t1");
    try (ExtractionCache cache = ExtractionCache.open(dir)) {
      List<Entity> entities = new CachedExtractor(cache, new CountingTagger("t1"))
          .extract(STORIES[1][0], STORIES[1][1]);
      assertEquals(
          List.of(
              new Entity(EntityType.PERSON, "talks", "Talks", List.of(new Span(true, 0, 5))),
              new Entity(
                  EntityType.PERSON,
                  "ronald reagan",
                  "Ronald Reagan",
                  List.of(new Span(false, 0, 13))),
              new Entity(
                  EntityType.PERSON,
                  "yasuhiro nakasone",
                  "Yasuhiro Nakasone",
                  List.of(new Span(false, 18, 35))),
              new Entity(EntityType.PLACE, "tokyo", "Tokyo", List.of(new Span(false, 39, 44)))),
          entities);
      assertEquals(new ExtractionCache.Stats(1, 0, 0, 3), cache.stats());
    }
  }

  @Test
  void anotherTaggerIdentityOrChangedTextIsAMiss() throws IOException {
    extractAll("t1");
    assertEquals(3, extractAll("t2"));
    CountingTagger tagger = new CountingTagger("t1");
    try (ExtractionCache cache = ExtractionCache.open(dir)) {
      new CachedExtractor(cache, tagger).extract(STORIES[0][0], STORIES[0][1] + " More.");
    }
    assertEquals(1, tagger.calls());
  }

  @Test
  void aTornLastRecordIsCutOffAndOnlyThatStoryIsTaggedAgain() throws IOException {
    extractAll("t1");
    long size = Files.size(log());
    try (FileChannel ch = FileChannel.open(log(), StandardOpenOption.WRITE)) {
      ch.truncate(size - 3); // as a kill in the middle of the last append leaves it
    }
    assertEquals(1, extractAll("t1"));
    assertEquals(size, Files.size(log()));
    assertEquals(0, extractAll("t1"));
  }

  @Test
  void aDamagedRecordIsIgnoredAndReExtracted() throws IOException {
    extractAll("t1");
    damageSecondRecord();
    try (ExtractionCache cache = ExtractionCache.open(dir)) {
      assertEquals(new ExtractionCache.Stats(0, 0, 1, 2), cache.stats());
    }
    assertEquals(1, extractAll("t1"));
    assertEquals(0, extractAll("t1"));
  }

  @Test
  void aFileWithoutAValidHeaderIsStartedAfresh() throws IOException {
    extractAll("t1");
    Files.writeString(log(), "not a cache file at all", StandardCharsets.UTF_8);
    assertEquals(3, extractAll("t1"));
    assertEquals(0, extractAll("t1"));
  }

  @Test
  void compactKeepsOnlyTheEntriesUsedSinceOpening() throws IOException {
    extractAll("t1");
    try (ExtractionCache cache = ExtractionCache.open(dir)) {
      CachedExtractor extractor = new CachedExtractor(cache, new CountingTagger("t1"));
      extractor.extract(STORIES[2][0], STORIES[2][1]);
      assertEquals(2, cache.compact());
      assertEquals(1, cache.stats().entries());
      extractor.extract(STORIES[2][0], STORIES[2][1]);
      assertEquals(2, cache.stats().hits());
    }
    assertEquals(2, extractAll("t1"));
  }

  @Test
  void compactLeavesTheFileAsItIsWhenEveryRecordWasUsed() throws IOException {
    extractAll("t1");
    byte[] before = Files.readAllBytes(log());
    useEveryStoryThenCompact();
    assertArrayEquals(before, Files.readAllBytes(log()));
    assertEquals(0, extractAll("t1"));
  }

  @Test
  void compactDropsADamagedRecordEvenWhenEveryEntryWasUsed() throws IOException {
    extractAll("t1");
    damageSecondRecord();
    long damagedSize = Files.size(log());
    assertEquals(1, extractAll("t1")); // the damaged story is tagged again and appended
    useEveryStoryThenCompact();
    assertEquals(damagedSize, Files.size(log()));
    try (ExtractionCache cache = ExtractionCache.open(dir)) {
      assertEquals(new ExtractionCache.Stats(0, 0, 0, 3), cache.stats());
    }
  }

  /** A rebuild that finds all three stories in the cache, then compacts: nothing to prune, three entries. */
  private void useEveryStoryThenCompact() throws IOException {
    try (ExtractionCache cache = ExtractionCache.open(dir)) {
      CachedExtractor extractor = new CachedExtractor(cache, new CountingTagger("t1"));
      for (String[] s : STORIES) {
        extractor.extract(s[0], s[1]);
      }
      assertEquals(0, cache.compact());
      assertEquals(3, cache.stats().entries());
    }
  }

  @Test
  void aSecondWriterOnTheSameIndexFailsFast() throws IOException {
    try (ExtractionCache first = ExtractionCache.open(dir)) {
      assertThrows(IndexLockedException.class, () -> ExtractionCache.open(dir));
    }
  }

  @Test
  void theTaggerIsLoadedOnlyOnAMiss() throws IOException {
    extractAll("t1");
    try (ExtractionCache cache = ExtractionCache.open(dir)) {
      CachedExtractor extractor = new CachedExtractor(cache, "t1", () -> {
        throw new AssertionError("the tagger must not be loaded when every story is cached");
      });
      for (String[] s : STORIES) {
        extractor.extract(s[0], s[1]);
      }
    }
  }

  /** Flips one byte inside the second record's mentions, so its checksum no longer matches. */
  private void damageSecondRecord() throws IOException {
    flipByte(secondRecordOffset() + 8 + CacheKey.BYTES + 1);
  }

  private long secondRecordOffset() throws IOException {
    try (FileChannel ch = FileChannel.open(log(), StandardOpenOption.READ)) {
      ByteBuffer len = ByteBuffer.allocate(4);
      ch.read(len, ExtractionCache.HEADER);
      return ExtractionCache.HEADER + 8 + len.getInt(0);
    }
  }

  private void flipByte(long at) throws IOException {
    try (FileChannel ch =
        FileChannel.open(log(), StandardOpenOption.READ, StandardOpenOption.WRITE)) {
      ByteBuffer b = ByteBuffer.allocate(1);
      ch.read(b, at);
      b.put(0, (byte) (b.get(0) ^ 0x5A));
      ch.write(b.rewind(), at);
    }
  }
}
