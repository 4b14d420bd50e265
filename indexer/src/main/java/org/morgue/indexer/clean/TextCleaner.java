package org.morgue.indexer.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Cleans scraped story text before anything else sees it: decodes entities and drops markup,
 * normalises whitespace, removes page furniture ({@link Furniture}), repeated lines and glyphs, and
 * returns the paragraphs. Stateless and thread-safe.
 */
public final class TextCleaner {

  private static final Logger LOG = LoggerFactory.getLogger(TextCleaner.class);

  /**
   * Tabs, non-breaking and other odd spaces become plain spaces: in a scraped page they are markup
   * indentation or typography, not alignment. (Line breaks and control characters: {@link TextLayout}.)
   */
  private static final Pattern ODD_SPACE =
      Pattern.compile("[\\t\\u00A0\\u1680\\u2000-\\u200A\\u202F\\u205F\\u3000]");

  private static final Pattern SPACES = Pattern.compile(" {2,}");
  private static final Pattern BLANK_LINES = Pattern.compile("\\n\\s*\\n");

  /**
   * Hard-wrapped text (lines cut at a fixed width) is joined back into paragraphs. A block is taken as
   * wrapped when its lines before the last are all of similar, modest length and mostly end
   * mid-sentence; short lines such as "Show More" or one-line paragraphs never look wrapped.
   */
  private static final int WRAP_MIN = 40;

  private static final int WRAP_MAX = 100;

  private TextCleaner() {}

  /** The cleaned paragraphs of {@code text}, in order; empty when nothing but furniture remains. */
  public static List<String> paragraphs(String text) {
    String plain = normalise(Markup.toText(text));
    List<String> out = new ArrayList<>();
    for (String block : BLANK_LINES.split(plain)) {
      List<String> lines = new ArrayList<>();
      for (String raw : block.split("\n")) {
        String line = Furniture.cutTails(raw.strip());
        if (!line.isEmpty() && !isFurniture(line)) {
          lines.add(line);
        }
      }
      if (looksWrapped(lines)) {
        addUnlessRepeated(out, String.join(" ", lines));
      } else {
        lines.forEach(l -> addUnlessRepeated(out, l));
      }
    }
    return out;
  }

  /** The cleaned text: paragraphs joined by exactly one blank line. */
  public static String clean(String text) {
    return String.join("\n\n", paragraphs(text));
  }

  private static String normalise(String text) {
    String t = ODD_SPACE.matcher(TextLayout.characters(text)).replaceAll(" ");
    return SPACES.matcher(t).replaceAll(" ");
  }

  private static boolean isFurniture(String line) {
    return Furniture.lineRule(line)
        .map(rule -> {
          LOG.debug("dropped {} furniture: {}", rule, line);
          return true;
        })
        .orElse(false);
  }

  /** Scrapers often keep a caption twice in a row (image alt text and figcaption): keep one. */
  private static void addUnlessRepeated(List<String> out, String paragraph) {
    if (!out.isEmpty() && key(out.get(out.size() - 1)).equals(key(paragraph))) {
      return;
    }
    out.add(SPACES.matcher(paragraph).replaceAll(" "));
  }

  private static String key(String paragraph) {
    return paragraph.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
  }

  private static boolean looksWrapped(List<String> lines) {
    if (lines.size() < 2) {
      return false;
    }
    int midSentence = 0;
    for (String line : lines.subList(0, lines.size() - 1)) {
      if (line.length() < WRAP_MIN || line.length() > WRAP_MAX) {
        return false;
      }
      char last = line.charAt(line.length() - 1);
      if (".!?:\"”'’)".indexOf(last) < 0) {
        midSentence++;
      }
    }
    return midSentence * 2 >= lines.size() - 1;
  }
}
