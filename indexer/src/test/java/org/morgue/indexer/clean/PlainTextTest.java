package org.morgue.indexer.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.morgue.indexer.story.PubDate;

/**
 * How the lead of a story is read. In inputs "⏎" is a line break; in bodies "¶" a paragraph break;
 * a date column of "-" means undated.
 */
class PlainTextTest {

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      date after headline    | Embassy stormed⏎⏎January 5, 2019⏎⏎Crowds gathered. They left. | Embassy stormed | 2019-01-05 | `` | Crowds gathered. They left.
      wikinews dateline      | `Saturday, January 5, 2019\u00a0⏎⏎⏎On Friday, crowds gathered.` | `On Friday, crowds gathered` | 2019-01-05 | `` | On Friday, crowds gathered.
      dateline with place    | Sunday, January 5, 2019 Paris, France⏎Crowds gathered. | Crowds gathered | 2019-01-05 | `` | Crowds gathered.
      wire timestamp         | Fri Oct 20, 2006 6:15pm EDT⏎Oil rises on supply fears⏎Oil rose on Friday. | Oil rises on supply fears | 2006-10-20 | `` | Oil rose on Friday.
      month precision        | Oil rises⏎January 2019⏎Oil rose. | Oil rises | 2019-01 | `` | Oil rose.
      date opens paragraph   | 5 January 2019 - Crowds gathered outside the embassy on Saturday. | 5 January 2019 - Crowds gathered outside the embassy on Saturday | 2019-01-05 | `` | 5 January 2019 - Crowds gathered outside the embassy on Saturday.
      date deep in lead      | Headline here⏎First paragraph of the story. It goes on.⏎January 5, 2019 | Headline here | - | `` | First paragraph of the story. It goes on.¶January 5, 2019
      month headline kept    | January 2019 sales surge⏎Sales rose. | January 2019 sales surge | 2019-01 | `` | Sales rose.
      byline with by         | Embassy stormed⏎By Jane Doe⏎Crowds gathered. | Embassy stormed | - | Jane Doe | Crowds gathered.
      deck is not byline     | Embassy stormed⏎Crowds Gather Again⏎The crowds were back again. | Embassy stormed | - | `` | Crowds Gather Again¶The crowds were back again.
      byline in lead         | Embassy stormed⏎A caption.⏎Ahmed Rasheed⏎Mr Rasheed writes. | Embassy stormed | - | Ahmed Rasheed | A caption.¶Mr Rasheed writes.
      headline only          | Embassy stormed | Embassy stormed | - | `` | Embassy stormed
      html story             | <h1>Embassy stormed</h1><p>Crowds &amp; militias gathered.</p><script>var x = 1;</script> | Embassy stormed | - | `` | Crowds & militias gathered.
      """)
  void readsTheLead(
      String name, String input, String title, String date, String byline, String body) {
    ParsedText p = PlainText.parse(input.replace("\\u00a0", "\u00a0").replace("⏎", "\n"));
    assertEquals(title, p.title(), name);
    assertEquals(
        date.equals("-") ? Optional.empty() : Optional.of(PubDate.parseIso(date)),
        p.published(),
        name);
    assertEquals(byline, p.byline(), name);
    assertEquals(body.replace("¶", "\n\n"), p.body(), name);
  }

  @Test
  void emptyAndFurnitureOnlyTextsGiveEmptyStory() {
    ParsedText empty = new ParsedText("", "", Optional.empty(), "", "");
    assertEquals(empty, PlainText.parse(""));
    assertEquals(empty, PlainText.parse("Log In\n\nShow More\n\nf\n"));
  }
}
