package org.morgue.indexer.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.morgue.indexer.entity.EntityExtractor;
import org.morgue.indexer.story.Story;

/**
 * Repeated ids on several writer threads: the story read last wins every time, in a rebuild (stories
 * kept between the passes or read again) and in an update, and the report names both places.
 */
class LaterWinsTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-02-01T08:00:00Z"), ZoneOffset.UTC);
  private static final int PAIRS = 5_000;
  /** Four writers on two cores, flushing every 100 stories: the interleaving that kept the earlier copy. */
  private static final IndexBuilder.Options OPTIONS =
      new IndexBuilder.Options(4, 100, 16).withEvents(Optional.empty());
  /** The same without copy grouping, which the 10,000-story update would spend a minute planning. */
  private static final IndexBuilder.Options NO_COPIES =
      new IndexBuilder.Options(4, 100, 16, Optional.empty(), Optional.empty());

  @TempDir
  Path dir;

  private final Schema schema = new Schema();

  private static Story story(String id, String title, String body, String origin) {
    return new Story(
        id, title, body, Optional.empty(), "", "", "", List.of(), Map.of(), origin, "jsonl");
  }

  /** Each pair side by side, as a feed that repeats itself: id s{i} at lines 2i+1 (earlier) and 2i+2 (later). */
  private static List<Story> pairs(String file) {
    List<Story> stories = new ArrayList<>();
    for (int i = 0; i < PAIRS; i++) {
      String body =
          "Harbour report number " + i + " on the gale that closed the quay for the night.";
      stories.add(story("s" + i, "earlier", body, file + ":" + (2 * i + 1)));
      stories.add(story("s" + i, "later", body + " Updated.", file + ":" + (2 * i + 2)));
    }
    return stories;
  }

  /** id → title of every live story in the served build. */
  private Map<String, String> servedTitles() throws IOException {
    Map<String, String> out = new TreeMap<>();
    try (DirectoryReader reader = DirectoryReader.open(
        FSDirectory.open(new IndexLayout(dir).currentBuild().orElseThrow()))) {
      for (LeafReaderContext leaf : reader.leaves()) {
        Bits live = leaf.reader().getLiveDocs();
        for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
          if (live == null || live.get(doc)) {
            Story s =
                schema.fromDocument(leaf.reader().storedFields().document(doc)).story();
            out.merge(s.id(), s.title(), (a, b) -> a + "+" + b);
          }
        }
      }
    }
    return out;
  }

  private static Map<String, String> allLater() {
    Map<String, String> expected = new TreeMap<>();
    for (int i = 0; i < PAIRS; i++) {
      expected.put("s" + i, "later");
    }
    return expected;
  }

  @ParameterizedTest(name = "keep budget {0} characters")
  @ValueSource(longs = {100_000_000L, 0L})
  void theLaterOfEveryDuplicatePairIsKeptOnFourWriterThreads(long keepChars) throws Exception {
    IndexReport report = new IndexBuilder(schema, EntityExtractor.NONE, OPTIONS, CLOCK, keepChars)
        .rebuild(
            new IndexLayout(dir),
            new ListSource(pairs("feed.jsonl"), List.of()),
            new IndexProgress());

    assertEquals(allLater(), servedTitles());
    assertEquals(
        PAIRS, report.indexed(), "the summary counts the stories in the build, not those replaced");
    assertEquals(Map.of("jsonl", (long) PAIRS), report.perFormat());
    assertEquals(PAIRS, report.duplicateIds());
    assertEquals(
        new ReplacedStory("s0", "feed.jsonl:1", "feed.jsonl:2"),
        report.repeated().get(0));
    assertEquals(
        new ReplacedStory("s4999", "feed.jsonl:9999", "feed.jsonl:10000"),
        report.repeated().get(PAIRS - 1));
  }

  @Test
  void threeCopiesAreBothReplacedByTheLastAndTheReplacedOneJoinsNoCopyGroup() throws Exception {
    String body =
        "The council voted on Tuesday to close the harbour road for the winter after the storm damage.";
    IndexReport report = new IndexBuilder(schema, EntityExtractor.NONE, OPTIONS, CLOCK)
        .rebuild(
            new IndexLayout(dir),
            new ListSource(
                List.of(
                    story("a", "first", body, "x.csv#record 1 (line 2)"),
                    story("b", "other", "Nothing alike.", "x.csv#record 2 (line 3)"),
                    story("a", "second", body, "x.csv#record 3 (line 4)"),
                    story("a", "third", body, "y.jsonl:7")),
                List.of()),
            new IndexProgress());

    assertEquals(Map.of("a", "third", "b", "other"), servedTitles());
    assertEquals(
        List.of(
            new ReplacedStory("a", "x.csv#record 1 (line 2)", "y.jsonl:7"),
            new ReplacedStory("a", "x.csv#record 3 (line 4)", "y.jsonl:7")),
        report.repeated());
    try (DirectoryReader reader = DirectoryReader.open(
        FSDirectory.open(new IndexLayout(dir).currentBuild().orElseThrow()))) {
      IndexSearcher searcher = new IndexSearcher(reader);
      int doc = searcher.search(new TermQuery(new Term(Schema.ID, "a")), 1).scoreDocs[0].doc;
      // Identical bodies would be copies of each other: the replaced ones are gone, so "a" is
      // alone.
      assertEquals("1", searcher.storedFields().document(doc).get(Schema.COPY_VERSIONS));
    }
  }

  @Test
  void anUpdateWithDuplicatePairsKeepsTheLaterOfEachOnFourWriterThreads() throws Exception {
    List<Story> old = new ArrayList<>();
    for (int i = 0; i < PAIRS; i += 2) {
      old.add(story("s" + i, "original", "Original text " + i, "old.jsonl:" + (i + 1)));
    }
    new IndexBuilder(schema, EntityExtractor.NONE, NO_COPIES, CLOCK)
        .rebuild(new IndexLayout(dir), new ListSource(old, List.of()), new IndexProgress());

    UpdateReport report = new IndexUpdater(
            schema, EntityExtractor.NONE, NO_COPIES, Clock.offset(CLOCK, Duration.ofMinutes(1)))
        .update(
            new IndexLayout(dir),
            new ListSource(pairs("new.jsonl"), List.of()),
            List.of(),
            new IndexProgress());

    assertEquals(allLater(), servedTitles());
    assertEquals(PAIRS / 2, report.added());
    assertEquals(PAIRS / 2, report.replaced());
    assertEquals(PAIRS, report.stories());
    assertEquals(PAIRS, report.duplicateIds());
    assertEquals(
        new ReplacedStory("s1", "new.jsonl:3", "new.jsonl:4"), report.repeated().get(1));
  }
}
