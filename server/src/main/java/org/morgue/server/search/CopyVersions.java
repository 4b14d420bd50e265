package org.morgue.server.search;

import java.util.List;
import java.util.Objects;

/**
 * The copy group of a story: {@code GET /api/stories/{id}/versions}.
 *
 * @param id the story asked about
 * @param group the group id (its lead copy's story id)
 * @param versions every member, the lead first, then by date (undated last) and id; then the story's
 *     reworded versions by date and id
 */
public record CopyVersions(String id, String group, List<Version> versions) {

  public CopyVersions {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(group, "group");
    versions = List.copyOf(versions);
  }

  /** A copy: the same text filed again. */
  public static final String COPY = "copy";
  /** A reworded version: the story's sentences in order, in other words. */
  public static final String REWORDED = "reworded";

  /**
   * @param published ISO date at its precision, null when undated
   * @param similarity for a copy, exact Jaccard similarity of word shingles to the lead (1 for the lead);
   *     for a reworded version, the share of sentences aligned in order with the story asked about
   * @param kind {@link #COPY} or {@link #REWORDED}
   */
  public record Version(
      String id,
      String title,
      String source,
      String published,
      float similarity,
      boolean lead,
      String kind) {
    public Version {
      Objects.requireNonNull(id, "id");
      if (!COPY.equals(kind) && !REWORDED.equals(kind)) {
        throw new IllegalArgumentException("a version is a copy or reworded, was " + kind);
      }
    }

    /** A member of the copy group. */
    public Version(
        String id, String title, String source, String published, float similarity, boolean lead) {
      this(id, title, source, published, similarity, lead, COPY);
    }
  }
}
