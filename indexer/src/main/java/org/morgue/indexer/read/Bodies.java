package org.morgue.indexer.read;

import java.util.ArrayList;
import java.util.List;
import org.morgue.indexer.clean.TextLayout;

/**
 * Normalises the layout of body text that arrives already separated from its title (JSON Lines,
 * CSV, SGML): the stored body must have paragraphs separated by exactly one blank line, because
 * snippets and entity offsets are computed on it. Content is not rewritten (entities, wording). Which
 * characters break lines and which go is {@link TextLayout}'s rule, shared with the scraped-text cleaner;
 * the paragraph rule here differs from that cleaner's on purpose: a structured body's lines within a
 * paragraph are the author's (a table, an address), a scraped page's lines are its markup's.
 */
final class Bodies {

  private Bodies() {}

  /** The characters of {@link TextLayout}: line breaks unified, control and invisible characters gone. */
  static String clean(String text) {
    return TextLayout.characters(text);
  }

  /** Java's strip() keeps no-break spaces, which scraped and exported text is full of. */
  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  /**
   * Paragraphs are runs of non-blank lines; lines keep their breaks (a table stays a table), trailing
   * spaces go, and runs of blank lines collapse to one.
   */
  static String normalize(String text) {
    List<String> paragraphs = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : clean(text).split("\n", -1)) {
      int end = line.length();
      while (end > 0 && isSpace(line.charAt(end - 1))) {
        end--;
      }
      String trimmed = line.substring(0, end);
      if (trimmed.isEmpty()) {
        flush(current, paragraphs);
      } else {
        if (!current.isEmpty()) {
          current.append('\n');
        }
        int start = 0;
        while (current.isEmpty() && start < trimmed.length() && isSpace(trimmed.charAt(start))) {
          start++;
        }
        current.append(trimmed, start, trimmed.length());
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
