package org.morgue.indexer.index;

import java.util.Objects;

/**
 * A story that a later story with the same id replaced in one build or update.
 *
 * @param id the repeated id
 * @param origin where the replaced (earlier) story was read: {@code path:line}, {@code path#record} or path
 * @param keptOrigin where the story that was kept (the last one read with this id) was read
 */
public record ReplacedStory(String id, String origin, String keptOrigin) {
  public ReplacedStory {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(keptOrigin, "keptOrigin");
  }
}
