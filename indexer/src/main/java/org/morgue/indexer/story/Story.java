package org.morgue.indexer.story;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One story as a reader produced it: cleaned text and the metadata found in the source. Missing text
 * fields are empty strings, never null; the body is the cleaned text that is stored and highlighted,
 * so snippet and entity offsets refer to it.
 *
 * @param id stable id: from the input when it has one, else derived from the origin or content
 * @param title headline, possibly empty
 * @param body cleaned body text (paragraphs separated by a blank line)
 * @param published publication date, empty when the story is undated
 * @param source outlet (e.g. "Reuters"), possibly empty
 * @param byline author(s), possibly empty
 * @param url canonical URL, possibly empty
 * @param tags editorial tags from the input (Reuters codes, JSONL tags): never extracted entities
 * @param extra input fields Morgue has no field for, kept as strings
 * @param origin where the story came from: {@code path}, {@code path:line} or {@code path#record}
 * @param format the reader's format name ({@code text}, {@code jsonl}, {@code csv}, {@code sgml}…)
 */
public record Story(
    String id,
    String title,
    String body,
    Optional<PubDate> published,
    String source,
    String byline,
    String url,
    List<String> tags,
    Map<String, String> extra,
    String origin,
    String format) {

  public Story {
    Objects.requireNonNull(id, "id");
    if (id.isBlank()) {
      throw new IllegalArgumentException("story id must not be blank (origin " + origin + ")");
    }
    title = Objects.requireNonNullElse(title, "");
    body = Objects.requireNonNullElse(body, "");
    published = Objects.requireNonNullElse(published, Optional.empty());
    source = Objects.requireNonNullElse(source, "");
    byline = Objects.requireNonNullElse(byline, "");
    url = Objects.requireNonNullElse(url, "");
    tags = List.copyOf(Objects.requireNonNullElse(tags, List.of()));
    extra = Map.copyOf(Objects.requireNonNullElse(extra, Map.of()));
    origin = Objects.requireNonNullElse(origin, "");
    format = Objects.requireNonNullElse(format, "");
  }
}
