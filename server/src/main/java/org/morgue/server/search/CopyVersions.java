package org.morgue.server.search;

import java.util.List;
import java.util.Objects;

/**
 * The copy group of a story: {@code GET /api/stories/{id}/versions}.
 *
 * @param id the story asked about
 * @param group the group id (its lead copy's story id)
 * @param versions every member, the lead first, then by date (undated last) and id
 */
public record CopyVersions(String id, String group, List<Version> versions) {

  public CopyVersions {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(group, "group");
    versions = List.copyOf(versions);
  }

  /**
   * @param published ISO date at its precision, null when undated
   * @param similarity exact Jaccard similarity of word shingles to the lead (1 for the lead)
   */
  public record Version(String id, String title, String source, String published, float similarity, boolean lead) {
    public Version {
      Objects.requireNonNull(id, "id");
    }
  }
}
