package org.morgue.indexer.clean;

import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bylines and outlet credits that a plain-text story states plainly. Both are conservative: a line
 * that only might be a name is left in the body and the field stays empty.
 */
final class Credits {

  /** An outlet credit that closes a story, and the last paragraph without it. */
  record Outlet(String name, String remaining) {}

  private static final String NAME_WORD = "\\p{Lu}[\\p{L}'’\\-]*\\.?";
  /** Lower-case particles inside Arabic, Dutch, German, French, Spanish and Portuguese names. */
  private static final String PARTICLE =
      "(?:al|el|bin|bint|ibn|abu|de|da|del|della|der|den|van|von|la|le|du|dos|das|di)";

  private static final String PERSON =
      NAME_WORD + "(?:\\s+(?:" + PARTICLE + "(?:\\s+|-))?" + NAME_WORD + "){1,3}";
  private static final Pattern LOWER_WORD = Pattern.compile("(?<![\\p{L}'’-])\\p{Ll}[\\p{L}'’-]*");
  private static final Pattern BYLINE = Pattern.compile(
      "(?:(?i:by)\\s+)?(?<names>" + PERSON + "(?:(?:\\s*,\\s*|\\s+and\\s+)" + PERSON + ")*)");
  /** Capitalised words that headings, decks and labels use but names do not. */
  private static final Set<String> NOT_NAME = Set.of(
      "the",
      "a",
      "an",
      "in",
      "on",
      "of",
      "for",
      "to",
      "at",
      "with",
      "from",
      "as",
      "is",
      "are",
      "was",
      "news",
      "world",
      "home",
      "politics",
      "business",
      "sport",
      "sports",
      "opinion",
      "video",
      "live",
      "photos",
      "breaking",
      "latest",
      "update",
      "updated",
      "analysis",
      "editorial",
      "comment",
      "staff",
      "monday",
      "tuesday",
      "wednesday",
      "thursday",
      "friday",
      "saturday",
      "sunday",
      "today",
      "more",
      "reuters",
      "associated",
      "press",
      "agency",
      "correspondent",
      "editor",
      "reporter",
      // Places and buildings: a venue line ("Ewood Park") under a fixture is not a byline.
      "park",
      "road",
      "street",
      "avenue",
      "square",
      "stadium",
      "arena",
      "ground",
      "field",
      "hall",
      "centre",
      "center",
      "house",
      "court",
      "bridge",
      "palace",
      "university",
      "college",
      "hospital",
      "airport",
      "station",
      "city",
      "county",
      "island",
      "river",
      "lane",
      "gardens");

  /** The name in an outlet credit: a few capitalised words or an acronym, no sentence in it. */
  private static final String OUTLET =
      "(?<name>\\p{Lu}[\\p{L}&.'’]*(?:\\s+\\p{Lu}[\\p{L}&.'’]*){0,4})";
  /** "(© Washington Post)", "(c) Reuters 2019", "Copyright 2019 The Associated Press. All rights reserved." */
  private static final Pattern COPYRIGHT =
      Pattern.compile("\\s*\\(?\\s*(?:©|\\([cC]\\)|[Cc]opyright)\\s*(?:\\d{4}\\s+)?" + OUTLET
          + "(?:\\s+\\d{4})?\\s*\\)?\\.?(?:\\s*All rights reserved\\.?)?\\s*$");
  /** "... has announced. -CNN", "... the statement said. — Reuters": a dash credit after a full stop. */
  private static final Pattern DASH =
      Pattern.compile("(?<=[.!?\"”’)])\\s+[-–—]\\s*" + OUTLET + "\\s*$");

  private Credits() {}

  /** The author(s) when {@code line} is nothing but a byline ("Ahmed Rasheed", "By Jane Doe and Ali Kamal"). */
  static Optional<String> byline(String line) {
    return byline(line, Set.of());
  }

  /**
   * Like {@link #byline(String)}, but a line without "By" is refused when one of its words appears in
   * lower case in the story ({@code lowerCaseWords}): a title-case deck ("Crowds Gather Again") reuses
   * the story's ordinary words, while a name's words are capitalised wherever they occur.
   */
  static Optional<String> byline(String line, Set<String> lowerCaseWords) {
    if (line.length() > 80) {
      return Optional.empty();
    }
    Matcher m = BYLINE.matcher(line);
    if (!m.matches()) {
      return Optional.empty();
    }
    String names = m.group("names");
    for (String word : names.split("[\\s,\\-]+")) {
      if (NOT_NAME.contains(word.toLowerCase(Locale.ROOT).replaceAll("[.'’]", ""))) {
        return Optional.empty();
      }
    }
    // A run of capitals ("IRAQ EMBASSY") is a shouted heading, not a byline.
    if (names.equals(names.toUpperCase(Locale.ROOT))) {
      return Optional.empty();
    }
    boolean explicit = m.start("names") > 0;
    if (!explicit) {
      for (String word : names.split("[\\s,]+")) {
        if (lowerCaseWords.contains(word.toLowerCase(Locale.ROOT))) {
          return Optional.empty();
        }
      }
    }
    return Optional.of(names);
  }

  /** The words that occur in lower case in {@code text}, for {@link #byline(String, Set)}. */
  static Set<String> lowerCaseWords(Iterable<String> paragraphs) {
    Set<String> words = new HashSet<>();
    for (String p : paragraphs) {
      Matcher m = LOWER_WORD.matcher(p);
      while (m.find()) {
        words.add(m.group());
      }
    }
    return words;
  }

  /** The outlet credited at the end of {@code lastParagraph}, and the paragraph without the credit. */
  static Optional<Outlet> outlet(String lastParagraph) {
    for (Pattern p : new Pattern[] {COPYRIGHT, DASH}) {
      Matcher m = p.matcher(lastParagraph);
      if (m.find()) {
        String name = m.group("name").replaceAll("[.]$", "").strip();
        if (name.length() >= 2 && name.length() <= 40) {
          return Optional.of(
              new Outlet(name, lastParagraph.substring(0, m.start()).strip()));
        }
      }
    }
    return Optional.empty();
  }
}
