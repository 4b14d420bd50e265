package org.morgue.indexer.index;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongFunction;
import org.morgue.indexer.story.Story;

/**
 * Which story of a repeated id is written: the last one in reading order, decided from the first
 * read's ids before anything is written. The writing pass runs on several threads, so letting every
 * copy through {@code updateDocument} kept whichever thread wrote last (of 5,000 duplicate pairs, 201
 * to 248 kept the earlier story, run to run); here each id reaches the writer exactly once.
 *
 * <p>The replaced stories' origins are taken when the writing pass reads them again, so the first
 * pass keeps no origin per story (1.15M of them would be over 100 MB).
 */
final class LaterWins {

  /** Shown for an origin the writing pass did not see again (the input changed between the reads). */
  static final String UNSEEN = "(not read again)";

  /** A replaced story's id and the position of the story kept for it. */
  private record Repeat(String id, long kept) {}

  /** Replaced position → its id and the position kept for it. */
  private final Map<Long, Repeat> replacedAt;
  /** Positions whose story is kept while an earlier one with its id is replaced. */
  private final Set<Long> keepers = new HashSet<>();

  private final Map<Long, String> origins = new ConcurrentHashMap<>();

  private LaterWins(Map<Long, Repeat> replacedAt) {
    this.replacedAt = replacedAt;
    replacedAt.values().forEach(r -> keepers.add(r.kept()));
  }

  /**
   * @param count the positions 0..count-1 the first read numbered
   * @param idAt the id the first read saw at a position, or null when it has none
   */
  static LaterWins of(long count, LongFunction<String> idAt) {
    Map<String, Long> last = new HashMap<>();
    Map<Long, String> repeats = new HashMap<>();
    for (long position = 0; position < count; position++) {
      String id = idAt.apply(position);
      if (id == null) {
        continue;
      }
      Long earlier = last.put(id, position);
      if (earlier != null) {
        repeats.put(earlier, id);
      }
    }
    Map<Long, Repeat> replacedAt = new HashMap<>();
    // With three copies the first two are both replaced by the third, the one the index keeps.
    repeats.forEach((position, id) -> replacedAt.put(position, new Repeat(id, last.get(id))));
    return new LaterWins(replacedAt);
  }

  /** True when a later story with the same id replaces the story at this position: do not write it. */
  boolean replaced(long position) {
    return replacedAt.containsKey(position);
  }

  /** How many stories are replaced. */
  int count() {
    return replacedAt.size();
  }

  /** The writing pass read this position again: remembers its origin when a replacement involves it. */
  void reread(long position, Story story) {
    if (replacedAt.containsKey(position) || keepers.contains(position)) {
      origins.put(position, story.origin());
    }
  }

  /** Every replaced story in reading order, with where it and its replacement were read. */
  List<ReplacedStory> replacements() {
    List<ReplacedStory> out = new ArrayList<>(replacedAt.size());
    new TreeMap<>(replacedAt)
        .forEach((position, repeat) -> out.add(new ReplacedStory(
            repeat.id(),
            origins.getOrDefault(position, UNSEEN),
            origins.getOrDefault(repeat.kept(), UNSEEN))));
    return out;
  }
}
