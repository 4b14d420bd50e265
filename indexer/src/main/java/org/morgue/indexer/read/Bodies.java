package org.morgue.indexer.read;

import java.util.ArrayList;
import java.util.List;

/**
 * Normalises the layout of body text that arrives already separated from its title (JSON Lines,
 * CSV, SGML): the stored body must have paragraphs separated by exactly one blank line, because
 * snippets and entity offsets are computed on it. Content is not rewritten (entities, wording).
 */
final class Bodies {

  private Bodies() {}

  /**
   * Removes control characters (C0 except tab and newline, DEL, C1: wire-service and scraper debris)
   * and unifies line breaks ({@code \r\n}, {@code \r}, U+2028, U+2029, U+0085) to {@code \n}. One
   * pass by hand, returning the text itself when nothing changes: as two regex replacements this
   * was a quarter of a cached Reuters rebuild.
   */
  static String clean(String text) {
    int first = 0;
    while (first < text.length() && !needsWork(text.charAt(first))) {
      first++;
    }
    if (first == text.length()) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length()).append(text, 0, first);
    for (int i = first; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\r') {
        out.append('\n');
        if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
      } else if (c == '\u2028' || c == '\u2029' || c == '\u0085') {
        out.append('\n');
      } else if (!isControl(c)) {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static boolean needsWork(char c) {
    return c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085' || isControl(c);
  }

  private static boolean isControl(char c) {
    return (c <= 0x1F && c != '\t' && c != '\n') || (c >= 0x7F && c <= 0x9F);
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
