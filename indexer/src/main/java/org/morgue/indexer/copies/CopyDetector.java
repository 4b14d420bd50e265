package org.morgue.indexer.copies;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Map.Entry;
import java.util.concurrent.ConcurrentHashMap;
import org.morgue.indexer.story.Story;

/**
 * Finds the copy groups of a whole archive read twice in the same order, as a build reads it.
 * {@link #add} (first read, any thread) keeps only each story's band keys; {@link #candidates} pairs
 * stories that share a band; {@link #verify} (second read, any thread) keeps the exact shingles of
 * candidate stories only; {@link #groups} checks every candidate pair by exact Jaccard similarity and
 * joins the pairs that {@link CopyFacts} confirms into groups.
 *
 * <p>The lead copy of a group is the <em>earliest</em> (undated last, then the longest body, then the
 * smallest id): the first filing is the one a journalist cites, and a copy added later never displaces
 * the lead, so a group's id (its lead's id) stays stable as the archive grows.
 */
public final class CopyDetector {

  /** What the exact check needs of a candidate story. */
  private record Member(String id, long day, int length, CopyFacts facts) {}

  private final MinHash minHash;
  private final BandTable table;
  private final Map<Integer, Member> members = new ConcurrentHashMap<>();
  private long[] pairs = new long[0];
  private final BitSet candidates = new BitSet();

  public CopyDetector(CopyParams params) {
    this.minHash = new MinHash(params);
    this.table = new BandTable(params.bands());
  }

  public CopyParams params() {
    return minHash.params();
  }

  /** First read: the story's band keys, kept by position. Thread-safe. */
  public void add(long position, Story story) {
    int[] keys = minHash.bandKeys(story.body());
    if (keys.length > 0) {
      table.put(checked(position), keys);
    }
  }

  /**
   * The band keys the first read computed for a position (empty when the body had no shingles), so the
   * second read can store them without hashing the body again.
   */
  public int[] bandKeys(long position) {
    return table.keys(checked(position));
  }

  /** Between the reads: pairs stories sharing a band key. */
  public void candidates() {
    pairs = table.candidatePairs();
    for (long pair : pairs) {
      candidates.set((int) (pair >>> 32));
      candidates.set((int) pair);
    }
  }

  /** How many stories the second read must keep shingles for. */
  public int candidateStories() {
    return candidates.cardinality();
  }

  /** Second read: keeps the exact shingles of a candidate story. Thread-safe. */
  public void verify(long position, Story story) {
    int at = checked(position);
    if (candidates.get(at)) {
      long day = story.published().map(d -> d.date().toEpochDay()).orElse(Long.MAX_VALUE);
      members.put(
          at,
          new Member(
              story.id(),
              day,
              story.body().length(),
              CopyFacts.of(story, params().shingleSize())));
    }
  }

  /** Checks every candidate pair and returns the groups; call after the second read. */
  public CopyGroups groups() {
    int[] parent = new int[candidates.length()];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    int verified = 0;
    for (long pair : pairs) {
      Member a = members.get((int) (pair >>> 32));
      Member b = members.get((int) pair);
      // Missing when the input changed between the reads: such a story is simply left ungrouped.
      if (a != null && b != null && a.facts().copyOf(b.facts(), params().threshold())) {
        verified++;
        union(parent, (int) (pair >>> 32), (int) pair);
      }
    }
    Map<Integer, List<Integer>> components = new HashMap<>();
    for (int p = candidates.nextSetBit(0); p >= 0; p = candidates.nextSetBit(p + 1)) {
      components.computeIfAbsent(find(parent, p), r -> new ArrayList<>()).add(p);
    }
    Map<Integer, CopyInfo> infos = new HashMap<>();
    Map<Integer, String> ids = new HashMap<>();
    for (List<Integer> component : components.values()) {
      if (component.size() > 1) {
        describe(component, infos, ids);
      }
    }
    return new CopyGroups(
        infos,
        ids,
        new CopyGroups.Stats(candidates.cardinality(), pairs.length, verified, table.bytes()));
  }

  private void describe(
      List<Integer> component, Map<Integer, CopyInfo> infos, Map<Integer, String> ids) {
    Comparator<Entry<Integer, Member>> order = Comparator.comparingLong(
            (Entry<Integer, Member> e) -> e.getValue().day())
        .thenComparing(e -> -e.getValue().length())
        .thenComparing(e -> e.getValue().id());
    List<Entry<Integer, Member>> list =
        component.stream().map(p -> Map.entry(p, members.get(p))).sorted(order).toList();
    Member lead = list.get(0).getValue();
    for (Entry<Integer, Member> e : list) {
      Member m = e.getValue();
      float similarity = m == lead ? 1f : (float) lead.facts().jaccard(m.facts());
      infos.put(e.getKey(), new CopyInfo(lead.id(), m == lead, similarity, list.size()));
      ids.put(e.getKey(), m.id());
    }
  }

  private static int find(int[] parent, int x) {
    while (parent[x] != x) {
      parent[x] = parent[parent[x]];
      x = parent[x];
    }
    return x;
  }

  private static void union(int[] parent, int a, int b) {
    int ra = find(parent, a);
    int rb = find(parent, b);
    if (ra != rb) {
      parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }
  }

  private static int checked(long position) {
    if (position < 0 || position > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("story position out of range: " + position);
    }
    return (int) position;
  }
}
