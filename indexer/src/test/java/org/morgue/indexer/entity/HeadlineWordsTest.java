package org.morgue.indexer.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.morgue.indexer.entity.EntityType.ORG;
import static org.morgue.indexer.entity.EntityType.PERSON;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Headline words the body writes in lower case, decided alone and inside canonicalisation. */
class HeadlineWordsTest {

  @ParameterizedTest(name = "[{index}] {0} in \"{1}\" -> {2}")
  @CsvSource(delimiter = '|', textBlock = """
      Harbour        | Dredgers arrived in the harbour at dawn. The harbour reopens Friday.  | true
      Harbour Board  | The harbour board met on Tuesday.                                      | true
      Lighthouse     | The old lighthouse, lit in 1871, goes dark.                            | true
      Baker          | A baker told Baker that prices would rise.                             | false
      Baker          | Treasury Secretary James Baker said so.                                | false
      Ellery         | Ferries left Ellery harbour.                                            | false
      Harbour        | Nothing about ports here.                                              | false
      Harbour        | Harbourside cafes were shut.                                           | false
      Oil            | Crude oil rose; OIL stocks too.                                         | false
      """)
  void titleWordsWrittenOnlyInLowerCaseInTheBodyAreCommonWords(
      String word, String body, boolean common) {
    StoryText text = new StoryText(word + " news", body);
    assertEquals(common, HeadlineWords.isCommonWord(text, new Span(true, 0, word.length()), word));
  }

  @Test
  void aBodyMentionIsNeverJudged() {
    StoryText text = new StoryText("Harbour", "Harbour is a name here, the harbour a noun there.");
    assertEquals(false, HeadlineWords.isCommonWord(text, new Span(false, 0, 7), "Harbour"));
  }

  @Test
  void canonicalisationDropsTheHeadlineWordAndKeepsTheNames() {
    String title = "Harbour dredging begins as Ellery council signs contract";
    String body =
        "Dredgers began work in the harbour on Monday after the Ellery council signed the contract"
            + " with Van Oord. Mayor Ada Morrow said the harbour would reopen in May.";
    List<Mention> mentions = List.of(
        new Mention(PERSON, new Span(true, 0, 7)),
        new Mention(ORG, new Span(true, 27, 41)),
        new Mention(
            ORG,
            new Span(false, body.indexOf("Ellery council"), body.indexOf("Ellery council") + 14)),
        new Mention(ORG, new Span(false, body.indexOf("Van Oord"), body.indexOf("Van Oord") + 8)),
        new Mention(
            PERSON, new Span(false, body.indexOf("Ada Morrow"), body.indexOf("Ada Morrow") + 10)));
    List<String> entities =
        Canonicalizer.canonicalize(new StoryText(title, body), mentions).stream()
            .map(e -> e.type() + ":" + e.key() + "x" + e.spans().size())
            .toList();
    assertEquals(
        List.of("PERSON:ada morrowx1", "ORG:ellery councilx2", "ORG:van oordx1"), entities);
  }
}
