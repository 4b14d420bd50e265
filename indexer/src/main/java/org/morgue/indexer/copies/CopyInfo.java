package org.morgue.indexer.copies;

import java.util.Objects;

/**
 * What the index records about a story's copy group.
 *
 * @param group the group id: the lead copy's story id (a story without copies is its own group)
 * @param lead whether this story is its group's lead copy
 * @param similarity exact Jaccard similarity of its shingles to the lead's (1 for the lead itself)
 * @param versions how many stories the group holds, this one included
 */
public record CopyInfo(String group, boolean lead, float similarity, int versions) {

  public CopyInfo {
    Objects.requireNonNull(group, "group");
    if (group.isBlank()) {
      throw new IllegalArgumentException("copy group id must not be blank");
    }
    if (!(similarity >= 0 && similarity <= 1)) {
      throw new IllegalArgumentException("similarity must be in [0, 1], was " + similarity);
    }
    if (versions < 1) {
      throw new IllegalArgumentException("a group has at least one version, was " + versions);
    }
  }

  /** A story with no copies: the lead of its own group of one. */
  public static CopyInfo single(String id) {
    return new CopyInfo(id, true, 1f, 1);
  }
}
