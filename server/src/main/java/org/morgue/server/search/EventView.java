package org.morgue.server.search;

import java.util.List;
import java.util.Objects;

/**
 * One event thread: its stories by date, its outlets, the entities it names most and a day-by-day
 * timeline of its coverage.
 *
 * @param stories by date (undated last), then id
 * @param outlets outlets with their story counts, most stories first
 * @param entities the entities the most stories name, with how many
 * @param timeline stories per day, in date order (undated stories are not on it)
 */
public record EventView(
    String id,
    int size,
    List<Story> stories,
    List<Outlet> outlets,
    List<EntityCount> entities,
    List<Day> timeline) {

  public EventView {
    Objects.requireNonNull(id, "id");
    stories = List.copyOf(stories);
    outlets = List.copyOf(outlets);
    entities = List.copyOf(entities);
    timeline = List.copyOf(timeline);
  }

  /** @param published ISO date at its precision, null when undated */
  public record Story(String id, String title, String published, String source) {}

  public record Outlet(String source, int stories) {}

  /** @param value the facet key; @param label its display form */
  public record EntityCount(String type, String value, String label, int stories) {}

  public record Day(String date, int stories) {}
}
