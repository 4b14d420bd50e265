package org.morgue.indexer.index;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.morgue.indexer.read.Skip;

/**
 * What an update did.
 *
 * @param added stories whose id was not in the index
 * @param replaced stories that replaced the story with the same id
 * @param deleted ids removed
 * @param unknownIds ids asked to be removed that the index does not hold, sorted
 * @param skipped inputs that could not become stories, with where and why
 * @param perFormat stories read per input format, sorted by format name
 * @param repeated stories a later story with the same id replaced in the same update (the later one
 *     wins), in reading order
 * @param stories stories in the index after the update
 * @param entityLabels distinct entities in the label table after the update
 * @param elapsed wall time
 * @param published the published build, empty when nothing changed and nothing was switched
 */
public record UpdateReport(
    long added,
    long replaced,
    long deleted,
    List<String> unknownIds,
    List<Skip> skipped,
    Map<String, Long> perFormat,
    List<ReplacedStory> repeated,
    long stories,
    int entityLabels,
    Duration elapsed,
    Optional<Path> published) {

  public UpdateReport {
    unknownIds = List.copyOf(unknownIds);
    skipped = List.copyOf(skipped);
    repeated = List.copyOf(repeated);
    perFormat = Collections.unmodifiableSortedMap(new TreeMap<>(perFormat));
    Objects.requireNonNull(elapsed, "elapsed");
    Objects.requireNonNull(published, "published");
  }

  /** True when the index changed: something was added, replaced or deleted. */
  public boolean changed() {
    return added + replaced + deleted > 0;
  }

  /** How many stories a later one with the same id replaced. */
  public long duplicateIds() {
    return repeated.size();
  }
}
