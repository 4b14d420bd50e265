package org.morgue.indexer.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.morgue.indexer.clean.TextCleaner;
import org.morgue.indexer.clean.TextLayout;

/**
 * A structured body (JSON Lines, CSV, SGML: {@link Bodies}) and a scraped page ({@link TextCleaner})
 * lay out the same characters the same way, by {@link TextLayout}'s rules. Before the two shared them,
 * rows 1 to 4 and 7 came out differently: the structured readers deleted vertical tab and form feed
 * (fusing two words) and kept the soft hyphen, byte-order mark and zero-width space; the cleaner deleted
 * the zero-width non-joiner, which Persian spelling needs.
 */
class LayoutAgreementTest {

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      form feed           | `Page one ends\fpage two begins.`     | `Page one ends page two begins.`
      vertical tab        | `Column\u000Bvalue.`                  | `Column value.`
      soft hyphen and BOM | `\uFEFFThe co\u00ADoperation treaty.` | `The cooperation treaty.`
      zero-width joiners  | `\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645 said.` | `\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645 said.`
      line separators     | `One.\u2028Two.\\r\\nThree.\\rFour.\u0085Five.` | `One.\\nTwo.\\nThree.\\nFour.\\nFive.`
      C0 and C1 debris    | `Wire\u0003 text\u0080 here\u007F.`    | `Wire text here.`
      zero-width space    | `Next\u200B para.`                    | `Next para.`
      """)
  void structuredAndScrapedTextAgreeOnLayoutCharacters(String name, String input, String expected) {
    String text = unescape(input);
    assertEquals(unescape(expected), TextLayout.characters(text), name);
    // Paragraph rules differ on purpose (lines of a structured body stay in their paragraph, each
    // line of
    // a scraped page is one): compare with paragraph breaks read as line breaks.
    assertEquals(unescape(expected), Bodies.normalize(text).replace("\n\n", "\n"), name);
    assertEquals(unescape(expected), TextCleaner.clean(text).replace("\n\n", "\n"), name);
  }

  /** The CSV table keeps {@code \n} and {@code \r} readable; the Unicode escapes are Java's own. */
  private static String unescape(String s) {
    return s.replace("\\r", "\r").replace("\\n", "\n");
  }
}
