package org.morgue.indexer.clean;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells a headline from a paragraph, and derives a title from a story's first sentence when the text
 * has no headline of its own.
 */
final class Headlines {

  /** Headlines are short; anything longer is a paragraph even without a final period. */
  private static final int MAX_CHARS = 200;

  private static final int MAX_WORDS = 30;
  /** A derived title is cut at a word boundary near this length and gets an ellipsis. */
  static final int TITLE_CHARS = 100;

  /**
   * How a headline may begin: a capital, a digit, a quote, a currency sign ("£1.8m fine for ...") or a
   * brand written in camel case ("iTunes now selling ...", "eBay ...").
   */
  private static final Pattern TITLE_START =
      Pattern.compile("[\\p{Lu}\\p{N}\\p{Sc}\"“‘'(]|\\p{Ll}{1,3}\\p{Lu}");
  /** A lower-case word ending a sentence followed by a capital: two sentences, so a paragraph. */
  private static final Pattern INNER_SENTENCE_END =
      Pattern.compile("\\p{Ll}{2,}[.!?][\"”’]?\\s+[\"“‘]?\\p{Lu}");

  private static final Pattern SENTENCE_END =
      Pattern.compile("[.!?][\"”’)]?(?=\\s+[\"“‘(]?[\\p{Lu}\\p{N}]|\\s*$)");
  private static final Pattern LAST_WORD = Pattern.compile("(\\S+)$");
  /** Words whose period does not end a sentence (titles, initials are handled separately). */
  private static final Set<String> ABBREVIATIONS = Set.of(
      "mr", "mrs", "ms", "dr", "st", "gen", "sen", "rep", "gov", "lt", "col", "sgt", "capt", "prof",
      "jr", "sr", "inc", "co", "corp", "ltd", "no", "vs", "jan", "feb", "mar", "apr", "jun", "jul",
      "aug", "sep", "sept", "oct", "nov", "dec", "mt", "ft", "rev", "hon", "pres", "adm", "maj",
      "cmdr");

  private Headlines() {}

  /**
   * A headline starts like a title ({@link #TITLE_START}), is at most {@value #MAX_CHARS}
   * characters and {@value #MAX_WORDS} words, holds one sentence, and does not end like a sentence
   * (a final period is allowed only after an abbreviation such as "U.S.").
   */
  static boolean looksLikeHeadline(String line) {
    if (line.length() < 8 || line.length() > MAX_CHARS) {
      return false;
    }
    if (!TITLE_START.matcher(line).lookingAt()) {
      return false;
    }
    String[] words = line.split("\\s+");
    if (words.length < 2 || words.length > MAX_WORDS) {
      return false;
    }
    char last = line.charAt(line.length() - 1);
    if (",;:".indexOf(last) >= 0) {
      return false;
    }
    if (last == '.' && !isAbbreviation(words[words.length - 1])) {
      return false;
    }
    return !INNER_SENTENCE_END.matcher(line).find();
  }

  /**
   * A title made from the first sentence of {@code paragraph}: the sentence without its final period,
   * or, when longer than {@value #TITLE_CHARS} characters, cut at the last word boundary before that
   * and ended with an ellipsis.
   */
  static String fromFirstSentence(String paragraph) {
    String sentence = firstSentence(paragraph);
    if (sentence.endsWith(".") && !isAbbreviation(lastWord(sentence))) {
      sentence = sentence.substring(0, sentence.length() - 1);
    }
    if (sentence.length() <= TITLE_CHARS) {
      return sentence;
    }
    int cut = sentence.lastIndexOf(' ', TITLE_CHARS);
    String head = sentence.substring(0, cut > 0 ? cut : TITLE_CHARS);
    return head.replaceAll("[\\s,;:\\-–—(\"“]+$", "") + "…";
  }

  static String firstSentence(String paragraph) {
    Matcher m = SENTENCE_END.matcher(paragraph);
    while (m.find()) {
      String before = paragraph.substring(0, m.start() + 1);
      if (paragraph.charAt(m.start()) != '.' || !isAbbreviation(lastWord(before))) {
        return paragraph.substring(0, m.end()).strip();
      }
    }
    return paragraph.strip();
  }

  private static String lastWord(String text) {
    Matcher m = LAST_WORD.matcher(text);
    return m.find() ? m.group(1) : "";
  }

  /** "U.S.", "J." and "Mr." end with a period that is not a full stop. */
  private static boolean isAbbreviation(String word) {
    String w = word.replaceAll("^[\"“‘(]+", "");
    if (!w.endsWith(".")) {
      return false;
    }
    String stem = w.substring(0, w.length() - 1);
    return stem.indexOf('.') >= 0
        || (stem.length() == 1 && Character.isUpperCase(stem.charAt(0)))
        || ABBREVIATIONS.contains(stem.toLowerCase(java.util.Locale.ROOT));
  }
}
