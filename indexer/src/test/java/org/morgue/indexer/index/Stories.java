package org.morgue.indexer.index;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.morgue.indexer.story.PubDate;
import org.morgue.indexer.story.Story;

/** Builds small stories for tests. */
public final class Stories {
  private Stories() {}

  public static Story story(String id, String title, String body) {
    return new Story(
        id, title, body, Optional.empty(), "", "", "", List.of(), Map.of(), "test:" + id, "test");
  }

  public static Story dated(
      String id, String title, String body, PubDate date, String source, List<String> tags) {
    return new Story(
        id, title, body, Optional.of(date), source, "", "", tags, Map.of(), "test:" + id, "test");
  }
}
