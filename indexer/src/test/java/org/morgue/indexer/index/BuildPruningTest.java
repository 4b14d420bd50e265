package org.morgue.indexer.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.morgue.indexer.index.Stories.story;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.morgue.indexer.cache.CountingTagger;
import org.morgue.indexer.entity.EntityExtractor;
import org.morgue.indexer.entity.Extraction;

/**
 * Old builds do not pile up under {@code builds/}: after every publish only the new build and the one
 * it replaced remain, whatever their names, and a reader still holding a removed build keeps reading it.
 */
class BuildPruningTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-03-01T08:00:00Z"), ZoneOffset.UTC);
  private static final EntityExtractor NER = Extraction.uncached(new CountingTagger("test"));

  @TempDir
  Path dir;

  private final Schema schema = new Schema();
  private int stamps;

  private Clock next() {
    return Clock.offset(CLOCK, Duration.ofMinutes(++stamps));
  }

  private Set<Path> builds() throws IOException {
    try (Stream<Path> list = Files.list(dir.resolve(IndexLayout.BUILDS))) {
      return Set.copyOf(list.toList());
    }
  }

  private void update(String id, String body) throws IOException {
    new IndexUpdater(schema, NER, new IndexBuilder.Options(1, 2, 16), next())
        .update(
            new IndexLayout(dir),
            ListSource.of(story(id, "Title " + id, body)),
            List.of(),
            new IndexProgress());
  }

  @Test
  void repeatedUpdatesKeepOnlyTheServedBuildAndItsPredecessor() throws Exception {
    IndexLayout layout = new IndexLayout(dir);
    List<Path> served = new ArrayList<>();
    for (int i = 1; i <= 6; i++) {
      update("s" + i, "Story number " + i + " about the harbour.");
      served.add(layout.currentBuild().orElseThrow());
      Set<Path> expected =
          i == 1 ? Set.of(served.get(0)) : Set.of(served.get(i - 2), served.get(i - 1));
      assertEquals(expected, builds(), "after update " + i);
    }
    assertEquals(6, Set.copyOf(served).size(), "every update published a build of its own");
  }

  @Test
  void aBuildLeftByAKillBetweenRenameAndSwitchIsRemovedNotTheServedPredecessor() throws Exception {
    IndexLayout layout = new IndexLayout(dir);
    layout.publish(layout.newBuild(next()));
    Path served = layout.publish(layout.newBuild(next()));
    // A run killed after renaming its build but before switching `current`: a newer name, never
    // served.
    Path orphanPartial = layout.newBuild(next());
    String name = orphanPartial.getFileName().toString();
    Path orphan = Files.move(
        orphanPartial, orphanPartial.resolveSibling(name.substring(0, name.indexOf(".partial"))));
    assertEquals(served, layout.currentBuild().orElseThrow(), "the orphan is not served");

    Path newest = layout.publish(layout.newBuild(next()));

    assertEquals(Set.of(served, newest), builds());
    assertFalse(Files.exists(orphan));
  }

  @Test
  void aReaderOnARemovedBuildKeepsReadingIt() throws Exception {
    IndexLayout layout = new IndexLayout(dir);
    update("first", "The first story mentions the lighthouse.");
    Path oldest = layout.currentBuild().orElseThrow();
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(oldest))) {
      update("second", "The second story.");
      update("third", "The third story.");
      assertFalse(Files.exists(oldest), "the oldest build is pruned while the reader is open");

      IndexSearcher searcher = new IndexSearcher(reader);
      TopDocs hits = searcher.search(new TermQuery(new Term(Schema.BODY, "lighthouse")), 10);
      assertEquals(1, hits.totalHits.value());
      assertEquals(
          "first",
          schema
              .fromDocument(searcher.storedFields().document(hits.scoreDocs[0].doc))
              .story()
              .id());
    }
  }
}
