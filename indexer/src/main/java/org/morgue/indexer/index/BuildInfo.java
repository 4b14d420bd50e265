package org.morgue.indexer.index;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.morgue.indexer.copies.CopyParams;

/**
 * What a build records about itself in its Lucene commit: when it was built, how many stories it holds,
 * and the build options every later update must repeat (the copy-grouping parameters: an update that
 * grouped with other ones would mix two notions of "copy" in one archive). Stored as commit user data so
 * it is exactly as durable as the index it describes.
 *
 * @param copies the copy-grouping parameters the build was made with; empty for {@code --no-copies}
 */
public record BuildInfo(Instant builtAt, long stories, Optional<CopyParams> copies) {

  static final String BUILT_AT = "morgue.built_at";
  static final String STORIES = "morgue.stories";
  static final String COPIES = "morgue.copies";
  /** The {@link #COPIES} value of a build made with {@code --no-copies}. */
  static final String NO_COPIES = "none";

  public BuildInfo {
    Objects.requireNonNull(builtAt, "builtAt");
    Objects.requireNonNull(copies, "copies");
  }

  /** The commit user data to write. */
  public Map<String, String> toUserData() {
    return Map.of(
        BUILT_AT,
        builtAt.toString(),
        STORIES,
        Long.toString(stories),
        COPIES,
        copies
            .map(c -> c.shingleSize() + "," + c.bands() + "," + c.rows() + "," + c.threshold())
            .orElse(NO_COPIES));
  }

  /**
   * Reads what {@link #toUserData()} wrote; an index without it reports the epoch and 0 stories, and a
   * build from before copy options were recorded the default grouping, which is what it was made with.
   */
  public static BuildInfo fromUserData(Map<String, String> userData) {
    String builtAt = userData.get(BUILT_AT);
    String stories = userData.get(STORIES);
    return new BuildInfo(
        builtAt == null ? Instant.EPOCH : Instant.parse(builtAt),
        stories == null ? 0 : Long.parseLong(stories),
        copies(userData.get(COPIES)));
  }

  /** The info of a build folder's commit. */
  public static BuildInfo read(Path build) throws IOException {
    try (Directory directory = FSDirectory.open(build)) {
      return fromUserData(SegmentInfos.readLatestCommit(directory).getUserData());
    }
  }

  private static Optional<CopyParams> copies(String value) {
    if (value == null) {
      return Optional.of(CopyParams.defaults());
    }
    if (value.equals(NO_COPIES)) {
      return Optional.empty();
    }
    String[] p = value.split(",");
    return Optional.of(new CopyParams(
        Integer.parseInt(p[0]),
        Integer.parseInt(p[1]),
        Integer.parseInt(p[2]),
        Double.parseDouble(p[3])));
  }
}
