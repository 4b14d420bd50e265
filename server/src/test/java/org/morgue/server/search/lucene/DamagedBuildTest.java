package org.morgue.server.search.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.morgue.indexer.index.EntityLabels;
import org.morgue.indexer.index.IndexLayout;
import org.morgue.indexer.index.NameTable;
import org.morgue.server.search.SearchRequest;
import org.morgue.server.search.SortOrder;
import org.morgue.server.testing.TestArchive;

/**
 * A build with a damaged file is refused when it opens, by the file's name: at start-up the service does
 * not start, and while a good build serves, that one keeps serving.
 */
class DamagedBuildTest {

  @Test
  void aGoodBuildPassesEveryFileOfItsCommitAndItsLabels(@TempDir Path dir) throws Exception {
    TestArchive.build(dir, TestArchive.STORIES);
    Path build = new IndexLayout(dir).currentBuild().orElseThrow();
    try (Directory directory = FSDirectory.open(build)) {
      long luceneFiles =
          Stream.of(directory.listAll()).filter(f -> !f.equals("write.lock")).count();
      // every Lucene file of the commit, plus labels.json and names.bin (which the directory
      // listing also holds)
      assertEquals(luceneFiles, BuildVerifier.verify(build, directory));
    }
  }

  @Test
  void aFlippedBitInTheLargestFileIsFoundAndNamed(@TempDir Path dir) throws Exception {
    TestArchive.build(dir, TestArchive.STORIES);
    Path build = new IndexLayout(dir).currentBuild().orElseThrow();
    String damaged = flipABitInTheMiddleOfTheLargestFile(build);
    try (Directory directory = FSDirectory.open(build)) {
      BuildVerifier.DamagedBuildException e = assertThrows(
          BuildVerifier.DamagedBuildException.class, () -> BuildVerifier.verify(build, directory));
      assertEquals(damaged, e.file());
      assertTrue(
          e.getMessage()
              .startsWith("build " + build + " is damaged: " + damaged
                  + " fails its check (CorruptIndexException: checksum failed"),
          e.getMessage());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {EntityLabels.FILE, NameTable.FILE})
  void aTruncatedTableBesideTheIndexIsNamed(String name, @TempDir Path dir) throws Exception {
    TestArchive.build(dir, TestArchive.STORIES);
    Path build = new IndexLayout(dir).currentBuild().orElseThrow();
    Path table = build.resolve(name);
    byte[] bytes = Files.readAllBytes(table);
    Files.write(table, java.util.Arrays.copyOf(bytes, bytes.length / 2));
    try (Directory directory = FSDirectory.open(build)) {
      BuildVerifier.DamagedBuildException e = assertThrows(
          BuildVerifier.DamagedBuildException.class, () -> BuildVerifier.verify(build, directory));
      assertEquals(name, e.file());
    }
  }

  @Test
  void aDamagedStartingBuildIsRefusedByName(@TempDir Path dir) throws Exception {
    TestArchive.build(dir, TestArchive.STORIES);
    Path build = new IndexLayout(dir).currentBuild().orElseThrow();
    String damaged = flipABitInTheMiddleOfTheLargestFile(build);
    IOException e = assertThrows(
        IOException.class,
        () -> LuceneSearchService.open(new IndexLayout(dir), Duration.ofMinutes(10))
            .close());
    assertTrue(
        e.getMessage()
            .startsWith("build " + build + " is damaged: " + damaged + " fails its check"),
        e.getMessage());
  }

  @Test
  void aDamagedNewBuildIsRefusedAndThePreviousOneKeepsServing(@TempDir Path dir) throws Exception {
    TestArchive.build(dir, TestArchive.STORIES);
    IndexLayout layout = new IndexLayout(dir);
    Path first = layout.currentBuild().orElseThrow();
    try (LuceneSearchService service = LuceneSearchService.open(layout, Duration.ofMinutes(10))) {
      TestArchive.build(dir, TestArchive.STORIES.subList(0, 3));
      Path second = layout.currentBuild().orElseThrow();
      String damaged = flipABitInTheMiddleOfTheLargestFile(second);
      IOException e = assertThrows(IOException.class, service::checkForNewBuild);
      assertTrue(
          e.getMessage().startsWith("build " + second + " is damaged: " + damaged), e.getMessage());
      assertEquals(first.toString(), service.health().index());
      assertEquals(6, service.health().stories());
      SearchRequest all =
          SearchRequest.builder().sort(SortOrder.NEWEST).size(100).build();
      assertEquals(6, service.search(all).hits().size());
      // refused once: the next look at the same published build does not read it again
      service.checkForNewBuild();
      assertEquals(first.toString(), service.health().index());
    }
  }

  /** Flips one bit half-way through the build's largest Lucene file; returns its name. */
  private static String flipABitInTheMiddleOfTheLargestFile(Path build) throws IOException {
    Path largest;
    try (Stream<Path> files = Files.list(build)) {
      largest = files
          .filter(f -> !f.getFileName().toString().startsWith("segments_")
              && !f.getFileName().toString().equals(EntityLabels.FILE)
              && !f.getFileName().toString().equals("write.lock"))
          .max(Comparator.comparingLong(f -> f.toFile().length()))
          .orElseThrow();
    }
    byte[] bytes = Files.readAllBytes(largest);
    bytes[bytes.length / 2] ^= 0x10;
    Files.write(largest, bytes);
    return largest.getFileName().toString();
  }
}
