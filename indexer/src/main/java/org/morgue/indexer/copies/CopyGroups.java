package org.morgue.indexer.copies;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The copy groups of one build, by read position: what the second pass writes into each document.
 * Only stories in groups of two or more are held; every other story is a group of its own.
 */
public final class CopyGroups {

  /**
   * @param candidateStories stories that shared a band with another
   * @param candidatePairs pairs checked by exact similarity
   * @param verifiedPairs pairs at or above the threshold
   * @param bandBytes memory the band keys took during the build
   */
  public record Stats(
      int candidateStories, int candidatePairs, int verifiedPairs, long bandBytes) {}

  /** A group as the evaluation lists it: its members' read positions, the lead first. */
  public record Group(String id, List<Integer> positions) {
    public Group {
      positions = List.copyOf(positions);
    }
  }

  private final Map<Integer, CopyInfo> infos;
  private final Map<Integer, String> ids;
  private final Stats stats;

  CopyGroups(Map<Integer, CopyInfo> infos, Map<Integer, String> ids, Stats stats) {
    this.infos = Map.copyOf(infos);
    this.ids = Map.copyOf(ids);
    this.stats = stats;
  }

  /** No grouping at all: every story is its own group (a build with copy grouping off). */
  public static CopyGroups none() {
    return new CopyGroups(Map.of(), Map.of(), new Stats(0, 0, 0, 0));
  }

  /**
   * The copy information of the story read at this position; a group of its own when it has no copies,
   * or when the story read there now is not the one grouped (the input changed between reads).
   */
  public CopyInfo of(long position, String storyId) {
    CopyInfo info = position <= Integer.MAX_VALUE ? infos.get((int) position) : null;
    return info != null && storyId.equals(ids.get((int) position))
        ? info
        : CopyInfo.single(storyId);
  }

  /** The group of the story read at this position when it has copies; empty when it is a group of its own. */
  public String groupAt(int position) {
    CopyInfo info = infos.get(position);
    return info == null ? "" : info.group();
  }

  public Stats stats() {
    return stats;
  }

  /** Stories in groups of two or more. */
  public int groupedStories() {
    return infos.size();
  }

  /** The groups of two or more, ordered by lead id, members by read position with the lead first. */
  public List<Group> groups() {
    Map<String, List<Integer>> byGroup = new TreeMap<>();
    new TreeMap<>(infos)
        .forEach((position, info) -> byGroup
            .computeIfAbsent(info.group(), g -> new ArrayList<>())
            .add(info.lead() ? 0 : byGroup.get(info.group()).size(), position));
    List<Group> out = new ArrayList<>(byGroup.size());
    byGroup.forEach((id, positions) -> out.add(new Group(id, positions)));
    return out;
  }

  /** The number of groups of two or more. */
  public int count() {
    return (int) infos.values().stream().filter(CopyInfo::lead).count();
  }

  Collection<CopyInfo> infos() {
    return infos.values();
  }
}
