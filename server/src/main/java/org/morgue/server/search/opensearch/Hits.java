package org.morgue.server.search.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.morgue.indexer.index.EntityLabels;
import org.morgue.indexer.index.IndexedStory;
import org.morgue.indexer.index.Schema;
import org.morgue.indexer.index.StoryJson;
import org.morgue.indexer.story.PubDate;
import org.morgue.indexer.story.Story;
import org.morgue.server.search.EventRef;
import org.morgue.server.search.SearchResponse.Hit;
import org.morgue.server.search.StoryView;
import org.morgue.server.search.lucene.EntityLabelLists;
import org.morgue.server.search.lucene.MarkFormatter;

/** Turns the cluster's hits into the API's: stored story, highlights made safe, entity labels. */
final class Hits {

  private Hits() {}

  /** One hit of a search answer; its score when the order is by score. */
  static Hit hit(JsonNode hit, EntityLabels labels, Float score, EventRef event) {
    JsonNode source = hit.path("_source");
    Story story = StoryJson.story(source);
    JsonNode highlight = hit.path("highlight");
    String titleHl = title(story.title(), StoryHitFinder.marked(highlight, Schema.TITLE));
    return new Hit(
        story.id(),
        story.title(),
        titleHl,
        story.published().map(PubDate::iso).orElse(null),
        story.source(),
        story.byline(),
        story.url(),
        score,
        snippets(highlight, story.body()),
        labelsOf(StoryJson.entityKeys(source), labels),
        StoryJson.copy(source).versions(),
        event);
  }

  /** The title escaped, with the marked spans of it and its exact sub-field. */
  static String title(String title, List<StoryView.Mention> spans) {
    StringBuilder out = new StringBuilder(title.length() + 32);
    int from = 0;
    for (StoryView.Mention span : spans) {
      if (span.start() < from) {
        continue;
      }
      out.append(MarkFormatter.escape(title.substring(from, span.start())))
          .append("<mark>")
          .append(MarkFormatter.escape(title.substring(span.start(), span.end())))
          .append("</mark>");
      from = span.end();
    }
    return out.append(MarkFormatter.escape(title.substring(from))).toString();
  }

  /**
   * Highlighted body passages (the folded field's; the exact sub-field's when only exact clauses matched
   * the body), or the body's opening when nothing in it matched.
   */
  static List<String> snippets(JsonNode highlight, String body) {
    JsonNode passages = highlight.path(Schema.BODY);
    if (!passages.isArray() || passages.isEmpty()) {
      passages = highlight.path(
          org.morgue.indexer.opensearch.StoryMapping.clusterField(Schema.BODY_EXACT));
    }
    if (passages.isArray() && !passages.isEmpty()) {
      List<String> out = new ArrayList<>();
      passages.forEach(p -> out.add(marks(p.asText())));
      return out;
    }
    return body.isBlank() ? List.of() : List.of(MarkFormatter.lead(body));
  }

  /**
   * A highlighted fragment as the API's markup: the text escaped exactly as the embedded highlighter
   * escapes it, and only the private-use start and end marks turned into {@code <mark>}.
   */
  static String marks(String fragment) {
    StringBuilder out = new StringBuilder(fragment.length() + 32);
    int from = 0;
    for (int i = 0; i < fragment.length(); i++) {
      char c = fragment.charAt(i);
      if (c == SearchBody.MARK_START.charAt(0) || c == SearchBody.MARK_END.charAt(0)) {
        out.append(MarkFormatter.escape(fragment.substring(from, i)))
            .append(c == SearchBody.MARK_START.charAt(0) ? "<mark>" : "</mark>");
        from = i + 1;
      }
    }
    return out.append(MarkFormatter.escape(fragment.substring(from))).toString();
  }

  /** Entity display labels per type, in type order, each label once. */
  static Map<String, List<String>> labelsOf(List<Schema.EntityKey> entities, EntityLabels labels) {
    return EntityLabelLists.of(entities, labels);
  }

  /** The story view of a stored document. */
  static StoryView view(JsonNode source, EntityLabels labels, EventRef event) {
    IndexedStory indexed = StoryJson.indexed(source);
    return StoryView.of(indexed.story(), indexed.entities(), labels::label, event);
  }
}
