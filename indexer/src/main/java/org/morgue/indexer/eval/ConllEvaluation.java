package org.morgue.indexer.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.morgue.indexer.entity.Entity;
import org.morgue.indexer.entity.EntityExtractor;
import org.morgue.indexer.entity.EntityType;
import org.morgue.indexer.entity.Span;

/**
 * Scores the production extractor on CoNLL documents. Each document becomes one story body (tokens
 * joined by spaces, sentences as paragraphs), so the in-story rules see the same context they see
 * when indexing; every mention the extractor returns is mapped back to the tokens it covers and
 * written as IOB2 tags, which {@link Conlleval} scores against the gold tags.
 */
public final class ConllEvaluation {

  private final EntityExtractor extractor;

  /** @param extractor the extractor the indexer uses (model, in-story rules and alias table) */
  public ConllEvaluation(EntityExtractor extractor) {
    this.extractor = extractor;
  }

  /** Scores every document; documents are tagged in parallel, scored in order. */
  public Conlleval score(List<ConllCorpus.Document> documents) {
    List<List<String[]>> guesses = documents.parallelStream().map(this::guess).toList();
    Conlleval scorer = new Conlleval();
    for (int d = 0; d < documents.size(); d++) {
      List<List<ConllCorpus.Token>> sentences = documents.get(d).sentences();
      for (int s = 0; s < sentences.size(); s++) {
        List<ConllCorpus.Token> tokens = sentences.get(s);
        for (int t = 0; t < tokens.size(); t++) {
          scorer.token(tokens.get(t).tag(), guesses.get(d).get(s)[t]);
        }
        scorer.boundary();
      }
    }
    return scorer;
  }

  /** The guessed tag of every token of one document, sentence by sentence. */
  List<String[]> guess(ConllCorpus.Document document) {
    StringBuilder body = new StringBuilder();
    List<int[]> where = new ArrayList<>(); // per token: sentence, index, start, end
    List<String[]> tags = new ArrayList<>();
    List<List<ConllCorpus.Token>> sentences = document.sentences();
    for (int s = 0; s < sentences.size(); s++) {
      if (s > 0) {
        body.append("\n\n");
      }
      List<ConllCorpus.Token> tokens = sentences.get(s);
      String[] sentenceTags = new String[tokens.size()];
      Arrays.fill(sentenceTags, "O");
      tags.add(sentenceTags);
      for (int t = 0; t < tokens.size(); t++) {
        if (t > 0) {
          body.append(' ');
        }
        int start = body.length();
        body.append(tokens.get(t).word());
        where.add(new int[] {s, t, start, body.length()});
      }
    }
    for (Entity e : extractor.extract("", body.toString())) {
      for (Span span : e.spans()) {
        if (!span.inTitle()) {
          mark(tags, where, span, LABELS.get(e.type()));
        }
      }
    }
    return tags;
  }

  private static final Map<EntityType, String> LABELS =
      Map.of(EntityType.PERSON, "PER", EntityType.ORG, "ORG", EntityType.PLACE, "LOC");

  /**
   * Tags the tokens a span overlaps B-, I-, … ; a span over a token already tagged is left out
   * (each token has one tag, as in the script's input).
   */
  private static void mark(List<String[]> tags, List<int[]> where, Span span, String label) {
    List<int[]> covered = new ArrayList<>();
    for (int[] w : where) {
      if (w[2] < span.end() && w[3] > span.start()) {
        covered.add(w);
      }
    }
    if (covered.isEmpty()
        || covered.get(0)[0] != covered.get(covered.size() - 1)[0]
        || covered.stream().anyMatch(w -> !tags.get(w[0])[w[1]].equals("O"))) {
      return;
    }
    for (int i = 0; i < covered.size(); i++) {
      int[] w = covered.get(i);
      tags.get(w[0])[w[1]] = (i == 0 ? "B-" : "I-") + label;
    }
  }
}
