package org.morgue.indexer.read;

/**
 * File locations as the summary and the log print them, so that a file's name cannot forge output: a
 * name holding a newline once printed as two summary lines, the second one made up by whoever named
 * the file. A location with control characters (line breaks included), bidirectional controls (which
 * reorder a terminal line), a double quote or a backslash is printed in double quotes with those
 * characters escaped ({@code \n}, {@code \t}, {@code \"}, {@code \\}, {@code \u202e}); any other is
 * printed as it is, so ordinary paths read as before.
 */
public final class Printable {

  private Printable() {}

  /** The location as it is when it is harmless, else quoted and escaped. */
  public static String location(String location) {
    if (location.chars().noneMatch(Printable::special)) {
      return location;
    }
    StringBuilder out = new StringBuilder(location.length() + 8).append('"');
    location.chars().forEach(c -> escape(c, out));
    return out.append('"').toString();
  }

  /** Text from an input (a reason quoting the file) with its control characters escaped, unquoted. */
  public static String text(String text) {
    if (text.chars().noneMatch(c -> c != '"' && c != '\\' && special(c))) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 8);
    text.chars().forEach(c -> {
      if (c == '"' || c == '\\') {
        out.append((char) c);
      } else {
        escape(c, out);
      }
    });
    return out.toString();
  }

  private static void escape(int c, StringBuilder out) {
    switch (c) {
      case '\n' -> out.append("\\n");
      case '\r' -> out.append("\\r");
      case '\t' -> out.append("\\t");
      case '"' -> out.append("\\\"");
      case '\\' -> out.append("\\\\");
      default -> {
        if (special(c)) {
          out.append(String.format(java.util.Locale.ROOT, "\\u%04x", c));
        } else {
          out.append((char) c);
        }
      }
    }
  }

  private static boolean special(int c) {
    return Character.isISOControl(c)
        || c == '"'
        || c == '\\'
        || c == '\u2028'
        || c == '\u2029'
        || bidiControl(c);
  }

  /** The explicit directional marks, embeddings, overrides and isolates of Unicode's bidi algorithm. */
  static boolean bidiControl(int c) {
    return c == '\u061c'
        || c == '\u200e'
        || c == '\u200f'
        || (c >= '\u202a' && c <= '\u202e')
        || (c >= '\u2066' && c <= '\u2069');
  }
}
