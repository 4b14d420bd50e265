package org.morgue.server.search.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/** Passages as the page shows them: escaped, marked, and each distinct text once. */
class MarkFormatterTest {

  private static Passage passage(int start, int end, int matchStart, int matchEnd) {
    Passage p = new Passage();
    p.setStartOffset(start);
    p.setEndOffset(end);
    p.addMatch(matchStart, matchEnd, new BytesRef("oil"), 1);
    return p;
  }

  @Test
  void aRepeatedParagraphIsShownOnce() {
    String body =
        "Oil rose. Brent gained.\n\nOil rose. Brent gained.\n\nTraders said oil would rise.";
    Passage[] passages = {passage(0, 23, 0, 3), passage(25, 48, 25, 28), passage(50, 78, 63, 66)};
    assertEquals(
        List.of(
            "<mark>Oil</mark> rose. Brent gained.", "…Traders said <mark>oil</mark> would rise."),
        new MarkFormatter().format(passages, body));
  }
}
