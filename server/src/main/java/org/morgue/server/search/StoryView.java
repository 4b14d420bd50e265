package org.morgue.server.search;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BinaryOperator;
import org.morgue.indexer.entity.Entity;
import org.morgue.indexer.entity.Span;
import org.morgue.indexer.story.PubDate;
import org.morgue.indexer.story.Story;

/**
 * One story in full, as stored: the cleaned body and where each entity is mentioned in it.
 *
 * @param published ISO date at its precision, null when undated
 * @param entities ordered by type (person, org, place), then first mention
 * @param origin where the indexer read it ({@code path:line})
 * @param format the input format it was read as
 * @param tagLabels each tag's display label ({@code topic:money-fx} → {@code Topic: Money/Foreign Exchange})
 * @param event the event thread the story belongs to
 */
public record StoryView(
    String id,
    String title,
    String body,
    String published,
    String source,
    String byline,
    String url,
    List<String> tags,
    List<EntityView> entities,
    String origin,
    String format,
    Map<String, String> tagLabels,
    EventRef event) {

  public StoryView {
    Objects.requireNonNull(id, "id");
    // As in search hits: an outlet, byline or link the story does not have is null, never "".
    source = SearchResponse.absentAsNull(source);
    byline = SearchResponse.absentAsNull(byline);
    url = SearchResponse.absentAsNull(url);
    tags = List.copyOf(tags);
    entities = List.copyOf(entities);
    tagLabels = Collections.unmodifiableMap(new LinkedHashMap<>(tagLabels));
  }

  /**
   * The view of a stored story and its entities, the same for every backend (each reads the story
   * its own way, then calls this).
   *
   * @param label a value's display label by facet name and value
   */
  public static StoryView of(
      Story s, List<Entity> storyEntities, BinaryOperator<String> label, EventRef event) {
    List<EntityView> entities = new ArrayList<>();
    for (Entity e : storyEntities) {
      String dim = e.type().facetName();
      entities.add(new EntityView(
          dim,
          e.key(),
          label.apply(dim, e.key()),
          mentions(e.spans(), false),
          mentions(e.spans(), true)));
    }
    Map<String, String> tagLabels = new LinkedHashMap<>();
    String tag = Facet.TAG.apiName();
    s.tags().forEach(t -> tagLabels.put(t, label.apply(tag, t)));
    return new StoryView(
        s.id(),
        s.title(),
        s.body(),
        s.published().map(PubDate::iso).orElse(null),
        s.source(),
        s.byline(),
        s.url(),
        s.tags(),
        entities,
        s.origin(),
        s.format(),
        tagLabels,
        event);
  }

  private static List<Mention> mentions(List<Span> spans, boolean inTitle) {
    return spans.stream()
        .filter(sp -> sp.inTitle() == inTitle)
        .map(sp -> new Mention(sp.start(), sp.end()))
        .toList();
  }

  /**
   * @param type {@code person}, {@code org} or {@code place}
   * @param value the facet key (what {@code f.<type>} takes)
   * @param label the archive-wide display form
   * @param mentions character ranges in the body
   * @param titleMentions character ranges in the title
   */
  public record EntityView(
      String type,
      String value,
      String label,
      List<Mention> mentions,
      List<Mention> titleMentions) {
    public EntityView {
      mentions = List.copyOf(mentions);
      titleMentions = List.copyOf(titleMentions);
    }
  }

  /** {@code [start, end)} character offsets. */
  public record Mention(int start, int end) {}
}
