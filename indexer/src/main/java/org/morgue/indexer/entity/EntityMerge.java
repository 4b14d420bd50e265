package org.morgue.indexer.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Merges a story's entities that a renaming pass put on the same type and key. */
final class EntityMerge {

  /** Title mentions first, then by offset: the order {@link Entity#spans()} is kept in. */
  static final Comparator<Span> TEXT_ORDER =
      Comparator.comparing((Span s) -> !s.inTitle()).thenComparingInt(Span::start);

  private EntityMerge() {}

  /**
   * @param entities one story's entities after renaming, possibly with repeated keys
   * @return one entity per type and key (the first one's display, all mentions), ordered by type,
   *     then first mention, as extractors return them
   */
  static List<Entity> merge(List<Entity> entities) {
    Map<String, Entity> merged = new LinkedHashMap<>();
    for (Entity e : entities) {
      merged.merge(e.type() + "\u0000" + e.key(), e, (a, b) -> {
        List<Span> spans = new ArrayList<>(a.spans());
        spans.addAll(b.spans());
        spans.sort(TEXT_ORDER);
        List<String> aliases = new ArrayList<>(a.aliases());
        aliases.addAll(b.aliases());
        return new Entity(a.type(), a.key(), a.display(), spans, aliases);
      });
    }
    List<Entity> out = new ArrayList<>(merged.values());
    out.sort(Comparator.comparing(Entity::type)
        .thenComparing(
            e -> e.spans().isEmpty() ? new Span(false, 0, 0) : e.spans().get(0), TEXT_ORDER));
    return List.copyOf(out);
  }
}
