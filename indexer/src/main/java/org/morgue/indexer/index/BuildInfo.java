package org.morgue.indexer.index;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * What a build records about itself in its Lucene commit: when it was built and how many stories it
 * holds. Stored as commit user data so it is exactly as durable as the index it describes.
 */
public record BuildInfo(Instant builtAt, long stories) {

  static final String BUILT_AT = "morgue.built_at";
  static final String STORIES = "morgue.stories";

  public BuildInfo {
    Objects.requireNonNull(builtAt, "builtAt");
  }

  /** The commit user data to write. */
  public Map<String, String> toUserData() {
    return Map.of(BUILT_AT, builtAt.toString(), STORIES, Long.toString(stories));
  }

  /** Reads what {@link #toUserData()} wrote; an index without it reports the epoch and 0 stories. */
  public static BuildInfo fromUserData(Map<String, String> userData) {
    String builtAt = userData.get(BUILT_AT);
    String stories = userData.get(STORIES);
    return new BuildInfo(builtAt == null ? Instant.EPOCH : Instant.parse(builtAt),
        stories == null ? 0 : Long.parseLong(stories));
  }
}
