package org.morgue.indexer.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ConllevalTest {

  /** Scores one sentence given as space-separated gold and guessed tags. */
  private static Conlleval score(String gold, String guess) {
    String[] g = gold.split(" ");
    String[] p = guess.split(" ");
    Conlleval scorer = new Conlleval();
    for (int i = 0; i < g.length; i++) {
      scorer.token(g[i], p[i]);
    }
    scorer.boundary();
    return scorer;
  }

  static Stream<Arguments> sentences() {
    return Stream.of(
        // gold tags, guessed tags, per type "gold/guessed/correct"
        Arguments.of("B-PER I-PER O B-LOC", "B-PER I-PER O B-LOC", "LOC 1/1/1, PER 1/1/1"),
        // IOB1 gold (CoNLL-2003's scheme) against IOB2 guesses: the same chunks.
        Arguments.of("I-PER I-PER O I-LOC", "B-PER I-PER O B-LOC", "LOC 1/1/1, PER 1/1/1"),
        // A chunk cut short is wrong even though its first token is right.
        Arguments.of("I-ORG I-ORG", "I-ORG O", "ORG 1/1/0"),
        // Two adjacent gold people (B- splits them in IOB1) guessed as one chunk.
        Arguments.of("I-PER B-PER", "I-PER I-PER", "PER 2/1/0"),
        // An I- tag after another type opens a new chunk.
        Arguments.of("I-PER I-LOC", "I-PER I-LOC", "LOC 1/1/1, PER 1/1/1"),
        // Right span, wrong type: a miss for LOC and a false ORG.
        Arguments.of("O I-LOC O", "O B-ORG O", "LOC 1/0/0, ORG 0/1/0"),
        Arguments.of(
            "B-PER I-PER O B-LOC O B-ORG",
            "B-PER I-PER O B-ORG O B-ORG",
            "LOC 1/0/0, ORG 1/2/1, PER 1/1/1"));
  }

  @ParameterizedTest
  @MethodSource("sentences")
  void countsChunksAsConllevalDoes(String gold, String guess, String expected) {
    assertEquals(expected, render(score(gold, guess).byType()));
  }

  private static String render(Map<String, ChunkCounts> byType) {
    return String.join(
        ", ",
        byType.entrySet().stream()
            .map(e -> e.getKey() + " " + e.getValue().gold() + "/"
                + e.getValue().guessed() + "/" + e.getValue().correct())
            .toList());
  }

  @Test
  void overallPrecisionRecallAndF1() {
    ChunkCounts all =
        score("B-PER I-PER O B-LOC O B-ORG", "B-PER I-PER O B-ORG O B-ORG").overall();
    assertEquals(new ChunkCounts(3, 3, 2), all);
    assertEquals(2.0 / 3, all.precision(), 1e-12);
    assertEquals(2.0 / 3, all.recall(), 1e-12);
    assertEquals(2.0 / 3, all.f1(), 1e-12);
  }

  @Test
  void precisionAndRecallDifferWhenCountsDo() {
    ChunkCounts c = new ChunkCounts(4, 2, 1);
    assertEquals(0.5, c.precision(), 1e-12);
    assertEquals(0.25, c.recall(), 1e-12);
    assertEquals(1.0 / 3, c.f1(), 1e-12);
    assertEquals(0.0, ChunkCounts.ZERO.f1());
  }

  @Test
  void chunkOpenAtTheEndOfTheInputIsClosed() {
    Conlleval scorer = new Conlleval();
    scorer.token("O", "O");
    scorer.token("B-LOC", "B-LOC");
    assertEquals(new ChunkCounts(1, 1, 1), scorer.byType().get("LOC"));
  }

  @Test
  void sentenceBoundaryEndsChunksAndIsNotAToken() {
    Conlleval scorer = new Conlleval();
    scorer.token("I-PER", "I-PER");
    scorer.boundary();
    scorer.token("I-PER", "O");
    assertEquals(new ChunkCounts(2, 1, 1), scorer.byType().get("PER"));
    assertEquals(0.5, scorer.tokenAccuracy(), 1e-12);
  }

  @Test
  void corpusReaderSplitsDocumentsAndSentencesAndKeepsTheLastColumn() throws IOException {
    String text = """
        -DOCSTART- -X- -X- O

        EU NNP B-NP I-ORG
        rejects VBZ B-VP O

        Peter NNP B-NP I-PER
        -DOCSTART- -X- -X- O

        BRUSSELS NNP B-NP I-LOC
        """;
    List<ConllCorpus.Document> docs = ConllCorpus.read(new StringReader(text), "t.txt");
    assertEquals(2, docs.size());
    assertEquals(
        List.of(
            List.of(new ConllCorpus.Token("EU", "I-ORG"), new ConllCorpus.Token("rejects", "O")),
            List.of(new ConllCorpus.Token("Peter", "I-PER"))),
        docs.get(0).sentences());
    assertEquals(
        List.of(List.of(new ConllCorpus.Token("BRUSSELS", "I-LOC"))),
        docs.get(1).sentences());
  }
}
