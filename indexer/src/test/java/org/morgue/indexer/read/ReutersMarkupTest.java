package org.morgue.indexer.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The fast Reuters reader must give jsoup's story exactly, or step aside for jsoup. */
class ReutersMarkupTest {

  @Test
  void theSampleElementsMatchJsoupAndOnlyTheOneWithABareLessThanNeedsIt() throws IOException {
    String file =
        Files.readString(TestData.file("formats/reuters-sample.sgm"), StandardCharsets.UTF_8);
    List<String> elements = new ArrayList<>();
    for (int i = file.indexOf("<REUTERS"); i >= 0; i = file.indexOf("<REUTERS", i + 1)) {
      elements.add(file.substring(i, file.indexOf("</REUTERS>", i) + "</REUTERS>".length()) + "\n");
    }
    assertEquals(3, elements.size());
    // The first body holds "fall < 100": jsoup reads a bare '<' as text, the fast path steps aside.
    assertEquals(
        List.of(false, true, true),
        elements.stream().map(e -> ReutersMarkup.parse(e).isPresent()).toList());
    elements.forEach(ReutersMarkupTest::assertSame);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        // a brief: the body is TEXT's own text around its headline parts, references resolved
        "<REUTERS NEWID=\"5\"><DATE>3-APR-1987</DATE><TEXT TYPE=\"BRIEF\">&#2;\n<TITLE>A &amp; B</TITLE>\n"
            + "Blah &lt;blah&gt; &#127;\n&#3;</TEXT></REUTERS>\n",
        // no TEXT at all, codes in two lists, an UNKNOWN slug
        "<REUTERS NEWID=\"6\" TOPICS=\"NO\"><DATE>4-APR-1987</DATE><TOPICS><D>grain</D><D>wheat</D></TOPICS>"
            + "<PLACES><D>usa</D></PLACES><UNKNOWN>&#5;&#5;&#5;F\n&#22;&#22;&#1;f0123&#31;reute</UNKNOWN></REUTERS>\n",
        // left to jsoup: an unknown tag, an unclosed element, a named HTML entity, a repeated
        // attribute,
        // a code with spaces, single quotes
        "<REUTERS NEWID=\"7\"><TEXT><BODY>a <MKNOTE>note</MKNOTE> b</BODY></TEXT></REUTERS>\n",
        "<REUTERS NEWID=\"8\"><TEXT><BODY>never closed\n",
        "<REUTERS NEWID=\"9\"><TEXT><BODY>caf&eacute;</BODY></TEXT></REUTERS>\n",
        "<REUTERS NEWID=\"10\" NEWID=\"11\"><TEXT><BODY>x</BODY></TEXT></REUTERS>\n",
        "<REUTERS NEWID=\"12\"><TOPICS><D> grain  x </D></TOPICS></REUTERS>\n",
        "<REUTERS NEWID='13'><TEXT><BODY>x</BODY></TEXT></REUTERS>\n",
        "<REUTERS NEWID=\"14\"><TEXT><BODY>one</BODY><BODY>two</BODY></TEXT></REUTERS>\n"
      })
  void eitherPathGivesTheSameStory(String element) {
    assertSame(element);
  }

  @Test
  void unusualMarkupIsLeftToJsoup() {
    assertTrue(ReutersMarkup.parse(
            "<REUTERS NEWID=\"7\"><TEXT><BODY>a <MKNOTE>n</MKNOTE></BODY></TEXT></REUTERS>")
        .isEmpty());
    assertTrue(
        ReutersMarkup.parse("<REUTERS NEWID=\"8\"><TEXT><BODY>never closed\n").isEmpty());
    assertTrue(ReutersMarkup.parse("<REUTERS><TEXT><BODY>caf&eacute;</BODY></TEXT></REUTERS>")
        .isEmpty());
  }

  private static void assertSame(String element) {
    assertEquals(
        ReutersElement.parseWithJsoup(element, "f-1", "f:1", "sgml"),
        ReutersElement.parse(element, "f-1", "f:1", "sgml"),
        element);
  }
}
