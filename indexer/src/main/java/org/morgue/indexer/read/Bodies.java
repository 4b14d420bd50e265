package org.morgue.indexer.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Normalises the layout of body text that arrives already separated from its title (JSON Lines,
 * CSV, SGML): the stored body must have paragraphs separated by exactly one blank line, because
 * snippets and entity offsets are computed on it. Content is not rewritten (entities, wording).
 */
final class Bodies {

  /** C0 controls except tab and newline, DEL, and C1 controls: wire-service and scraper debris. */
  private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F]");
  /** Java's strip() keeps no-break spaces, which scraped and exported text is full of. */
  private static final Pattern TRAILING_SPACE = Pattern.compile("[\\s\\p{Z}]+$");
  private static final Pattern LEADING_SPACE = Pattern.compile("^[\\s\\p{Z}]+");
  private static final Pattern LINE_BREAK = Pattern.compile("\\r\\n?|[\\u2028\\u2029\\u0085]");

  private Bodies() {}

  /** Removes control characters and unifies line breaks to {@code \n}. */
  static String clean(String text) {
    return CONTROL.matcher(LINE_BREAK.matcher(text).replaceAll("\n")).replaceAll("");
  }

  /**
   * Paragraphs are runs of non-blank lines; lines keep their breaks (a table stays a table), trailing
   * spaces go, and runs of blank lines collapse to one.
   */
  static String normalize(String text) {
    List<String> paragraphs = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : clean(text).split("\n", -1)) {
      String trimmed = TRAILING_SPACE.matcher(line).replaceFirst("");
      if (trimmed.isEmpty()) {
        flush(current, paragraphs);
      } else {
        if (!current.isEmpty()) {
          current.append('\n');
        }
        current.append(current.isEmpty() ? LEADING_SPACE.matcher(trimmed).replaceFirst("") : trimmed);
      }
    }
    flush(current, paragraphs);
    return String.join("\n\n", paragraphs);
  }

  private static void flush(StringBuilder current, List<String> paragraphs) {
    if (!current.isEmpty()) {
      paragraphs.add(current.toString());
      current.setLength(0);
    }
  }
}
