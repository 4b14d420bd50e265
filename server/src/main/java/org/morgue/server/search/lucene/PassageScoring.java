package org.morgue.server.search.lucene;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;

/**
 * Lucene's passage score, computed as {@link PassageScorer#score} computes it (BM25 of the passage's
 * distinct terms, in the order they first occur, times the position norm), without its per-call
 * {@code BytesRefHash}.
 *
 * <p>The highlighter scores every candidate sentence of every hit, and each call built a hash with a
 * 32 KB byte block to find the passage's distinct terms: 24% of the search server's allocation on
 * Reuters-21578 (JFR), which set the pace of its young collections and so of its p99. A passage holds
 * a handful of matches, so a linear scan finds the distinct terms; the sums run in the same order, so
 * the scores are the same floats.
 */
final class PassageScoring extends PassageScorer {

  @Override
  public float score(Passage passage, int contentLength) {
    int matches = passage.getNumMatches();
    BytesRef[] terms = passage.getMatchTerms();
    int[] freqsInDoc = passage.getMatchTermFreqsInDoc();
    BytesRef[] distinct = new BytesRef[matches];
    int[] inPassage = new int[matches];
    int[] inDoc = new int[matches];
    int size = 0;
    for (int i = 0; i < matches; i++) {
      int t = 0;
      while (t < size && !distinct[t].bytesEquals(terms[i])) {
        t++;
      }
      if (t == size) {
        distinct[size] = terms[i];
        inDoc[size] = freqsInDoc[i];
        size++;
      }
      inPassage[t]++;
    }
    double score = 0;
    for (int t = 0; t < size; t++) {
      score += tf(inPassage[t], passage.getLength()) * weight(contentLength, inDoc[t]);
    }
    return (float) (score * norm(passage.getStartOffset()));
  }
}
