package org.morgue.indexer.index;

import java.util.List;
import java.util.Objects;
import org.morgue.indexer.entity.Entity;
import org.morgue.indexer.story.Story;

/** A story together with the entities extracted from it: what one index document holds. */
public record IndexedStory(Story story, List<Entity> entities) {
  public IndexedStory {
    Objects.requireNonNull(story, "story");
    entities = List.copyOf(entities);
  }
}
