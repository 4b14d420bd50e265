package org.morgue.server.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;
import org.morgue.indexer.story.PubDate;
import org.morgue.indexer.story.Story;

/**
 * An event thread's view from its stories, the same on both backends: stories by date (undated last,
 * then by id), outlets by story count, the top entities by the stories mentioning them, and a timeline
 * by day. Each backend only finds the stories; this decides what the answer says about them.
 */
public final class EventViews {

  /** Entities listed for an event. */
  public static final int TOP_ENTITIES = 10;

  /** One story of an event with the entities it mentions (type is the facet dimension). */
  public record Member(Story story, List<Entity> entities) {
    public Member {
      entities = List.copyOf(entities);
    }
  }

  /** An entity a story mentions: its facet dimension and canonical key. */
  public record Entity(String type, String key) {}

  private EventViews() {}

  /**
   * @param id the event's id
   * @param label the display label of a dimension's key
   */
  public static EventView of(
      String id, List<Member> members, BiFunction<String, String, String> label) {
    List<Story> stories = new ArrayList<>();
    Map<String, Integer> outlets = new HashMap<>();
    Map<Entity, Integer> entities = new HashMap<>();
    Map<String, Integer> days = new TreeMap<>();
    for (Member member : members) {
      Story story = member.story();
      stories.add(story);
      if (!story.source().isBlank()) {
        outlets.merge(story.source(), 1, Integer::sum);
      }
      story.published().ifPresent(d -> days.merge(d.date().toString(), 1, Integer::sum));
      member.entities().stream().distinct().forEach(e -> entities.merge(e, 1, Integer::sum));
    }
    stories.sort(Comparator.comparing(
            (Story s) -> s.published().map(d -> d.date().toEpochDay()).orElse(Long.MAX_VALUE))
        .thenComparing(Story::id));
    List<EventView.Story> listed = stories.stream()
        .map(s -> new EventView.Story(
            s.id(), s.title(), s.published().map(PubDate::iso).orElse(null), s.source()))
        .toList();
    List<EventView.Outlet> outletList = outlets.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue()
            .reversed()
            .thenComparing(Map.Entry.comparingByKey()))
        .map(e -> new EventView.Outlet(e.getKey(), e.getValue()))
        .toList();
    // Ties by type then key: the order the embedded backend gave with its "type\0key" strings.
    Comparator<Map.Entry<Entity, Integer>> order = Map.Entry.<Entity, Integer>comparingByValue()
        .reversed()
        .thenComparing(e -> e.getKey().type() + "\u0000" + e.getKey().key());
    List<EventView.EntityCount> top = entities.entrySet().stream()
        .sorted(order)
        .limit(TOP_ENTITIES)
        .map(e -> new EventView.EntityCount(
            e.getKey().type(),
            e.getKey().key(),
            label.apply(e.getKey().type(), e.getKey().key()),
            e.getValue()))
        .toList();
    List<EventView.Day> timeline = days.entrySet().stream()
        .map(e -> new EventView.Day(e.getKey(), e.getValue()))
        .toList();
    return new EventView(id, members.size(), listed, outletList, top, timeline);
  }
}
