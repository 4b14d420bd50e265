package org.morgue.indexer.reworded;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.morgue.indexer.copies.CopyFacts;
import org.morgue.indexer.copies.CopyParams;
import org.morgue.indexer.story.Story;

/**
 * Finds reworded versions among candidate pairs: stories the event clustering found close in time and
 * vocabulary, that are not copies already and whose facts agree ({@link CopyFacts#sameFactsAs}: a formula
 * story about another company, direction or figure is other news however alike its sentences read).
 * Only the stories of the pairs left are split into sentences and embedded; each pair is then aligned
 * ({@link Alignment}).
 */
public final class RewordDetector {

  private record Prepared(String id, CopyFacts facts, List<String> sentences) {}

  private final RewordParams params;
  private final SentenceEncoder encoder;

  public RewordDetector(RewordParams params, SentenceEncoder encoder) {
    this.params = params;
    this.encoder = encoder;
  }

  public RewordParams params() {
    return params;
  }

  /**
   * @param pairs candidate pairs of read positions, {@code a < b}
   * @param read one pass over the stories with their read positions (may call back on several threads)
   */
  public RewordLinks detect(List<int[]> pairs, Consumer<BiConsumer<Long, Story>> read) {
    if (pairs.isEmpty()) {
      return RewordLinks.none();
    }
    Set<Integer> needed = new java.util.HashSet<>();
    pairs.forEach(p -> {
      needed.add(p[0]);
      needed.add(p[1]);
    });
    Map<Integer, Prepared> prepared = new ConcurrentHashMap<>();
    read.accept((position, story) -> {
      if (position <= Integer.MAX_VALUE && needed.contains(position.intValue())) {
        prepared.put(
            position.intValue(),
            new Prepared(
                story.id(),
                CopyFacts.of(story, CopyParams.DEFAULT_SHINGLE_SIZE),
                Sentences.of(story.body())));
      }
    });
    List<int[]> agreeing = new ArrayList<>();
    for (int[] pair : pairs) {
      Prepared a = prepared.get(pair[0]);
      Prepared b = prepared.get(pair[1]);
      if (a != null
          && b != null
          && a.facts().sameFactsAs(b.facts())
          && Math.min(a.sentences().size(), b.sentences().size()) >= params.minAligned()) {
        agreeing.add(pair);
      }
    }
    Set<Integer> embedded = new java.util.TreeSet<>();
    agreeing.forEach(p -> {
      embedded.add(p[0]);
      embedded.add(p[1]);
    });
    Set<String> distinct = new LinkedHashSet<>();
    embedded.forEach(p -> distinct.addAll(prepared.get(p).sentences()));
    List<String> sentences = new ArrayList<>(distinct);
    List<SentenceVector> vectors = encoder.encode(sentences);
    Map<String, SentenceVector> bySentence = new HashMap<>();
    for (int i = 0; i < sentences.size(); i++) {
      bySentence.put(sentences.get(i), vectors.get(i));
    }
    Map<Integer, List<SentenceVector>> storyVectors = new HashMap<>();
    embedded.forEach(p -> storyVectors.put(
        p, prepared.get(p).sentences().stream().map(bySentence::get).toList()));
    Map<Integer, List<RewordLinks.Link>> links = new HashMap<>();
    Map<Integer, String> ids = new HashMap<>();
    int found = 0;
    for (int[] pair : agreeing) {
      Alignment alignment =
          Alignment.of(storyVectors.get(pair[0]), storyVectors.get(pair[1]), params.minCosine());
      if (params.reworded(alignment)) {
        found++;
        float share = (float) alignment.share();
        links
            .computeIfAbsent(pair[0], x -> new ArrayList<>())
            .add(new RewordLinks.Link(prepared.get(pair[1]).id(), share));
        links
            .computeIfAbsent(pair[1], x -> new ArrayList<>())
            .add(new RewordLinks.Link(prepared.get(pair[0]).id(), share));
        ids.put(pair[0], prepared.get(pair[0]).id());
        ids.put(pair[1], prepared.get(pair[1]).id());
      }
    }
    return new RewordLinks(
        links,
        ids,
        new RewordLinks.Stats(agreeing.size(), embedded.size(), sentences.size(), found));
  }
}
