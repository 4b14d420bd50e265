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
    WordDiff diff = WordDiff.of("a", "Troops left the city on Monday.", "b", "Troops quietly left the town on Monday.");
    assertEquals(List.of(new Run("equal", "Troops"), new Run("insert", " quietly"), new Run("equal", " left the"),
        new Run("delete", " city"), new Run("insert", " town"), new Run("equal", " on Monday.")), diff.runs());
    assertEquals(false, diff.bounded());
  }

  @Test
  void rewrappedLinesAreNotAChange() {
    assertEquals(List.of(new Run("equal", "one two\nthree")), WordDiff.of("a", "one two\nthree", "b", "one two three").runs());
  }

  @Test
  void aMiddleTooLongToAlignIsOneDeletionAndOneInsertion() {
    String a = IntStream.range(0, 2001).mapToObj(i -> "a" + i).collect(Collectors.joining(" "));
    String b = IntStream.range(0, 2001).mapToObj(i -> "b" + i).collect(Collectors.joining(" "));
    WordDiff diff = WordDiff.of("x", "same " + a, "y", "same " + b);
    assertEquals(List.of(new Run("equal", "same"), new Run("delete", " " + a), new Run("insert", " " + b)), diff.runs());
    assertEquals(true, diff.bounded());
  }
}
