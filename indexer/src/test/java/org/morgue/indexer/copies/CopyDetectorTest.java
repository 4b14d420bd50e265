package org.morgue.indexer.copies;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.morgue.indexer.story.PubDate;
import org.morgue.indexer.story.Story;

class CopyDetectorTest {

  /** Sixty distinct words: 58 distinct three-word shingles. */
  static final String BASE =
      IntStream.rangeClosed(1, 60).mapToObj(i -> "w" + i).collect(Collectors.joining(" "));

  static Story story(String id, String body, int day) {
    return new Story(
        id,
        "",
        body,
        day == 0 ? Optional.empty() : Optional.of(PubDate.day(2020, 1, day)),
        "",
        "",
        "",
        List.of(),
        Map.of(),
        "test:" + id,
        "test");
  }

  static CopyGroups group(List<Story> stories, CopyParams params) {
    CopyRun run = new CopyRun(params, false);
    return run.run(each -> stories.forEach(each));
  }

  @Test
  void shinglesIgnoreCasePunctuationAndSpacing() {
    assertArrayEquals(
        Shingles.of("The cat, sat\n\non the MAT.", 3), Shingles.of("the cat sat on the mat", 3));
    assertEquals(4, Shingles.of("the cat sat on the mat", 3).length);
    assertEquals(0, Shingles.of("two words", 3).length);
  }

  @Test
  void jaccardIsExact() {
    int[] a = Shingles.of(BASE, 3);
    int[] b = Shingles.of(BASE + " x1 x2 x3 x4 x5 x6", 3);
    assertEquals(58, a.length);
    assertEquals(64, b.length);
    assertEquals(58.0 / 64, Shingles.jaccard(a, b));
    assertEquals(0.0, Shingles.jaccard(a, new int[0]));
  }

  @Test
  void theFirstReadsBandKeysAreKeptByPositionForTheSecondRead() {
    CopyParams params = CopyParams.defaults();
    CopyDetector detector = new CopyDetector(params);
    String other =
        IntStream.rangeClosed(1, 60).mapToObj(i -> "u" + i).collect(Collectors.joining(" "));
    detector.add(0, story("a", BASE, 1));
    detector.add(1, story("empty", "", 1));
    // Positions past the table's first chunk of 8,192 stories land in a later chunk.
    detector.add(9000, story("b", other, 1));
    detector.candidates();
    MinHash minHash = new MinHash(params);
    assertEquals(params.bands(), detector.bandKeys(0).length);
    assertArrayEquals(minHash.bandKeys(BASE), detector.bandKeys(0));
    assertArrayEquals(new int[0], detector.bandKeys(1));
    assertArrayEquals(minHash.bandKeys(other), detector.bandKeys(9000));
    assertArrayEquals(new int[0], detector.bandKeys(5));
  }

  @Test
  void identicalAndRevisedCopiesShareAGroupLedByTheEarliest() {
    List<Story> stories = List.of(
        story("later-copy", BASE, 5),
        story(
            "unrelated",
            IntStream.rangeClosed(1, 60).mapToObj(i -> "u" + i).collect(Collectors.joining(" ")),
            1),
        story("revised", BASE + " x1 x2 x3 x4 x5 x6", 3),
        story("first", BASE, 2),
        story("empty", "", 1));
    CopyGroups groups = group(stories, CopyParams.defaults());
    assertEquals(new CopyInfo("first", false, 1f, 3), groups.of(0, "later-copy"));
    assertEquals(CopyInfo.single("unrelated"), groups.of(1, "unrelated"));
    assertEquals(new CopyInfo("first", false, (float) (58.0 / 64), 3), groups.of(2, "revised"));
    assertEquals(new CopyInfo("first", true, 1f, 3), groups.of(3, "first"));
    assertEquals(CopyInfo.single("empty"), groups.of(4, "empty"));
    assertEquals(List.of(new CopyGroups.Group("first", List.of(3, 0, 2))), groups.groups());
    assertEquals(1, groups.count());
  }

  @Test
  void aStoryBelowTheThresholdStaysApart() {
    // Thirty of sixty words shared: 28 common shingles of 58 + 58 - 28 = 88, Jaccard 0.318.
    String half =
        IntStream.rangeClosed(1, 30).mapToObj(i -> "w" + i).collect(Collectors.joining(" "))
            + IntStream.rangeClosed(1, 30).mapToObj(i -> " v" + i).collect(Collectors.joining());
    // The same day: bodies this short are formula stories, which on another day are another report.
    List<Story> stories = List.of(story("a", BASE, 1), story("b", half, 1));
    assertEquals(CopyInfo.single("b"), group(stories, CopyParams.defaults()).of(1, "b"));
    CopyGroups loose = group(stories, CopyParams.defaults().withThreshold(0.3));
    assertEquals(new CopyInfo("a", false, (float) (28.0 / 88), 2), loose.of(1, "b"));
  }

  @Test
  void aStoryThatChangedBetweenReadsIsLeftAlone() {
    CopyGroups groups =
        group(List.of(story("a", BASE, 1), story("b", BASE, 2)), CopyParams.defaults());
    assertEquals(CopyInfo.single("other"), groups.of(1, "other"));
  }
}
