package org.morgue.indexer.entity;

import java.util.List;
import java.util.Objects;

/**
 * One entity a story mentions, all its mentions merged.
 *
 * @param type person, organization or place
 * @param key the canonical key every spelling folds to (see {@code NameKeys}); the facet value
 * @param display the readable form chosen within the story (the most frequent full surface form)
 * @param spans every mention, in text order
 */
public record Entity(EntityType type, String key, String display, List<Span> spans) {
  public Entity {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(display, "display");
    if (key.isBlank()) {
      throw new IllegalArgumentException("entity key must not be blank");
    }
    spans = List.copyOf(spans);
  }
}
