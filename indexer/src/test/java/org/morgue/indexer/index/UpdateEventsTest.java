package org.morgue.indexer.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.morgue.indexer.entity.EntityExtractor;
import org.morgue.indexer.story.PubDate;
import org.morgue.indexer.story.Story;

/** {@code index --update} puts a new story into the event of the stored stories it is like, on real indexes. */
class UpdateEventsTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-02-01T08:00:00Z"), ZoneOffset.UTC);
  /** The event's own vocabulary: thirty words no other story uses. */
  private static final String EVENT = words("flood", 30);

  @TempDir
  Path dir;

  private final Schema schema = new Schema();

  private static String words(String prefix, int n) {
    return IntStream.rangeClosed(1, n).mapToObj(i -> prefix + i).collect(Collectors.joining(" "));
  }

  private static Story story(String id, String body, int day) {
    return Stories.dated(
        id, "Title " + id, body, PubDate.day(2020, 1, day), "Source " + id, List.of());
  }

  /** Two reports of the flood (days 2 and 3, ten words each of their own) among eight unrelated stories. */
  @BeforeEach
  void rebuild() throws IOException {
    List<Story> stories = new java.util.ArrayList<>();
    stories.add(story("flood-b", EVENT + " " + words("b", 10), 3));
    stories.add(story("flood-a", EVENT + " " + words("a", 10), 2));
    for (int i = 0; i < 8; i++) {
      stories.add(story("other-" + i, words("o" + i + "x", 40), 2 + i % 3));
    }
    new IndexBuilder(schema, EntityExtractor.NONE, new IndexBuilder.Options(2, 2, 16), CLOCK)
        .rebuild(
            new IndexLayout(dir),
            ListSource.of(stories.toArray(Story[]::new)),
            new IndexProgress());
  }

  private Map<String, String> events() throws IOException {
    Map<String, String> out = new TreeMap<>();
    try (DirectoryReader reader = DirectoryReader.open(
        FSDirectory.open(new IndexLayout(dir).currentBuild().orElseThrow()))) {
      for (LeafReaderContext leaf : reader.leaves()) {
        Bits live = leaf.reader().getLiveDocs();
        for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
          if (live == null || live.get(doc)) {
            Document d = leaf.reader().storedFields().document(doc);
            out.put(d.get(Schema.ID), schema.eventOf(d));
          }
        }
      }
    }
    return out;
  }

  @Test
  void theRebuildPutsTheTwoReportsInOneEventNamedByTheEarlier() throws IOException {
    Map<String, String> events = events();
    assertEquals("flood-a", events.get("flood-a"));
    assertEquals("flood-a", events.get("flood-b"));
    assertEquals("other-3", events.get("other-3"));
  }

  @Test
  void anUpdatedStoryJoinsTheEventItIsLikeAndAnUnrelatedOneStartsItsOwn() throws IOException {
    UpdateReport report = new IndexUpdater(
            schema,
            EntityExtractor.NONE,
            new IndexBuilder.Options(2, 2, 16),
            Clock.offset(CLOCK, Duration.ofMinutes(1)))
        .update(
            new IndexLayout(dir),
            ListSource.of(
                story("flood-c", EVENT + " " + words("c", 10), 4),
                story("lone", words("z", 40), 4)),
            List.of(),
            new IndexProgress());

    assertEquals(2, report.added());
    // flood-c shares 28 of its 37 word shingles with each report: it is their copy too, so the
    // update
    // rewrites both to regroup them, and they must keep their event through that.
    Map<String, String> events = events();
    assertEquals("flood-a", events.get("flood-c"));
    assertEquals("lone", events.get("lone"));
    // The stored stories keep their events: an update rewrites no other story.
    assertEquals("flood-a", events.get("flood-b"));
    assertEquals(12, events.size());
  }

  @Test
  void aStoryOutsideTheTimeWindowStartsItsOwnEvent() throws IOException {
    new IndexUpdater(
            schema,
            EntityExtractor.NONE,
            new IndexBuilder.Options(2, 2, 16),
            Clock.offset(CLOCK, Duration.ofMinutes(1)))
        .update(
            new IndexLayout(dir),
            ListSource.of(story("flood-much-later", EVENT + " " + words("c", 10), 20)),
            List.of(),
            new IndexProgress());

    assertEquals("flood-much-later", events().get("flood-much-later"));
  }
}
