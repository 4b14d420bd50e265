package org.morgue.server.search.lucene;

import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.text.StringCharacterIterator;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Sentence boundaries by the JDK's sentence rules, found in one forward pass when the text is set and
 * then answered by binary search.
 *
 * <p>Why not {@code BreakIterator.getSentenceInstance()}: the JDK's sentence rules have no safe point
 * for backwards iteration short of a paragraph separator (U+2029), which news text never contains, so
 * each {@code preceding()} re-reads the story from its first character. The highlighter asks for the
 * sentence around every match, so a long story with many matches cost work quadratic in its length:
 * 48% of the search server's CPU went to the JDK's break iterator. This class applies the same rules
 * (from {@code sun.text.resources.BreakIteratorRules}, "SentenceBreakRules"):
 * <ul>
 *   <li>after a paragraph separator;</li>
 *   <li>after {@code ! ?} (and their full-width forms), with any further terminators, periods, closing
 *       punctuation, the spaces after them and one paragraph separator;</li>
 *   <li>after a period with any further periods and closing punctuation and at least one space, when
 *       the next character is a letter that is not lower case ("U.S. officials" does not end a
 *       sentence) and the period does not end an abbreviation ("U.S. Treasury", "Mr. Smith",
 *       "Corp. Chairman" do not either; the JDK ends a sentence at each);</li>
 *   <li>after a period with any further periods, closing punctuation and spaces, when opening
 *       punctuation or other symbols follow and then a letter ({@code said. (Reuters)}).</li>
 * </ul>
 * Non-spacing and enclosing marks and format characters are transparent, as in the JDK.
 */
final class SentenceBreaks extends BreakIterator {

  private String text = "";
  /** Offset of the text in the character iterator it came from (0 for a string). */
  private int begin;
  /** Boundaries in ascending order, relative to {@link #text}: always 0 and the text's length. */
  private int[] bounds = {0};

  private int count = 1;
  /** Index into {@link #bounds} of the current boundary. */
  private int at;

  @Override
  public void setText(String newText) {
    text = newText;
    begin = 0;
    split();
  }

  @Override
  public void setText(CharacterIterator chars) {
    StringBuilder copy = new StringBuilder(chars.getEndIndex() - chars.getBeginIndex());
    for (char c = chars.first(); c != CharacterIterator.DONE; c = chars.next()) {
      copy.append(c);
    }
    text = copy.toString();
    begin = chars.getBeginIndex();
    split();
  }

  @Override
  public CharacterIterator getText() {
    return new StringCharacterIterator(text);
  }

  @Override
  public int first() {
    at = 0;
    return begin;
  }

  @Override
  public int last() {
    at = count - 1;
    return begin + bounds[at];
  }

  @Override
  public int next(int n) {
    int result = current();
    for (; n > 0 && result != DONE; n--) {
      result = next();
    }
    for (; n < 0 && result != DONE; n++) {
      result = previous();
    }
    return result;
  }

  @Override
  public int next() {
    if (at == count - 1) {
      return DONE;
    }
    return begin + bounds[++at];
  }

  @Override
  public int previous() {
    if (at == 0) {
      return DONE;
    }
    return begin + bounds[--at];
  }

  @Override
  public int following(int offset) {
    int i = search(checked(offset));
    // The first boundary after the offset: one past an exact hit, else the insertion point.
    int next = i >= 0 ? i + 1 : -i - 1;
    if (next >= count) {
      at = count - 1;
      return DONE;
    }
    at = next;
    return begin + bounds[at];
  }

  @Override
  public int preceding(int offset) {
    int i = search(checked(offset));
    int before = i >= 0 ? i - 1 : -i - 2;
    if (before < 0) {
      at = 0;
      return DONE;
    }
    at = before;
    return begin + bounds[at];
  }

  @Override
  public boolean isBoundary(int offset) {
    int i = search(checked(offset));
    if (i >= 0) {
      at = i;
      return true;
    }
    following(offset);
    return false;
  }

  @Override
  public int current() {
    return begin + bounds[at];
  }

  private int checked(int offset) {
    if (offset < begin || offset > begin + text.length()) {
      throw new IllegalArgumentException("offset " + offset + " outside the text [" + begin + ", "
          + (begin + text.length()) + "]");
    }
    return offset - begin;
  }

  private int search(int relative) {
    return Arrays.binarySearch(bounds, 0, count, relative);
  }

  /** Finds every boundary of the text in one pass. */
  private void split() {
    int n = text.length();
    int[] found = new int[Math.max(8, n / 64)];
    int size = 0;
    found[size++] = 0;
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      int end = -1;
      if (c == '\u2029') {
        end = i + 1;
      } else if (isTerminator(c)) {
        end = afterTerminator(i + 1);
      } else if (isPeriod(c)) {
        end = afterPeriod(i + 1, abbreviationEndsAt(i));
      }
      if (end > 0 && end < n) {
        if (size == found.length) {
          found = Arrays.copyOf(found, size * 2);
        }
        found[size++] = end;
        i = end;
      } else {
        i++;
      }
    }
    if (n > 0) {
      if (size == found.length) {
        found = Arrays.copyOf(found, size + 1);
      }
      found[size++] = n;
    }
    bounds = found;
    count = size;
    at = 0;
  }

  /** After {@code ! ?}: further terminators, periods and closing punctuation, spaces, one paragraph separator. */
  private int afterTerminator(int i) {
    int n = text.length();
    while (i < n
        && (isTerminator(text.charAt(i))
            || isPeriod(text.charAt(i))
            || isEnd(text.charAt(i))
            || isIgnored(text.charAt(i)))) {
      i++;
    }
    i = skipSpaces(i);
    if (i < n && text.charAt(i) == '\u2029') {
      i++;
    }
    return i;
  }

  /**
   * After a period: the boundary's offset, or -1 when this period does not end a sentence.
   *
   * @param abbreviation the period ends an abbreviation, so a capital after it starts a name, not a sentence
   */
  private int afterPeriod(int i, boolean abbreviation) {
    int n = text.length();
    while (i < n
        && (isPeriod(text.charAt(i)) || isEnd(text.charAt(i)) || isIgnored(text.charAt(i)))) {
      i++;
    }
    int start = skipSpaces(i);
    if (start == n) {
      return -1;
    }
    int next = text.codePointAt(start);
    if (start > i
        && Character.isLetter(next)
        && Character.getType(next) != Character.LOWERCASE_LETTER) {
      return abbreviation ? -1 : start;
    }
    int j = start;
    while (j < n
        && (isStartPunctuation(text.charAt(j))
            || isSentenceStart(text.codePointAt(j))
            || j > start && isIgnored(text.charAt(j)))) {
      j += Character.charCount(text.codePointAt(j));
    }
    return j > start && j < n && Character.isLetter(text.codePointAt(j)) ? start : -1;
  }

  /**
   * Whether the period at {@code period} ends an abbreviation: an initialism ({@code U.S.}, {@code p.m.},
   * a middle initial {@code F.}) or a word that wire copy abbreviates before a name or a number
   * ({@code Mr.}, {@code Corp.}, {@code Dlrs.}, {@code Jan.}). The JDK's rules end a sentence at each,
   * so snippets began mid-sentence: "…Dlrs last year…" (37 of 547 sampled Reuters snippets).
   */
  private boolean abbreviationEndsAt(int period) {
    int start = period;
    while (start > 0
        && (Character.isLetter(text.charAt(start - 1)) || isPeriod(text.charAt(start - 1)))) {
      start--;
    }
    String word = text.substring(start, period);
    if (word.isEmpty() || !Character.isLetter(word.charAt(0))) {
      return false;
    }
    if (INITIALISM.matcher(word).matches()) {
      return true;
    }
    return ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
  }

  /** {@code U.S}, {@code p.m}, {@code F}: single letters joined by periods (the last period is the caller's). */
  private static final Pattern INITIALISM =
      Pattern.compile("(\\p{L}\\.)*\\p{Lu}|(\\p{L}\\.)+\\p{L}");

  /**
   * Titles, company forms, months and the units Reuters abbreviates. Left out on purpose: words that end
   * sentences as often as they precede a name ({@code Inc.}, {@code Ltd.}, {@code pct.}).
   */
  private static final Set<String> ABBREVIATIONS = Set.of(
      "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "lt", "col", "capt", "sgt",
      "rev", "st", "messrs", "corp", "co", "bros", "dlrs", "dlr", "cts", "stg", "vs", "dept", "jan",
      "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");

  private int skipSpaces(int i) {
    int n = text.length();
    while (i < n && (isSpace(text.charAt(i)) || isIgnored(text.charAt(i)))) {
      i++;
    }
    return i;
  }

  private static boolean isTerminator(char c) {
    return c == '!' || c == '?' || c == '\u3002' || c == '\uff01' || c == '\uff1f';
  }

  private static boolean isPeriod(char c) {
    return c == '.' || c == '\uff0e';
  }

  private static boolean isSpace(char c) {
    return c == ' '
        || c == '\n'
        || c == '\t'
        || c == '\r'
        || c == '\f'
        || c == '\u2028'
        || Character.getType(c) == Character.SPACE_SEPARATOR;
  }

  /** Closing punctuation and quotation marks. */
  private static boolean isEnd(char c) {
    int type = Character.getType(c);
    return c == '"'
        || c == '\''
        || type == Character.END_PUNCTUATION
        || type == Character.FINAL_QUOTE_PUNCTUATION;
  }

  /** Opening punctuation and quotation marks. */
  private static boolean isStartPunctuation(char c) {
    int type = Character.getType(c);
    return c == '"'
        || c == '\''
        || type == Character.START_PUNCTUATION
        || type == Character.INITIAL_QUOTE_PUNCTUATION;
  }

  /** Marks and format characters, which the rules skip. */
  private static boolean isIgnored(char c) {
    int type = Character.getType(c);
    return type == Character.NON_SPACING_MARK
        || type == Character.ENCLOSING_MARK
        || type == Character.FORMAT;
  }

  /** Anything that may start a sentence other than a letter: not space, punctuation the rules name, digit or mark. */
  private static boolean isSentenceStart(int cp) {
    if (Character.isLetter(cp) || Character.isDigit(cp)) {
      return false;
    }
    int type = Character.getType(cp);
    if (type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER) {
      return false;
    }
    if (cp < Character.MIN_SUPPLEMENTARY_CODE_POINT) {
      char c = (char) cp;
      return !(isSpace(c)
          || isStartPunctuation(c)
          || isEnd(c)
          || isTerminator(c)
          || isPeriod(c)
          || c == ','
          || c == '\u2029'
          || isIgnored(c));
    }
    return true;
  }

  @Override
  public Object clone() {
    SentenceBreaks copy = (SentenceBreaks) super.clone();
    copy.bounds = bounds.clone();
    return copy;
  }
}
