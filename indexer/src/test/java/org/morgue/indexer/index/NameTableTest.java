package org.morgue.indexer.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.morgue.indexer.index.Stories.story;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.morgue.indexer.cache.CountingTagger;
import org.morgue.indexer.entity.EntityExtractor;
import org.morgue.indexer.entity.Extraction;
import org.morgue.indexer.index.NameTable.Name;
import org.morgue.indexer.story.Story;

/** The typeahead's name table is written by the indexer into every build it publishes, rebuild and update. */
class NameTableTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-02-01T08:00:00Z"), ZoneOffset.UTC);
  private static final EntityExtractor NER = Extraction.uncached(new CountingTagger("test"));

  @TempDir
  Path dir;

  private final Schema schema = new Schema();

  private Path rebuild(Story... stories) throws IOException {
    new IndexBuilder(schema, NER, new IndexBuilder.Options(2, 2, 16), CLOCK)
        .rebuild(new IndexLayout(dir), ListSource.of(stories), new IndexProgress());
    return new IndexLayout(dir).currentBuild().orElseThrow();
  }

  private Path update(Story... stories) throws IOException {
    new IndexUpdater(
            schema,
            NER,
            new IndexBuilder.Options(2, 2, 16),
            Clock.offset(CLOCK, Duration.ofMinutes(1)))
        .update(new IndexLayout(dir), ListSource.of(stories), List.of(), new IndexProgress());
    return new IndexLayout(dir).currentBuild().orElseThrow();
  }

  @Test
  void rebuildAndUpdateWriteTheTableTheServerWouldHaveBuilt() throws IOException {
    Path built = rebuild(
        story("a", "Qais Khazali spoke", "Qais Khazali met Mark Esper in Baghdad."),
        story("b", "Mark Esper flew", "He landed in Baghdad."));
    assertEquals(
        List.of(new Name("person", "mark esper", "Mark Esper", 2)),
        written(built).matching("esp", 10));
    assertEquals(
        List.of(new Name("person", "qais khazali", "Qais Khazali", 1)),
        written(built).matching("khaz", 10));
    assertEquals(fromIndex(built).matching("ba", 10), written(built).matching("ba", 10));

    Path updated = update(story("c", "Mark Esper again", "Mark Esper returned to Baghdad."));
    assertEquals(
        List.of(new Name("person", "mark esper", "Mark Esper", 3)),
        written(updated).matching("esp", 10));
    assertEquals(fromIndex(updated).matching("m", 10), written(updated).matching("m", 10));
    // the old build's file is its own: the update wrote a new one, not through a shared link
    assertEquals(
        List.of(new Name("person", "mark esper", "Mark Esper", 2)),
        written(built).matching("esp", 10));
  }

  @Test
  void aBuildWithoutTheFileReadsAsAbsent() throws IOException {
    Path built = rebuild(story("a", "Mark Esper spoke", "Mark Esper spoke."));
    Files.delete(built.resolve(NameTable.FILE));
    assertEquals(Optional.empty(), NameTable.read(built).map(NameTable::size));
  }

  private static NameTable written(Path build) throws IOException {
    return NameTable.read(build)
        .orElseThrow(() -> new AssertionError("no " + NameTable.FILE + " in " + build));
  }

  private NameTable fromIndex(Path build) throws IOException {
    return NameTable.of(build, schema.facetsConfig(), EntityLabels.read(build));
  }
}
