package org.morgue.server.search;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

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
