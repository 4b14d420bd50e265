package org.morgue.indexer.reworded;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A story body as the sentences the alignment compares. */
public final class Sentences {

  /**
   * Sentences of fewer words are left out: bylines, datelines and photo credits ("Photo: Getty Images")
   * recur across unrelated stories and would align by themselves.
   */
  static final int MIN_WORDS = 5;
  /** A longer body is compared on its first sentences only: the cost of a pair stays bounded. */
  static final int MAX_SENTENCES = 120;

  private Sentences() {}

  /** The body's sentences in order, whitespace collapsed, short ones and exact repeats within the body dropped. */
  public static List<String> of(String body) {
    BreakIterator it = BreakIterator.getSentenceInstance(Locale.ENGLISH);
    // Line breaks inside a paragraph are wire wrapping; a blank line ends a sentence whatever its
    // punctuation.
    List<String> out = new ArrayList<>();
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (String paragraph : body.split("\\n\\s*\\n")) {
      String text = paragraph.replaceAll("\\s+", " ").strip();
      it.setText(text);
      int start = it.first();
      for (int end = it.next();
          end != BreakIterator.DONE && out.size() < MAX_SENTENCES;
          start = end, end = it.next()) {
        String sentence = text.substring(start, end).strip();
        if (words(sentence) >= MIN_WORDS && seen.add(sentence)) {
          out.add(sentence);
        }
      }
    }
    return out;
  }

  private static int words(String sentence) {
    int n = 0;
    boolean in = false;
    for (int i = 0; i < sentence.length(); i++) {
      boolean letter = Character.isLetterOrDigit(sentence.charAt(i));
      if (letter && !in) {
        n++;
      }
      in = letter;
    }
    return n;
  }
}
