package org.morgue.server.search;

/** No story has the requested id. */
public final class StoryNotFoundException extends RuntimeException {

  private final String id;

  public StoryNotFoundException(String id) {
    super("no story with id " + id);
    this.id = id;
  }

  public String id() {
    return id;
  }
}
