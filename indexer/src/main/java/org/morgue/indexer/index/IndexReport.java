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
 * What a build did.
 *
 * @param indexed stories written
 * @param skipped inputs that could not become stories, with where and why
 * @param perFormat stories per input format, sorted by format name (kept sorted here)
 * @param repeated stories a later story with the same id replaced in the same run (the later one wins),
 *     in reading order
 * @param entityLabels distinct entities in the label table
 * @param elapsed wall time of the whole build
 * @param published the published build folder, empty when nothing was indexed and nothing was switched
 */
public record IndexReport(
    long indexed,
    List<Skip> skipped,
    Map<String, Long> perFormat,
    List<ReplacedStory> repeated,
    int entityLabels,
    Duration elapsed,
    Optional<Path> published) {

  public IndexReport {
    skipped = List.copyOf(skipped);
    repeated = List.copyOf(repeated);
    perFormat = Collections.unmodifiableSortedMap(new TreeMap<>(perFormat));
    Objects.requireNonNull(elapsed, "elapsed");
    Objects.requireNonNull(published, "published");
  }

  /** Stories per second over the whole build. */
  public double storiesPerSecond() {
    double seconds = Math.max(elapsed.toNanos(), 1) / 1e9;
    return indexed / seconds;
  }

  /** How many stories a later one with the same id replaced. */
  public long duplicateIds() {
    return repeated.size();
  }
}
