package org.morgue.indexer.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The fast path of {@link ReutersElement}: reads a well-formed {@code <REUTERS>} element of the
 * corpus's own tags without building a jsoup tree, which was about a tenth of a cached
 * Reuters-21578 rebuild (parsing, and the compiling of jsoup's parser). It accepts only what it
 * reads exactly as jsoup's XML parser does: the known tags, properly nested, double-quoted
 * attributes, text without child elements in the leaves, the five XML entities and decimal
 * references to ASCII. Anything else (a broken or unusual element, an unknown tag) returns
 * empty and the caller parses the element with jsoup, so the result never depends on which path ran.
 */
final class ReutersMarkup {

  /** Elements whose content is text only. */
  private static final Set<String> LEAVES =
      Set.of("DATE", "D", "UNKNOWN", "TITLE", "DATELINE", "AUTHOR", "BODY");

  private static final Set<String> CODE_LISTS =
      Set.of("TOPICS", "PLACES", "PEOPLE", "ORGS", "EXCHANGES", "COMPANIES");
  private static final Set<String> TEXT_PARTS = Set.of("TITLE", "DATELINE", "AUTHOR", "BODY");

  /** The REUTERS attributes, the first text of each leaf by name, and the codes of each list. */
  record Parts(
      Map<String, String> attributes,
      Map<String, String> leaves,
      Map<String, List<String>> codes,
      boolean hasText,
      String textOutsideParts) {}

  private final String s;
  private int pos;
  private final Map<String, String> attributes = new HashMap<>();
  private final Map<String, String> leaves = new HashMap<>();
  private final Map<String, List<String>> codes = new HashMap<>();
  private boolean hasText;
  /** TEXT's own text, outside its headline parts: the body of a brief, which has no BODY. */
  private final StringBuilder textOutsideParts = new StringBuilder();

  private ReutersMarkup(String markup) {
    this.s = markup;
  }

  /** The element's parts, or empty when the markup is outside what this reader takes exactly. */
  static Optional<Parts> parse(String markup) {
    ReutersMarkup m = new ReutersMarkup(markup);
    return m.element()
        ? Optional.of(
            new Parts(m.attributes, m.leaves, m.codes, m.hasText, m.textOutsideParts.toString()))
        : Optional.empty();
  }

  private boolean element() {
    if (!"REUTERS".equals(openTag(attributes))) {
      return false;
    }
    String parent = "REUTERS";
    String list = null;
    while (true) {
      int lt = s.indexOf('<', pos);
      if (lt < 0) {
        return false; // never closed
      }
      if (parent.equals("TEXT")) {
        String own = decode(pos, lt);
        if (own == null) {
          return false;
        }
        textOutsideParts.append(own);
      }
      pos = lt;
      if (s.startsWith("</", pos)) {
        String name = closeTag();
        if (name == null) {
          return false;
        }
        if (name.equals("REUTERS") && parent.equals("REUTERS")) {
          return s.substring(pos).isBlank();
        }
        if (!name.equals(parent) || (!name.equals("TEXT") && list == null)) {
          return false;
        }
        parent = name.equals("TEXT") ? "REUTERS" : parent;
        if (list != null) {
          list = null;
          parent = "REUTERS";
        }
        continue;
      }
      String name = openTag(null);
      if (name == null) {
        return false;
      }
      if (LEAVES.contains(name)) {
        if (!leaf(name, parent, list)) {
          return false;
        }
      } else if (CODE_LISTS.contains(name)
          && parent.equals("REUTERS")
          && !codes.containsKey(name)) {
        codes.put(name, new ArrayList<>());
        list = name;
        parent = name;
      } else if (name.equals("TEXT") && parent.equals("REUTERS") && !hasText) {
        hasText = true;
        parent = "TEXT";
      } else {
        return false;
      }
    }
  }

  /** A leaf's text up to its end tag; where it may stand and how often is checked against the parent. */
  private boolean leaf(String name, String parent, String list) {
    int end = s.indexOf("</" + name + ">", pos);
    if (end < 0) {
      return false;
    }
    String text = decode(pos, end);
    if (text == null) {
      return false;
    }
    pos = end + name.length() + 3;
    switch (name) {
      case "D" -> {
        if (list == null
            || text.isEmpty()
            || !text.chars().noneMatch(c -> Character.isWhitespace(c) || c == 0xA0)) {
          return false; // jsoup's text() would normalise the spaces; leave that to it
        }
        codes.get(list).add(text);
        return true;
      }
      case "DATE" -> {
        return parent.equals("REUTERS") && leaves.putIfAbsent(name, text) == null;
      }
      case "UNKNOWN" -> {
        return parent.equals("REUTERS");
      }
      default -> {
        return TEXT_PARTS.contains(name)
            && parent.equals("TEXT")
            && leaves.putIfAbsent(name, text) == null;
      }
    }
  }

  /**
   * Reads {@code <NAME attr="v" ...>} at pos; attributes go to {@code into} when not null.
   *
   * @return the name, or null when the tag is not of the simple form
   */
  private String openTag(Map<String, String> into) {
    if (!s.startsWith("<", pos)) {
      return null;
    }
    int i = pos + 1;
    int start = i;
    while (i < s.length() && s.charAt(i) >= 'A' && s.charAt(i) <= 'Z') {
      i++;
    }
    String name = s.substring(start, i);
    if (name.isEmpty()
        || !(LEAVES.contains(name)
            || CODE_LISTS.contains(name)
            || name.equals("TEXT")
            || name.equals("REUTERS"))) {
      return null;
    }
    while (true) {
      int spaces = i;
      while (i < s.length() && s.charAt(i) == ' ') {
        i++;
      }
      if (i >= s.length()) {
        return null;
      }
      if (s.charAt(i) == '>') {
        pos = i + 1;
        return name;
      }
      if (i == spaces) {
        return null;
      }
      int attrStart = i;
      while (i < s.length() && s.charAt(i) >= 'A' && s.charAt(i) <= 'Z') {
        i++;
      }
      String attr = s.substring(attrStart, i);
      if (attr.isEmpty() || !s.startsWith("=\"", i)) {
        return null;
      }
      int close = s.indexOf('"', i + 2);
      if (close < 0) {
        return null;
      }
      String value = s.substring(i + 2, close);
      if (value.indexOf('&') >= 0 || value.indexOf('<') >= 0 || value.indexOf('\n') >= 0) {
        return null;
      }
      if (into != null && into.put(attr, value) != null) {
        return null; // a repeated attribute: jsoup keeps the first
      }
      i = close + 1;
    }
  }

  private String closeTag() {
    int gt = s.indexOf('>', pos);
    if (gt < 0) {
      return null;
    }
    String name = s.substring(pos + 2, gt);
    pos = gt + 1;
    return name;
  }

  /** The text between two offsets with its references resolved; null when it holds markup or an unusual reference. */
  private String decode(int from, int to) {
    StringBuilder out = new StringBuilder(to - from);
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c == '<' || c == '\r' || c == 0) {
        return null;
      }
      if (c != '&') {
        out.append(c);
        continue;
      }
      int semi = s.indexOf(';', i);
      if (semi < 0 || semi > to || semi - i > 6) {
        return null;
      }
      char resolved = reference(s.substring(i + 1, semi));
      if (resolved == 0) {
        return null;
      }
      out.append(resolved);
      i = semi;
    }
    return out.toString();
  }

  /** The character of an entity or decimal reference, 0 for one this reader leaves to jsoup. */
  private static char reference(String ref) {
    switch (ref) {
      case "lt":
        return '<';
      case "gt":
        return '>';
      case "amp":
        return '&';
      case "quot":
        return '"';
      case "apos":
        return '\'';
      default:
        break;
    }
    if (ref.length() < 2 || ref.charAt(0) != '#') {
      return 0;
    }
    int value = 0;
    for (int i = 1; i < ref.length(); i++) {
      char d = ref.charAt(i);
      if (d < '0' || d > '9') {
        return 0;
      }
      value = value * 10 + (d - '0');
    }
    return value >= 1 && value <= 127 ? (char) value : 0;
  }
}
