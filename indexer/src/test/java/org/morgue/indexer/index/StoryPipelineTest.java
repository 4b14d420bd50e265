package org.morgue.indexer.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.morgue.indexer.index.Stories.story;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.morgue.indexer.cache.CountingTagger;
import org.morgue.indexer.entity.EntityExtractor;
import org.morgue.indexer.entity.Extraction;
import org.morgue.indexer.read.Skip;
import org.morgue.indexer.story.Story;

/**
 * A rebuild and an update run one pipeline ({@link StoryPipeline}), so a story Lucene refuses is
 * handled the same way by both: reported as skipped with the reason, counted in the progress, and
 * the rest of the input is written. Before the pipeline was shared, an update dropped such a story
 * without counting it.
 */
class StoryPipelineTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-02-01T08:00:00Z"), ZoneOffset.UTC);
  private static final EntityExtractor NER = Extraction.uncached(new CountingTagger("test"));
  private static final IndexBuilder.Options OPTIONS = new IndexBuilder.Options(2, 2, 16);

  /** An id over Lucene's 32,766-byte term limit: the document is refused when it is written. */
  private static final Story REFUSED = new Story(
      "x".repeat(40_000),
      "Too long",
      "Its id is longer than a term may be.",
      Optional.empty(),
      "",
      "",
      "",
      List.of(),
      Map.of(),
      "in.jsonl:2",
      "jsonl");

  private static final String REASON =
      "cannot be indexed: Document contains at least one immense term in field=\"id\""
          + " (whose length is longer than the max length 32766), all of which were skipped. The prefix of the first"
          + " immense term is: '[120, 120, 120, 120, 120, 120, 120, 120, 120, 120, 120, 120, 120, 120, 120, 120, 120, 120,"
          + " 120, 120, 120, 120, 120, 120, 120, 120, 120, 120, 120, 120]...'";

  @TempDir
  Path dir;

  @Test
  void aRebuildSkipsARefusedStoryCountsItAndWritesTheRest() throws IOException {
    IndexProgress progress = new IndexProgress();
    IndexReport report = new IndexBuilder(new Schema(), NER, OPTIONS, CLOCK)
        .rebuild(new IndexLayout(dir), ListSource.of(story("a", "A", "first."), REFUSED), progress);

    assertEquals(List.of(new Skip("in.jsonl:2", REASON)), report.skipped());
    assertEquals(List.of(1L, 1L), List.of(report.indexed(), progress.skipped()));
    assertEquals(Map.of("test", 1L), report.perFormat());
  }

  @Test
  void anUpdateSkipsARefusedStoryCountsItAndWritesTheRest() throws IOException {
    new IndexBuilder(new Schema(), NER, OPTIONS, CLOCK)
        .rebuild(
            new IndexLayout(dir), ListSource.of(story("a", "A", "first.")), new IndexProgress());
    IndexProgress progress = new IndexProgress();
    UpdateReport report = new IndexUpdater(
            new Schema(), NER, OPTIONS, Clock.offset(CLOCK, Duration.ofMinutes(1)))
        .update(
            new IndexLayout(dir),
            ListSource.of(REFUSED, story("b", "B", "second.")),
            List.of(),
            progress);

    assertEquals(List.of(new Skip("in.jsonl:2", REASON)), report.skipped());
    assertEquals(
        List.of(1L, 0L, 2L, 1L),
        List.of(report.added(), report.replaced(), report.stories(), progress.skipped()));
    assertEquals(Map.of("test", 1L), report.perFormat());
  }
}
