package org.morgue.indexer.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Cleaner tables. In inputs "⏎" is a line break; in expectations "¶" separates the paragraphs that
 * must come out (joined by one blank line), and an empty expectation means nothing survives.
 */
class TextCleanerTest {

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      login prompt          | Story text.⏎⏎Please log in or register with for free access to this article.⏎⏎Log In⏎⏎More text. | Story text.¶More text.
      sign-in variants      | A.B.⏎Already a subscriber? Sign in⏎Subscribe to continue reading.⏎Create a free account⏎C.D. | A.B.¶C.D.
      cookie notice         | Text.⏎We and our partners use cookies to understand how you use our site. Read our cookie policy and click Manage Settings. | Text.
      cookie story kept     | The EU says websites must ask before they set cookies on a visitor's computer. | The EU says websites must ask before they set cookies on a visitor's computer.
      page controls         | Text.⏎⏎Show More⏎Back to top button⏎Loading...⏎Advertisement⏎Read more | Text.
      share buttons         | Text.⏎Share this article⏎Facebook Twitter WhatsApp Email | Text.
      newsletter promo      | Text.⏎⏎Today's news headlines, directly to your inbox every morning.⏎Sign up for our daily newsletter | Text.
      navigation headings   | Text.⏎⏎Editors Choice⏎⏎Also in World News⏎More from Politics⏎Related stories⏎Most Read | Text.
      navigation in prose   | Related stories about the embassy appeared in three papers on Tuesday. | Related stories about the embassy appeared in three papers on Tuesday.
      lone letters          | Text.⏎⏎f⏎⏎•⏎·⏎More. | Text.¶More.
      repeated caption      | Iraqi protesters set a sentry box ablaze. Photo: Getty Images⏎Iraqi protesters set a sentry box ablaze. Photo: Getty Images⏎⏎Body. | Iraqi protesters set a sentry box ablaze.¶Body.
      repeat not adjacent   | Same line.⏎Other line.⏎Same line. | Same line.¶Other line.¶Same line.
      agency photo credit   | Protesters gather outside the embassy, December 31, 2019. THAIER AL-SUDANI/REUTERS | Protesters gather outside the embassy, December 31, 2019.
      credit alone          | Caption text.⏎THAIER AL-SUDANI/REUTERS⏎Photo: AP | Caption text.
      parenthesised credit  | Caption text. (Image: Patrick Gillett) | Caption text.
      loading tail          | ` date 2019-12-31 Loading...` | date 2019-12-31
      capital slash kept    | He said AC/DC would play. | He said AC/DC would play.
      entities              | AT&amp;T&#8217;s profits rose&nbsp;5%. | AT&T’s profits rose 5%.
      bare ampersand        | Marks & Spencer and AT&T rose. | Marks & Spencer and AT&T rose.
      markup paragraphs     | <p>First &amp; one.</p><p>Second<br>line.</p> | First & one.¶Second¶line.
      script dropped        | <p>Hello</p><script>alert('x')</script><style>p{}</style><p>World</p> | Hello¶World
      prose with less-than  | If a < b and c > d the test holds. | If a < b and c > d the test holds.
      whitespace            | `  Tabs\tand   spaces\u00a0here.  ⏎⏎⏎⏎Next\u200b para.` | Tabs and spaces here.¶Next para.
      windows line ends     | One.\\r\\n\\r\\nTwo.\\rThree. | One.¶Two.¶Three.
      hard-wrapped text     | The strikes against the militia, in which 25 members were⏎killed and more than 50 injured, threaten to drag Iraq⏎further into a proxy conflict. | The strikes against the militia, in which 25 members were killed and more than 50 injured, threaten to drag Iraq further into a proxy conflict.
      short lines unwrapped | Show More⏎Text one.⏎Text two. | Text one.¶Text two.
      only furniture        | Log In⏎Show More⏎f | ``
      empty                 | `` | ``
      """)
  void cleansFurnitureAndNormalisesParagraphs(String name, String input, String expected) {
    String text = unescape(input == null ? "" : input).replace("⏎", "\n");
    List<String> want =
        expected == null || expected.isEmpty() ? List.of() : List.of(expected.split("¶"));
    assertEquals(want, TextCleaner.paragraphs(text), name);
    assertEquals(String.join("\n\n", want), TextCleaner.clean(text), name);
  }

  @ParameterizedTest(name = "[{index}] furniture: {0}")
  @ValueSource(
      strings = {
        "Please log in or register with for free access to this article.",
        "Log In",
        "Sign up",
        "Show More",
        "Show Less",
        "Back to top button",
        "Back to top",
        "Loading...",
        "Loading…",
        "Skip to content",
        "Editors Choice",
        "Editor's Picks",
        "Also in World News",
        "More from Business",
        "Most Read",
        "Trending Now",
        "Recommended for you",
        "You may also like",
        "Top Stories",
        "Image 3 of 12",
        "Today's news headlines, directly to your inbox every morning.",
        "Advertisement",
        "12 Comments",
        "f",
        "•",
        "THAIER AL-SUDANI/REUTERS",
        "Photo: Getty Images",
      })
  void dropsFurnitureLine(String line) {
    assertEquals(List.of(), TextCleaner.paragraphs(line));
  }

  @ParameterizedTest(name = "[{index}] story text: {0}")
  @ValueSource(
      strings = {
        "Mob of protesters storm U.S. Embassy in Baghdad",
        "Closed in the Name of the People",
        "Ahmed Rasheed",
        "Sunday 26 January 2020",
        "Show business is booming in Baghdad.",
        "Share prices fell sharply on Monday.",
        "Loading the ships took three days.",
        "Log in details of 2 million users were stolen, the company said.",
        "WINNERS (once)",
        "Latest Mars rover lands safely",
      })
  void keepsStoryLine(String line) {
    assertEquals(List.of(line), TextCleaner.paragraphs(line));
  }

  private static String unescape(String s) {
    return s.replace("\\t", "\t")
        .replace("\\u00a0", "\u00a0")
        .replace("\\u200b", "\u200b")
        .replace("\\r", "\r")
        .replace("\\n", "\n");
  }
}
