package org.morgue.indexer.entity;

/**
 * Recognises a common word that a headline capitalised: a title mention the story's body writes only
 * in lower case.
 *
 * <p>Headlines capitalise their first word, and title-case headlines every word ("Harbour dredging
 * begins", "Lighthouse To Become A Museum"); the CoNLL model leans on capitals, so it tags such words
 * as names. The body settles it: a name keeps its capital in running text, a common noun does not
 * ("the harbour was closed"). So a title mention is dropped when the body has the same words at
 * least once and never with a capital letter. When the body never uses the words, nothing is known
 * and the mention stays, as does a word the body writes in capitals even once ("Baker" beside "a
 * baker").
 */
final class HeadlineWords {

  private HeadlineWords() {}

  /**
   * @param surface the mention's text as written in the title
   * @return true when {@code span} is in the title and the body writes {@code surface} only in lower case
   */
  static boolean isCommonWord(StoryText text, Span span, String surface) {
    if (!span.inTitle() || surface.isEmpty()) {
      return false;
    }
    String body = text.body();
    int n = surface.length();
    boolean seen = false;
    for (int at = 0; at + n <= body.length(); at++) {
      if (body.regionMatches(true, at, surface, 0, n)
          && isWordStart(body, at)
          && isWordEnd(body, at + n)) {
        for (int i = at; i < at + n; i++) {
          if (Character.isUpperCase(body.charAt(i)) || Character.isTitleCase(body.charAt(i))) {
            return false;
          }
        }
        seen = true;
      }
    }
    return seen;
  }

  private static boolean isWordStart(String text, int at) {
    return at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
  }

  private static boolean isWordEnd(String text, int end) {
    return end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
  }
}
