package org.morgue.indexer.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.morgue.indexer.index.Stories.story;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.morgue.indexer.cache.CountingTagger;
import org.morgue.indexer.entity.EntityExtractor;
import org.morgue.indexer.entity.Extraction;
import org.morgue.indexer.story.Story;

/** Updates and deletions on real indexes, checked through what a server would read. */
class IndexUpdaterTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-02-01T08:00:00Z"), ZoneOffset.UTC);
  private static final EntityExtractor NER = Extraction.uncached(new CountingTagger("test"));

  @TempDir
  Path dir;

  private final Schema schema = new Schema();
  private int builds;

  private IndexLayout layout() {
    return new IndexLayout(dir);
  }

  private void rebuild(Story... stories) throws IOException {
    new IndexBuilder(schema, NER, new IndexBuilder.Options(2, 2, 16), CLOCK)
        .rebuild(layout(), ListSource.of(stories), new IndexProgress());
  }

  private UpdateReport update(List<String> deletes, Story... stories) throws IOException {
    // Each build needs its own stamp: advance the clock by the number of builds so far.
    Clock later = Clock.offset(CLOCK, Duration.ofMinutes(++builds));
    return new IndexUpdater(schema, NER, new IndexBuilder.Options(2, 2, 16), later)
        .update(layout(), ListSource.of(stories), deletes, new IndexProgress());
  }

  /** id → body of every live story in the served build. */
  private Map<String, String> served() throws IOException {
    Map<String, String> out = new TreeMap<>();
    try (DirectoryReader reader =
        DirectoryReader.open(FSDirectory.open(layout().currentBuild().orElseThrow()))) {
      for (LeafReaderContext leaf : reader.leaves()) {
        Bits live = leaf.reader().getLiveDocs();
        for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
          if (live == null || live.get(doc)) {
            IndexedStory s = schema.fromDocument(leaf.reader().storedFields().document(doc));
            out.put(s.story().id(), s.story().body());
          }
        }
      }
    }
    return out;
  }

  private List<String> facet(String dim) throws IOException {
    try (DirectoryReader reader =
        DirectoryReader.open(FSDirectory.open(layout().currentBuild().orElseThrow()))) {
      FacetsCollector hits =
          new IndexSearcher(reader).search(new MatchAllDocsQuery(), new FacetsCollectorManager());
      FacetResult result = new SortedSetDocValuesFacetCounts(
              new DefaultSortedSetDocValuesReaderState(reader, schema.facetsConfig()), hits)
          .getTopChildren(10, dim);
      List<String> out = new ArrayList<>();
      if (result != null) {
        for (LabelAndValue lv : result.labelValues) {
          out.add(lv.label + "=" + lv.value);
        }
      }
      return out;
    }
  }

  @Test
  void updateReplacesStoriesByIdAndAddsNewOnes() throws IOException {
    rebuild(story("a", "A", "first."), story("b", "B", "second."), story("c", "C", "third."));
    Path before = layout().currentBuild().orElseThrow();

    UpdateReport report =
        update(List.of(), story("b", "B", "second, corrected."), story("d", "D", "fourth."));

    assertEquals(
        List.of(1L, 1L, 0L, 4L),
        List.of(report.added(), report.replaced(), report.deleted(), report.stories()));
    assertEquals(
        Map.of("a", "first.", "b", "second, corrected.", "c", "third.", "d", "fourth."), served());
    assertNotEquals(before, layout().currentBuild().orElseThrow());
    try (DirectoryReader old = DirectoryReader.open(FSDirectory.open(before))) {
      assertEquals(3, old.numDocs()); // the build a server may still hold is untouched
    }
  }

  @Test
  void deleteRemovesKnownIdsAndReportsUnknownOnes() throws IOException {
    rebuild(story("a", "A", "first."), story("b", "B", "second."), story("c", "C", "third."));

    UpdateReport report = update(List.of("b", "zz", "a"));

    assertEquals(2, report.deleted());
    assertEquals(List.of("zz"), report.unknownIds());
    assertEquals(Map.of("c", "third."), served());
  }

  @Test
  void facetsAndLabelsCoverNewStoriesAndArchiveNamesReachThem() throws IOException {
    rebuild(
        story("a", "x", "Ronald Reagan spoke in Tokyo."),
        story("b", "x", "Ronald Reagan left."),
        story("c", "x", "Paul Volcker stayed."));

    UpdateReport report = update(List.of("c"), story("d", "x", "Reagan returned in Tokyo."));

    // "Reagan" alone takes the archive's full name, as in a rebuild; Volcker left with story c.
    assertEquals(List.of("ronald reagan=3"), facet(Schema.PERSON));
    assertEquals(List.of("tokyo=2"), facet(Schema.PLACE));
    EntityLabels labels = EntityLabels.read(layout().currentBuild().orElseThrow());
    assertEquals("Ronald Reagan", labels.label(Schema.PERSON, "ronald reagan"));
    assertEquals(2, report.entityLabels());
  }

  @Test
  void anUpdateThatChangesNothingPublishesNothing() throws IOException {
    rebuild(story("a", "A", "first."));
    Path before = layout().currentBuild().orElseThrow();

    UpdateReport report = update(List.of("nope"));

    assertTrue(report.published().isEmpty());
    assertEquals(before, layout().currentBuild().orElseThrow());
  }

  @Test
  void anUpdateOfAnEmptyFolderCreatesTheIndex() throws IOException {
    UpdateReport report = update(List.of(), story("a", "A", "first."));

    assertEquals(1, report.added());
    assertEquals(Map.of("a", "first."), served());
  }

  @Test
  void aSecondWriterFailsFast() throws IOException {
    rebuild(story("a", "A", "first."));
    try (IndexLayout.WriteLock held = layout().lockForWriting()) {
      assertThrows(IndexLockedException.class, () -> update(List.of("a")));
    }
    assertEquals(Map.of("a", "first."), served());
  }
}
