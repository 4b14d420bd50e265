package org.morgue.indexer.index;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Drops the dots of an initialism: "u.s" (the standard tokenizer's token for "U.S.") becomes "us", as
 * "u.k" becomes "uk", so the folded fields merge "U.S. embassy" and "US embassy" the way they merge
 * case and accents. Only tokens made of single letters joined by dots are touched: "st.louis" and
 * "3.5" are left alone. (Lucene's {@code ClassicFilter} does this only after the classic tokenizer,
 * which types acronyms; the standard tokenizer does not.)
 */
final class AcronymDotsFilter extends TokenFilter {

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

  AcronymDotsFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    if (isInitialism(term.buffer(), term.length())) {
      char[] buffer = term.buffer();
      int kept = 0;
      for (int i = 0; i < term.length(); i++) {
        if (buffer[i] != '.') {
          buffer[kept++] = buffer[i];
        }
      }
      term.setLength(kept);
    }
    return true;
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
