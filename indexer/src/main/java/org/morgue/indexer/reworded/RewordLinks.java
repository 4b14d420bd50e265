package org.morgue.indexer.reworded;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The reworded versions of one build, by read position: what the second pass writes into each document.
 * A link is held on both stories of a pair.
 */
public final class RewordLinks {

  /**
   * @param partner the other story's id
   * @param share the share of the shorter story's sentences aligned in order
   */
  public record Link(String partner, float share) {}

  /**
   * @param candidatePairs pairs close enough in vocabulary and facts to be aligned
   * @param stories stories whose sentences were embedded
   * @param sentences sentences embedded or read from the cache
   */
  public record Stats(int candidatePairs, int stories, int sentences, int pairs) {}

  private final Map<Integer, List<Link>> links;
  private final Map<Integer, String> ids;
  private final Stats stats;

  RewordLinks(Map<Integer, List<Link>> links, Map<Integer, String> ids, Stats stats) {
    Map<Integer, List<Link>> copy = new TreeMap<>();
    links.forEach((p, l) -> copy.put(p, List.copyOf(l)));
    this.links = copy;
    this.ids = Map.copyOf(ids);
    this.stats = stats;
  }

  public static RewordLinks none() {
    return new RewordLinks(Map.of(), Map.of(), new Stats(0, 0, 0, 0));
  }

  /** The reworded versions of the story read at this position (none when the story there is another). */
  public List<Link> of(long position, String storyId) {
    if (position > Integer.MAX_VALUE || !storyId.equals(ids.get((int) position))) {
      return List.of();
    }
    return links.getOrDefault((int) position, List.of());
  }

  public Stats stats() {
    return stats;
  }

  /** Every reworded pair once, as positions {@code [a, b]} with {@code a < b}, in order. */
  public List<int[]> pairs() {
    Map<String, Integer> position = new java.util.HashMap<>();
    ids.forEach((p, id) -> position.put(id, p));
    List<int[]> out = new ArrayList<>();
    links.forEach((p, list) -> list.forEach(l -> {
      Integer q = position.get(l.partner());
      if (q != null && p < q) {
        out.add(new int[] {p, q});
      }
    }));
    return out;
  }
}
