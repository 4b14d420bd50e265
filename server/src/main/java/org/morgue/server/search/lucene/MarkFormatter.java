package org.morgue.server.search.lucene;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Formats highlighter passages as HTML that is safe by construction: every character of the stored
 * text is escaped and the only markup inserted is {@code <mark>}/{@code </mark>}. Runs of whitespace
 * (paragraph breaks) become one space; a passage that does not reach the start or end of the text
 * gets an ellipsis there. Returns a {@code List<String>}, one entry per passage, in text order, a passage
 * identical to an earlier one left out.
 */
public final class MarkFormatter extends PassageFormatter {

  static final String ELLIPSIS = "…";
  /** Length of the body opening shown when there is nothing to highlight. */
  static final int LEAD_CHARS = 200;

  @Override
  public Object format(Passage[] passages, String content) {
    List<String> out = new ArrayList<>(passages.length);
    // A paragraph a wire story repeats (a boilerplate line, a re-sent lede) is shown once.
    Set<String> seen = new HashSet<>();
    for (Passage passage : passages) {
      String formatted = format(passage, content);
      if (seen.add(formatted.replace(ELLIPSIS, ""))) {
        out.add(formatted);
      }
    }
    return out;
  }

  private static String format(Passage passage, String content) {
    int start = passage.getStartOffset();
    int end = Math.min(passage.getEndOffset(), content.length());
    while (start < end && Character.isWhitespace(content.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(content.charAt(end - 1))) {
      end--;
    }
    StringBuilder sb = new StringBuilder();
    if (!content.substring(0, start).isBlank()) {
      sb.append(ELLIPSIS);
    }
    int[] starts = passage.getMatchStarts();
    int[] ends = passage.getMatchEnds();
    int pos = start;
    for (int i = 0; i < passage.getNumMatches(); i++) {
      int matchStart = Math.max(starts[i], pos);
      int matchEnd = ends[i];
      // Overlapping or touching matches (a stem inside a phrase) become one mark.
      while (i + 1 < passage.getNumMatches() && starts[i + 1] <= matchEnd) {
        matchEnd = Math.max(matchEnd, ends[++i]);
      }
      matchEnd = Math.min(matchEnd, end);
      if (matchEnd <= matchStart) {
        continue;
      }
      appendEscaped(sb, content, pos, matchStart);
      sb.append("<mark>");
      appendEscaped(sb, content, matchStart, matchEnd);
      sb.append("</mark>");
      pos = matchEnd;
    }
    appendEscaped(sb, content, pos, end);
    if (!endsSentence(content, end) && !content.substring(end).isBlank()) {
      sb.append(ELLIPSIS);
    }
    return sb.toString();
  }

  /** The opening of a text, escaped: up to {@link #LEAD_CHARS} characters, cut at a space. */
  public static String lead(String text) {
    String flat = text.strip().replaceAll("\\s+", " ");
    if (flat.length() <= LEAD_CHARS) {
      return escape(flat);
    }
    int cut = flat.lastIndexOf(' ', LEAD_CHARS);
    if (cut <= 0) {
      cut = LEAD_CHARS;
    }
    return escape(flat.substring(0, cut)) + ELLIPSIS;
  }

  /** True when the passage ends a sentence, so no ellipsis is needed after it. */
  private static boolean endsSentence(String content, int end) {
    int last = end - 1;
    while (last >= 0 && Character.isWhitespace(content.charAt(last))) {
      last--;
    }
    return last >= 0 && ".!?\"”’'".indexOf(content.charAt(last)) >= 0;
  }

  /**
   * The plain text of this formatter's output: marks dropped, escapes undone. Exports go to
   * spreadsheets and scripts, where markup is noise; this is the exact inverse of {@link #escape}.
   */
  public static String plain(String marked) {
    return marked
        .replace("<mark>", "")
        .replace("</mark>", "")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&");
  }

  /** The whole text escaped, whitespace runs kept as they are. */
  public static String escape(String text) {
    StringBuilder sb = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      appendEscapedChar(sb, text.charAt(i));
    }
    return sb.toString();
  }

  private static void appendEscaped(StringBuilder sb, String content, int from, int to) {
    boolean inSpace = false;
    for (int i = from; i < to; i++) {
      char c = content.charAt(i);
      if (Character.isWhitespace(c)) {
        if (!inSpace) {
          sb.append(' ');
        }
        inSpace = true;
      } else {
        inSpace = false;
        appendEscapedChar(sb, c);
      }
    }
  }

  private static void appendEscapedChar(StringBuilder sb, char c) {
    switch (c) {
      case '&' -> sb.append("&amp;");
      case '<' -> sb.append("&lt;");
      case '>' -> sb.append("&gt;");
      case '"' -> sb.append("&quot;");
      case '\'' -> sb.append("&#39;");
      default -> sb.append(c);
    }
  }
}
