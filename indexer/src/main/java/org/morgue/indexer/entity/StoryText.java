package org.morgue.indexer.entity;

import java.util.Objects;

/** The two strings a story's spans point into; resolves a {@link Span} to its text. */
record StoryText(String title, String body) {
  StoryText {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(body, "body");
  }

  String field(Span span) {
    return span.inTitle() ? title : body;
  }

  String of(Span span) {
    return field(span).substring(span.start(), span.end());
  }

  /** The rest of the line after the span: where photo credits such as "NAME/REUTERS" continue. */
  String restOfLine(Span span) {
    String text = field(span);
    int eol = text.indexOf('\n', span.end());
    return text.substring(span.end(), eol < 0 ? text.length() : eol);
  }

  /** The whole line the span stands on. */
  String line(Span span) {
    String text = field(span);
    int bol = text.lastIndexOf('\n', Math.max(0, span.start() - 1)) + 1;
    int eol = text.indexOf('\n', span.end());
    return text.substring(bol, eol < 0 ? text.length() : eol);
  }
}
