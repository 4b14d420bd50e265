package org.morgue.indexer.events;

import java.util.HashMap;
import java.util.Map;

/**
 * The events of one build, by read position: what the second pass writes into each document. An event's
 * id is its earliest story's id (undated last, then the smallest id), so it stays stable while later
 * stories join.
 *
 * @param candidatePairs pairs compared by cosine (the graph the clustering ran on)
 */
public final class EventGroups {

  private final Map<Integer, String> event;
  private final Map<Integer, String> ids;
  private final int candidatePairs;
  private final int events;

  private EventGroups(
      Map<Integer, String> event, Map<Integer, String> ids, int candidatePairs, int events) {
    this.event = event;
    this.ids = ids;
    this.candidatePairs = candidatePairs;
    this.events = events;
  }

  /** No clustering: every story is an event of its own. */
  public static EventGroups none() {
    return new EventGroups(Map.of(), Map.of(), 0, 0);
  }

  static EventGroups of(int[] root, String[] ids, long[] days, int candidatePairs) {
    Map<Integer, Integer> first = new HashMap<>();
    for (int p = 0; p < root.length; p++) {
      if (ids[p] == null) {
        continue;
      }
      Integer f = first.get(root[p]);
      if (f == null || days[p] < days[f] || (days[p] == days[f] && ids[p].compareTo(ids[f]) < 0)) {
        first.put(root[p], p);
      }
    }
    Map<Integer, String> event = new HashMap<>();
    Map<Integer, String> idAt = new HashMap<>();
    for (int p = 0; p < root.length; p++) {
      if (ids[p] != null) {
        event.put(p, ids[first.get(root[p])]);
        idAt.put(p, ids[p]);
      }
    }
    return new EventGroups(event, idAt, candidatePairs, first.size());
  }

  /** The event of the story read at this position; its own when the story there is not the one clustered. */
  public String of(long position, String storyId) {
    if (position > Integer.MAX_VALUE) {
      return storyId;
    }
    String id = ids.get((int) position);
    return id != null && id.equals(storyId) ? event.get((int) position) : storyId;
  }

  /** The read positions of each event's stories, by event id; positions ascending. */
  public Map<String, java.util.List<Integer>> members() {
    Map<String, java.util.List<Integer>> out = new java.util.TreeMap<>();
    new java.util.TreeMap<>(event)
        .forEach(
            (p, e) -> out.computeIfAbsent(e, x -> new java.util.ArrayList<>()).add(p));
    return out;
  }

  public int candidatePairs() {
    return candidatePairs;
  }

  /** Events, singletons included. */
  public int events() {
    return events;
  }
}
