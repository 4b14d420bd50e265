package org.morgue.indexer.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.morgue.indexer.copies.CopyParams;
import org.morgue.indexer.entity.EntityExtractor;
import org.morgue.indexer.story.PubDate;
import org.morgue.indexer.story.Story;

/**
 * An update groups copies as its build did: the build's copy options are recorded in its commit and an
 * update uses them, whatever options the update itself was started with.
 */
class UpdateKeepsBuildOptionsTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-02-01T08:00:00Z"), ZoneOffset.UTC);
  private static final String BASE =
      IntStream.rangeClosed(1, 60).mapToObj(i -> "w" + i).collect(Collectors.joining(" "));
  /** 58 of its 64 shingles shared with BASE: similarity 0.906, a copy at the default 0.5, not at 0.95. */
  private static final String REVISED = BASE + " x1 x2 x3 x4 x5 x6";

  private static final IndexBuilder.Options DEFAULTS = new IndexBuilder.Options(2, 2, 16);

  @TempDir
  Path dir;

  private final Schema schema = new Schema();

  private static Story story(String id, String body, int day) {
    return Stories.dated(id, "Title " + id, body, PubDate.day(2020, 1, day), "Source", List.of());
  }

  private void build(Optional<CopyParams> copies, Story... stories) throws IOException {
    new IndexBuilder(
            schema, EntityExtractor.NONE, new IndexBuilder.Options(2, 2, 16, copies), CLOCK)
        .rebuild(new IndexLayout(dir), ListSource.of(stories), new IndexProgress());
  }

  private void updateWithDefaultOptions(Story... stories) throws IOException {
    new IndexUpdater(
            schema,
            EntityExtractor.NONE,
            DEFAULTS,
            Clock.offset(CLOCK, java.time.Duration.ofMinutes(1)))
        .update(new IndexLayout(dir), ListSource.of(stories), List.of(), new IndexProgress());
  }

  private Map<String, String> groups() throws IOException {
    Map<String, String> out = new TreeMap<>();
    try (DirectoryReader reader = DirectoryReader.open(
        FSDirectory.open(new IndexLayout(dir).currentBuild().orElseThrow()))) {
      for (LeafReaderContext leaf : reader.leaves()) {
        for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
          var d = leaf.reader().storedFields().document(doc);
          out.put(d.get(Schema.ID), schema.copyOf(d).group());
        }
      }
    }
    return out;
  }

  @Test
  void anUpdateUsesTheCopyThresholdTheBuildWasMadeWith() throws IOException {
    build(Optional.of(CopyParams.defaults().withThreshold(0.95)), story("early", BASE, 2));
    updateWithDefaultOptions(story("late", REVISED, 3));
    assertEquals(Map.of("early", "early", "late", "late"), groups());
    assertEquals(
        Optional.of(CopyParams.defaults().withThreshold(0.95)),
        BuildInfo.read(new IndexLayout(dir).currentBuild().orElseThrow()).copies(),
        "the update records them again");
  }

  @Test
  void anUpdateOfABuildWithoutCopiesGroupsNothing() throws IOException {
    build(Optional.empty(), story("early", BASE, 2));
    updateWithDefaultOptions(story("copy", BASE, 3));
    assertEquals(Map.of("copy", "copy", "early", "early"), groups());
    assertEquals(
        Optional.empty(),
        BuildInfo.read(new IndexLayout(dir).currentBuild().orElseThrow()).copies());
  }

  @Test
  void buildInfoRoundTripsItsCopyOptionsAndOldBuildsMeanTheDefaults() {
    BuildInfo info = new BuildInfo(CLOCK.instant(), 3, Optional.of(new CopyParams(4, 16, 2, 0.7)));
    assertEquals(info, BuildInfo.fromUserData(info.toUserData()));
    BuildInfo none = new BuildInfo(CLOCK.instant(), 3, Optional.empty());
    assertEquals(none, BuildInfo.fromUserData(none.toUserData()));
    assertEquals(
        Optional.of(CopyParams.defaults()),
        BuildInfo.fromUserData(
                Map.of(BuildInfo.BUILT_AT, CLOCK.instant().toString(), BuildInfo.STORIES, "3"))
            .copies());
  }
}
