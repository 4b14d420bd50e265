package org.morgue.indexer.read;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The headline of an untitled wire story, from its text. Reuters-21578's unprocessed stories
 * ({@code TEXT TYPE="UNPROC"}, 737 of 21,578) have no {@code <TITLE>}: the text opens with the headline
 * in capitals, sometimes wrapped mid-word ({@code VOLCKER REAFFIRMS G} / {@code -6 NEGOTIATING PROCESS}),
 * then the dateline paragraph. Without this they were listed as "Untitled story". Counted on the corpus:
 * 668 open with such lines before the story proper; the other 68 are flashes and rate tables, which keep
 * their text and take their headline (or first line) as title; one has no text at all.
 */
final class WireHeadline {

  /** A headline is a line or two; a longer capitalised opening is a table, not a title. */
  static final int MAX_CHARS = 160;
  /** A single mixed-case first line is a headline ("N.Y. GRAIN FREIGHTS - April 1") when this short. */
  static final int MAX_MIXED_LINE = 100;

  private static final Pattern LINES = Pattern.compile("\\n");
  private static final Pattern LOWER = Pattern.compile("\\p{Ll}");

  private WireHeadline() {}

  /** A title and the body without it. */
  record Split(String title, String body) {}

  /**
   * Splits the headline lines off the top of a body: the leading lines of its first paragraph that hold
   * no lower-case letter (or, when there are none, a short first line that does not end a sentence),
   * as long as they fit in {@link #MAX_CHARS}. A body that is all headline keeps its text; a body whose
   * opening is no headline (a table, prose) keeps its text and gives its first line as title.
   *
   * @return the split; an empty title only for an empty body
   */
  static Split split(String body) {
    List<String> lines = LINES.splitAsStream(body.strip()).toList();
    if (lines.isEmpty() || lines.get(0).isBlank()) {
      return new Split("", body);
    }
    int head = 0;
    while (head < lines.size()
        && !lines.get(head).isBlank()
        && !LOWER.matcher(lines.get(head)).find()) {
      head++;
    }
    String first = lines.get(0).strip();
    if (head == 0 && lines.size() > 1 && first.length() <= MAX_MIXED_LINE && !first.endsWith(".")) {
      head = 1;
    }
    String title = join(lines.subList(0, head));
    String rest = String.join("\n", lines.subList(head, lines.size())).strip();
    if (head > 0 && title.length() <= MAX_CHARS) {
      // A flash is all headline: it keeps its text as body too, or it would have none.
      return new Split(title, rest.isEmpty() ? body : rest);
    }
    return new Split(cut(first), body);
  }

  /** Headline lines as one line: a wrap at a hyphen joins without a space ("G" + "-6" is "G-6"). */
  private static String join(List<String> lines) {
    StringBuilder sb = new StringBuilder();
    for (String line : lines) {
      String l = line.strip();
      if (sb.length() > 0 && !l.startsWith("-") && sb.charAt(sb.length() - 1) != '-') {
        sb.append(' ');
      }
      sb.append(l);
    }
    return sb.toString();
  }

  /** At most {@link #MAX_CHARS}, cut at a space when there is one. */
  private static String cut(String line) {
    if (line.length() <= MAX_CHARS) {
      return line;
    }
    int space = line.lastIndexOf(' ', MAX_CHARS);
    return (space > 0 ? line.substring(0, space) : line.substring(0, MAX_CHARS)) + "…";
  }
}
