package org.morgue.server.search;

/** No story has the requested id (or, {@link #noEvent}, no event thread has it). */
public final class StoryNotFoundException extends RuntimeException {

  private final String id;

  public StoryNotFoundException(String id) {
    this(id, "no story with id " + id);
  }

  private StoryNotFoundException(String id, String message) {
    super(message);
    this.id = id;
  }

  /**
   * No event thread has this id, and no story does either (a story's id names its event): a 404 that
   * says what was looked for, rather than "no story".
   */
  public static StoryNotFoundException noEvent(String id) {
    return new StoryNotFoundException(
        id, "no event with id " + id + " (neither an event's id nor a story's)");
  }

  public String id() {
    return id;
  }
}
