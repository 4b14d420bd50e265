package org.morgue.server.search.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/** The same float as Lucene's own passage scorer, bit for bit, on hand-made and on seeded random passages. */
class PassageScoringTest {

  private final PassageScorer lucene = new PassageScorer();
  private final PassageScoring ours = new PassageScoring();

  @Test
  void repeatedTermsCountOncePerDistinctTermAsInLucene() {
    Passage passage = new Passage();
    passage.setStartOffset(120);
    passage.setEndOffset(290);
    passage.addMatch(130, 133, new BytesRef("oil"), 7);
    passage.addMatch(140, 146, new BytesRef("prices"), 2);
    passage.addMatch(200, 203, new BytesRef("oil"), 7);
    float score = ours.score(passage, 2_000);
    assertEquals(Float.floatToIntBits(lucene.score(passage, 2_000)), Float.floatToIntBits(score));
    // One more match of a term already there scores more, as tf grows.
    Passage fewer = new Passage();
    fewer.setStartOffset(120);
    fewer.setEndOffset(290);
    fewer.addMatch(130, 133, new BytesRef("oil"), 7);
    fewer.addMatch(140, 146, new BytesRef("prices"), 2);
    assertTrue(score > ours.score(fewer, 2_000));
  }

  @Test
  void aPassageWithoutMatchesScoresZero() {
    Passage empty = new Passage();
    empty.setStartOffset(0);
    empty.setEndOffset(160);
    assertEquals(0f, ours.score(empty, 500));
    assertEquals(lucene.score(empty, 500), ours.score(empty, 500));
  }

  @Test
  void seededRandomPassagesScoreExactlyAsLuceneScoresThem() {
    Random random = new Random(42);
    String[] vocabulary = {"oil", "opec", "prices", "saudi", "crude", "output", "cut"};
    for (int round = 0; round < 2_000; round++) {
      Passage passage = new Passage();
      int start = random.nextInt(5_000);
      passage.setStartOffset(start);
      passage.setEndOffset(start + 40 + random.nextInt(400));
      int matches = random.nextInt(9);
      for (int m = 0; m < matches; m++) {
        String term = vocabulary[random.nextInt(vocabulary.length)];
        // Lucene gives every match of one term the same document frequency; so does this test.
        int inDoc = 1 + Math.floorMod(term.hashCode(), 17);
        int at = start + m * 5;
        passage.addMatch(at, at + term.length(), new BytesRef(term), inDoc);
      }
      int contentLength = passage.getEndOffset() + random.nextInt(20_000);
      assertEquals(
          Float.floatToIntBits(lucene.score(passage, contentLength)),
          Float.floatToIntBits(ours.score(passage, contentLength)),
          "round " + round);
    }
  }
}
