package org.morgue.server.search;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds an entity filter value to the facet key the indexer stores, with the indexer's rules: lower
 * case, accents stripped, apostrophes and dots removed, hyphens to spaces, spaces collapsed. It
 * mirrors {@code NameKeys.fold} until that lands on main, when this class is replaced by a call to it.
 */
final class FilterKeys {

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern DROPPED = Pattern.compile("['’‘`.]");
  private static final Pattern SPACES = Pattern.compile("[\\s\\-‐‑–—]+");

  private FilterKeys() {}

  static String fold(String value) {
    String s = Normalizer.normalize(value, Normalizer.Form.NFD);
    s = MARKS.matcher(s).replaceAll("");
    s = s.toLowerCase(Locale.ROOT);
    s = DROPPED.matcher(s).replaceAll("");
    s = SPACES.matcher(s).replaceAll(" ");
    return s.strip();
  }
}
