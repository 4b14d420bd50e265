package org.morgue.indexer.read;

import java.util.List;

/**
 * The field names an input record (a JSON Lines object, a CSV header) may use, with their aliases.
 * These name the input format, not the index: they are a contract with the people who export
 * archives, so they stay stable even if {@code Schema} renames an index field.
 */
final class InputFields {

  static final List<String> ID = List.of("id");
  static final List<String> TITLE = List.of("title");
  /** {@code body} wins over {@code text} when both are present; the other is kept in extra. */
  static final List<String> BODY = List.of("body", "text");

  static final List<String> PUBLISHED = List.of("published", "date");
  static final List<String> SOURCE = List.of("source");
  static final List<String> BYLINE = List.of("author", "byline");
  static final List<String> URL = List.of("url");
  static final List<String> TAGS = List.of("tags");

  /** Every known field with its aliases, in the order a record is mapped. */
  static final List<List<String>> ALL =
      List.of(ID, TITLE, BODY, PUBLISHED, SOURCE, BYLINE, URL, TAGS);

  private InputFields() {}

  /** Splits a comma-separated tag string, stripping blanks and empty items. */
  static List<String> splitTags(String value) {
    return java.util.Arrays.stream(value.split(","))
        .map(String::strip)
        .filter(t -> !t.isEmpty())
        .toList();
  }
}
