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
 * @param aliases keys of other names the story gives it ("IMF" beside "International Monetary Fund",
 *     "Y" in "X, also known as Y", "@handle" after the name), sorted; the archive pass joins stories
 *     through them (see {@code ArchiveNames})
 */
public record Entity(
    EntityType type, String key, String display, List<Span> spans, List<String> aliases) {
  public Entity {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(display, "display");
    if (key.isBlank()) {
      throw new IllegalArgumentException("entity key must not be blank");
    }
    spans = List.copyOf(spans);
    String own = key;
    aliases = aliases.stream()
        .filter(a -> !a.isBlank() && !a.equals(own))
        .distinct()
        .sorted()
        .toList();
  }

  /** An entity the story knows by one name only. */
  public Entity(EntityType type, String key, String display, List<Span> spans) {
    this(type, key, display, spans, List.of());
  }

  /**
   * The key a name of this type has: what the index stores as its facet value ("Ultramar Plc" and
   * "Ultramar" are both "ultramar" as organizations).
   */
  public static String keyOf(EntityType type, String name) {
    return Canonicalizer.key(type, name);
  }

  /** The same mentions and aliases under another type, key and display form. */
  public Entity renamed(EntityType newType, String newKey, String newDisplay) {
    return new Entity(newType, newKey, newDisplay, spans, aliases);
  }
}
