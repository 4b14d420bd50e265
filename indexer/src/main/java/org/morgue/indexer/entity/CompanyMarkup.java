package org.morgue.indexer.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Company names and tickers a wire marks in angle brackets: Reuters-21578 writes "&lt;Woodco
 * Inc&gt; said", "Rollins Inc &lt;ROL&gt;" and "CHRYSLER &lt;C&gt;" (the SGML's {@code &lt;} is
 * decoded by the reader, so the body holds the brackets).
 *
 * <p>The brackets confuse the tagger (it reads "&lt;" as a word and cuts names at it), so they are
 * blanked to spaces before tagging, keeping every offset. The marked text is an editor's statement
 * that this is a company, better than the tagger's guess: a marked name is an organization mention
 * whatever the tagger said, and a ticker is never an entity of its own; it joins the name it
 * follows ("Rollins Inc &lt;ROL&gt;"), so the archive pass learns the pair.
 */
final class CompanyMarkup {

  // One line, up to 80 characters, starting with a letter or digit: "<" in "a < b" stays as it is.
  private static final Pattern MARKED = Pattern.compile("<([\\p{L}\\p{N}][^<>\\n]{0,79})>");
  // Exchange symbols: up to six capitals or digits, optionally a market suffix ("NSTC.T", "ASTS
  // ST").
  private static final Pattern TICKER =
      Pattern.compile("[\\p{Lu}\\p{N}&]{1,6}(?:[. ][\\p{Lu}]{1,2})?");

  /** A marked name or ticker: the span of the text between the brackets. */
  record Marked(Span span, boolean ticker) {}

  private CompanyMarkup() {}

  /** The text with the brackets of every marked name replaced by spaces (same length). */
  static String blank(String text) {
    if (text.indexOf('<') < 0) {
      return text;
    }
    Matcher m = MARKED.matcher(text);
    StringBuilder out = null;
    while (m.find()) {
      if (out == null) {
        out = new StringBuilder(text);
      }
      out.setCharAt(m.start(), ' ');
      out.setCharAt(m.end() - 1, ' ');
    }
    return out == null ? text : out.toString();
  }

  /** Every marked name and ticker of one field, in text order. */
  static List<Marked> find(String text, boolean inTitle) {
    if (text.indexOf('<') < 0) {
      return List.of();
    }
    List<Marked> out = new ArrayList<>();
    Matcher m = MARKED.matcher(text);
    while (m.find()) {
      String inner = m.group(1).strip();
      int start = m.start(1);
      int end = start + m.group(1).stripTrailing().length();
      out.add(new Marked(new Span(inTitle, start, end), TICKER.matcher(inner).matches()));
    }
    return out;
  }

  /**
   * The tagger's mentions with marked text put right: a mention overlapping a marked name or ticker
   * is replaced, by one organization mention of the whole name (nothing for a ticker).
   */
  static List<Mention> apply(StoryText text, List<Mention> mentions) {
    List<Marked> marked = new ArrayList<>(find(text.title(), true));
    marked.addAll(find(text.body(), false));
    if (marked.isEmpty()) {
      return mentions;
    }
    List<Mention> out = new ArrayList<>(mentions.size() + marked.size());
    for (Mention m : mentions) {
      if (marked.stream().noneMatch(k -> overlaps(k.span(), m.span()))) {
        out.add(m);
      }
    }
    for (Marked k : marked) {
      if (!k.ticker()) {
        out.add(new Mention(EntityType.ORG, k.span()));
      }
    }
    return out;
  }

  /**
   * Tickers as aliases of the organization each follows ("Rollins Inc &lt;ROL&gt;": only spaces
   * between the name, or its own marked name's bracket, and the ticker's): a mention of that organization remembering the ticker's key.
   *
   * @param named the story's organization and other mentions, in text order
   * @return the mentions with one more per ticker that follows an organization, in text order
   */
  static List<Canonicalizer.Named> linkTickers(StoryText text, List<Canonicalizer.Named> named) {
    List<Marked> tickers = new ArrayList<>();
    for (Marked k : find(text.title(), true)) {
      if (k.ticker()) {
        tickers.add(k);
      }
    }
    for (Marked k : find(text.body(), false)) {
      if (k.ticker()) {
        tickers.add(k);
      }
    }
    if (tickers.isEmpty()) {
      return named;
    }
    List<Canonicalizer.Named> out = new ArrayList<>(named);
    for (Marked k : tickers) {
      String field = text.field(k.span());
      int bracket = k.span().start() - 1;
      for (Canonicalizer.Named n : named) {
        if (n.type() == EntityType.ORG
            && n.span().inTitle() == k.span().inTitle()
            && n.span().end() <= bracket
            && field.substring(n.span().end(), bracket).replace(">", "").isBlank()) {
          String surface = text.of(k.span());
          out.add(new Canonicalizer.Named(
                  EntityType.ORG, k.span(), surface, Canonicalizer.key(EntityType.ORG, surface))
              .linkedTo(EntityType.ORG, n.key()));
          break;
        }
      }
    }
    out.sort(java.util.Comparator.comparing(Canonicalizer.Named::span, EntityMerge.TEXT_ORDER));
    return out;
  }

  private static boolean overlaps(Span a, Span b) {
    return a.inTitle() == b.inTitle() && a.start() < b.end() && b.start() < a.end();
  }
}
