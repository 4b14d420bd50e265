package org.morgue.indexer.clean;

/**
 * The one rule set for the characters that lay text out: which characters break a line and which
 * control or invisible characters go. Every reader applies it, the structured ones (JSON Lines, CSV,
 * SGML, XML) through {@code read.Bodies} and the scraped ones (HTML, plain text) through
 * {@link TextCleaner}, so a story's stored text does not depend on the format it came in.
 *
 * <ul>
 *   <li>{@code \r\n}, {@code \r}, U+2028, U+2029 and U+0085 are line breaks: each becomes {@code \n}.
 *   <li>Vertical tab and form feed separate words (a form feed ends a printed page mid-sentence):
 *       each becomes a space. Deleting them, as the structured readers once did, fused the last word of
 *       one page to the first of the next, and a search for either missed the story.
 *   <li>The other C0 controls except tab and {@code \n}, DEL and the C1 controls are wire-service and
 *       scraper debris: they go.
 *   <li>The soft hyphen, zero-width space, word joiner and byte-order mark are invisible and split words
 *       for the tokenizer: they go. Zero-width (non-)joiners stay: Persian, Indic scripts and emoji
 *       need them to spell a word, and they do not split it.
 *   <li>Tab stays: in a structured body it aligns a table. How runs of spaces are folded is a separate
 *       rule of each cleaner, not part of this one.
 * </ul>
 */
public final class TextLayout {

  private TextLayout() {}

  /**
   * The text with the rules above applied. One pass by hand, returning the text itself when nothing
   * changes: as regex replacements this was a quarter of a cached Reuters rebuild.
   */
  public static String characters(String text) {
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
      } else if (isLineBreak(c)) {
        out.append('\n');
      } else if (c == '\u000B' || c == '\f') {
        out.append(' ');
      } else if (!isDropped(c)) {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static boolean needsWork(char c) {
    return c == '\r' || isLineBreak(c) || c == '\u000B' || c == '\f' || isDropped(c);
  }

  private static boolean isLineBreak(char c) {
    return c == '\u2028' || c == '\u2029' || c == '\u0085';
  }

  /** Called after the line breaks, vertical tab and form feed are handled. */
  private static boolean isDropped(char c) {
    return (c <= 0x1F && c != '\t' && c != '\n')
        || (c >= 0x7F && c <= 0x9F)
        || c == '\u00AD'
        || c == '\u200B'
        || c == '\u2060'
        || c == '\uFEFF';
  }
}
