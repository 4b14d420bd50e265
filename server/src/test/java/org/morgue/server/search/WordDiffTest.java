package org.morgue.server.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.morgue.server.search.WordDiff.Run;

class WordDiffTest {

  @Test
  void wordsInsertedDeletedAndKeptJoinBackIntoBothTexts() {
    WordDiff diff = WordDiff.of(
        "a", "Troops left the city on Monday.", "b", "Troops quietly left the town on Monday.");
    assertEquals(
        List.of(
            new Run("equal", "Troops"),
            new Run("insert", " quietly"),
            new Run("equal", " left the"),
            new Run("delete", " city"),
            new Run("insert", " town"),
            new Run("equal", " on Monday.")),
        diff.runs());
    assertEquals(false, diff.bounded());
  }

  @Test
  void rewrappedLinesAreNotAChange() {
    assertEquals(
        List.of(new Run("equal", "one two\nthree")),
        WordDiff.of("a", "one two\nthree", "b", "one two three").runs());
  }

  /** 3,000 words each, two changed far apart: the old LCS table (9M cells) gave up on this one. */
  @Test
  void aLongRevisionWithFewChangesIsAlignedWordByWord() {
    List<String> words = IntStream.range(0, 3000).mapToObj(i -> "w" + i).toList();
    String a = String.join(" ", words);
    String b = a.replace(" w10 ", " ten ").replace(" w2990 ", " w2990 added w2990b ");
    WordDiff diff = WordDiff.of("a", a, "b", b);
    assertEquals(
        List.of(
            new Run("equal", String.join(" ", words.subList(0, 10))),
            new Run("delete", " w10"),
            new Run("insert", " ten"),
            new Run("equal", " " + String.join(" ", words.subList(11, 2991))),
            new Run("insert", " added w2990b"),
            new Run("equal", " " + String.join(" ", words.subList(2991, 3000)))),
        diff.runs());
    assertEquals(false, diff.bounded());
  }

  @Test
  void aMiddleTooLongToAlignIsOneDeletionAndOneInsertion() {
    String a = IntStream.range(0, 2001).mapToObj(i -> "a" + i).collect(Collectors.joining(" "));
    String b = IntStream.range(0, 2001).mapToObj(i -> "b" + i).collect(Collectors.joining(" "));
    WordDiff diff = WordDiff.of("x", "same " + a, "y", "same " + b);
    assertEquals(
        List.of(new Run("equal", "same"), new Run("delete", " " + a), new Run("insert", " " + b)),
        diff.runs());
    assertEquals(true, diff.bounded());
  }
}
