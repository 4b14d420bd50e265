package org.morgue.indexer.entity;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The canonical key of a name: what every spelling of one entity folds to, and the facet value the
 * index stores. The server folds user filter values with the same function, so it is public API and
 * must stay stable: changing it means rebuilding every index.
 */
public final class NameKeys {

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  // All the apostrophes news copy uses: ASCII, right and left single quotes, modifier letter,
  // grave.
  private static final String APOSTROPHES = "'\u2019\u2018\u02BC`\u00B4";
  // A possessive 's ending a word ("Iran's", "Kataib's Hezbollah"); must run before apostrophes go.
  private static final Pattern POSSESSIVE =
      Pattern.compile("[" + APOSTROPHES + "]s(?![\\p{L}\\p{N}])");
  private static final Pattern APOSTROPHE_OR_DOT = Pattern.compile("[" + APOSTROPHES + ".]");
  // Hyphens and dashes join or separate name parts inconsistently ("Kataib-Hezbollah",
  // "al-Khazali"): they become spaces. Other punctuation (but '&', as in "AT&T") separates too.
  private static final Pattern SEPARATORS = Pattern.compile("[\\p{Pd}\\u2212\\p{P}&&[^&]]");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private NameKeys() {}

  /**
   * Folds a name to its key: accents stripped, lower case, possessive {@code 's} dropped,
   * apostrophes and dots removed, hyphens, dashes and other punctuation turned into spaces,
   * whitespace collapsed. {@code "Kata’ib Hezbollah"}, {@code "Kataib-Hezbollah"} and
   * {@code "Kataib's Hezbollah"} all give {@code "kataib hezbollah"}; {@code "U.S."} gives
   * {@code "us"}.
   *
   * @param name any surface form; may be empty
   * @return the key, possibly empty when the name holds no letters or digits
   */
  public static String fold(String name) {
    if (isPlain(name)) {
      // ASCII letters, digits and '&' in words split by single spaces: no step below but
      // lower-casing
      // changes such a name, and most names are like this (the regexes were 30% of the entity
      // rules).
      return name.toLowerCase(Locale.ROOT);
    }
    String s = Normalizer.normalize(name, Normalizer.Form.NFD);
    s = MARKS.matcher(s).replaceAll("");
    s = s.toLowerCase(Locale.ROOT);
    s = POSSESSIVE.matcher(s).replaceAll("");
    s = APOSTROPHE_OR_DOT.matcher(s).replaceAll("");
    s = SEPARATORS.matcher(s).replaceAll(" ");
    return SPACES.matcher(s).replaceAll(" ").strip();
  }

  private static boolean isPlain(String name) {
    int n = name.length();
    if (n == 0 || name.charAt(0) == ' ' || name.charAt(n - 1) == ' ') {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = name.charAt(i);
      boolean word =
          (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '&';
      if (!word && (c != ' ' || name.charAt(i - 1) == ' ')) {
        return false;
      }
    }
    return true;
  }
}
