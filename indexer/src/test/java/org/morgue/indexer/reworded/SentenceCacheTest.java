package org.morgue.indexer.reworded;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sentence-vector cache on disk: what a rebuild finds again, and what damage costs. */
class SentenceCacheTest {

  @TempDir
  Path dir;

  /** A stand-in for the model that records what it was asked: each sentence's vector is its length. */
  private static final class Counting implements SentenceEncoder {
    final List<String> asked = new ArrayList<>();

    @Override
    public List<SentenceVector> encode(List<String> sentences) {
      asked.addAll(sentences);
      return sentences.stream()
          .map(s -> {
            float[] v = new float[SentenceVector.DIMENSIONS];
            v[s.length() % SentenceVector.DIMENSIONS] = 1;
            v[0] += 0.5f;
            return SentenceVector.of(v);
          })
          .toList();
    }
  }

  @Test
  void aSecondOpenEmbedsOnlyNewSentencesAndReturnsTheSameVectors() throws IOException {
    Counting model = new Counting();
    List<SentenceVector> first;
    try (SentenceCache cache = SentenceCache.open(dir, model)) {
      first = cache.encode(
          List.of("one sentence here", "another, longer sentence", "one sentence here"));
      assertEquals(new SentenceCache.Stats(1, 2, 2), cache.stats());
    }
    try (SentenceCache cache = SentenceCache.open(dir, model)) {
      List<SentenceVector> again = cache.encode(List.of("another, longer sentence", "a third"));
      assertArrayEquals(first.get(1).values(), again.get(0).values());
      assertEquals(new SentenceCache.Stats(1, 1, 3), cache.stats());
    }
    assertEquals(List.of("one sentence here", "another, longer sentence", "a third"), model.asked);
  }

  @Test
  void aTornTailIsCutAndADamagedRecordIsEmbeddedAgain() throws IOException {
    try (SentenceCache cache = SentenceCache.open(dir, new Counting())) {
      cache.encode(List.of("first sentence", "second sentence"));
    }
    Path file = dir.resolve(SentenceCache.FILE);
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
      // One value of the first record flipped; half a record appended, as a kill mid-append leaves
      // it.
      ch.write(
          java.nio.ByteBuffer.wrap(new byte[] {42}), SentenceCache.HEADER + SentenceCache.KEY + 3);
      ch.write(java.nio.ByteBuffer.allocate(SentenceCache.RECORD / 2), ch.size());
    }
    Counting model = new Counting();
    try (SentenceCache cache = SentenceCache.open(dir, model)) {
      assertEquals(SentenceCache.HEADER + 2L * SentenceCache.RECORD, Files.size(file));
      cache.encode(List.of("first sentence", "second sentence"));
      assertEquals(List.of("first sentence"), model.asked);
    }
  }

  @Test
  void compactionKeepsOnlyTheSentencesThisRunUsed() throws IOException {
    try (SentenceCache cache = SentenceCache.open(dir, new Counting())) {
      cache.encode(List.of("kept sentence", "dropped sentence"));
    }
    try (SentenceCache cache = SentenceCache.open(dir, new Counting())) {
      cache.encode(List.of("kept sentence"));
      assertEquals(1, cache.compact());
    }
    Counting model = new Counting();
    try (SentenceCache cache = SentenceCache.open(dir, model)) {
      assertEquals(1, cache.stats().entries());
      cache.encode(List.of("kept sentence", "dropped sentence"));
    }
    assertEquals(List.of("dropped sentence"), model.asked);
    assertEquals(
        SentenceCache.HEADER + 2L * SentenceCache.RECORD,
        Files.size(dir.resolve(SentenceCache.FILE)));
  }
}
