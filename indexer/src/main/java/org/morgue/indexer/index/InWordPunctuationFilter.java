package org.morgue.indexer.index;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Folds the punctuation the standard tokenizer keeps inside a word, so spelling variants meet in the
 * folded fields the way case and accent variants do: apostrophes go ("kata'ib" and "kata’ib" become
 * "kataib", the spelling other outlets use), and so do the dots of an initialism ("u.s", the token for
 * "U.S.", becomes "us", as "u.k" becomes "uk"). Dots elsewhere stay: "st.louis" and "3.5" are left
 * alone. (Lucene's {@code ClassicFilter} strips acronym dots only after the classic tokenizer, which
 * types acronyms; the standard tokenizer does not.) The exact fields keep all of it as written.
 */
final class InWordPunctuationFilter extends TokenFilter {

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

  InWordPunctuationFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    char[] buffer = term.buffer();
    boolean initialism = isInitialism(buffer, term.length());
    int kept = 0;
    for (int i = 0; i < term.length(); i++) {
      char c = buffer[i];
      if (!isApostrophe(c) && !(initialism && c == '.')) {
        buffer[kept++] = c;
      }
    }
    // A token that was all apostrophes keeps its text rather than becoming an empty term.
    if (kept > 0) {
      term.setLength(kept);
    }
    return true;
  }

  private static boolean isApostrophe(char c) {
    return c == '\'' || c == '\u2019' || c == '\u2018' || c == '\u02BC';
  }

  /** Letter, dot, letter[, dot, letter…]: at least two letters, each one character, dots between. */
  static boolean isInitialism(char[] text, int length) {
    if (length < 3) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      boolean letterSlot = i % 2 == 0;
      if (letterSlot != Character.isLetter(text[i]) || (!letterSlot && text[i] != '.')) {
        return false;
      }
    }
    return length % 2 == 1 || text[length - 1] == '.';
  }
}
