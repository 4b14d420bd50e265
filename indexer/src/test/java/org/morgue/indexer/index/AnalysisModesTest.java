package org.morgue.indexer.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The folded and the exact analysis of the same text, through the schema's per-field analyzer. */
class AnalysisModesTest {

  private final Analyzer analyzer = new Schema().analyzer();

  private List<String> tokens(String field, String text) throws IOException {
    List<String> out = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        // The offsets must point at the stored text: the highlighter marks text.substring(start,
        // end).
        out.add(term + "@" + text.substring(offset.startOffset(), offset.endOffset()));
      }
      stream.end();
    }
    return out;
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Kata’ib Hezbollah          | kataib@Kata’ib hezbollah@Hezbollah                  | Kata'ib@Kata’ib Hezbollah@Hezbollah
      Kataib's militia           | kataib@Kataib's militia@militia                     | Kataib's@Kataib's militia@militia
      U.S. Embassies             | us@U.S embassy@Embassies                            | U.S@U.S Embassies@Embassies
      US and us                  | us@US and@and us@us                                 | US@US and@and us@us
      Pérez in St.Louis at 3.5   | perez@Pérez in@in st.louis@St.Louis at@at 3.5@3.5   | Pérez@Pérez in@in St.Louis@St.Louis at@at 3.5@3.5
      “No, no, America!”         | no@No no@no america@America                         | No@No no@no America@America
      """)
  void foldedMergesVariantsAndExactKeepsTheTextAsWritten(String text, String folded, String exact)
      throws IOException {
    assertEquals(List.of(folded.split(" ")), tokens(Schema.BODY, text));
    assertEquals(List.of(exact.split(" ")), tokens(Schema.BODY_EXACT, text));
    assertEquals(tokens(Schema.BODY_EXACT, text), tokens(Schema.TITLE_EXACT, text));
  }

  @ParameterizedTest(name = "{0} -> {1} / {2}")
  @CsvSource(delimiter = '|', textBlock = """
      Kata’i*  | katai*  | Kata'i*
      EMBASS*  | embass* | EMBASS*
      Pére?    | pere?   | Pére?
      """)
  void wildcardTermsAreNormalisedLikeTheirField(String term, String folded, String exact) {
    assertEquals(folded, analyzer.normalize(Schema.BODY, term).utf8ToString());
    assertEquals(exact, analyzer.normalize(Schema.BODY_EXACT, term).utf8ToString());
  }
}
