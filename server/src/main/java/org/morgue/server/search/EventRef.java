package org.morgue.server.search;

import java.util.Objects;

/**
 * The event thread a story belongs to, as a hit or a story carries it.
 *
 * @param id the event's id (its earliest story's id): what {@code /api/events/{id}} takes
 * @param stories stories in the event, this one included (1: no other story about it)
 * @param outlets distinct outlets among them (stories without an outlet not counted)
 */
public record EventRef(String id, int stories, int outlets) {
  public EventRef {
    Objects.requireNonNull(id, "id");
  }
}
