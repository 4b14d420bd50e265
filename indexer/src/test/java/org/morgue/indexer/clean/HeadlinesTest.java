package org.morgue.indexer.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class HeadlinesTest {

  @ParameterizedTest(name = "[{index}] headline: {0}")
  @ValueSource(
      strings = {
        "Ambassador flees as angry Iraqis storm US embassy",
        "U.S. Embassy in Iraq getting military reinforcements amid violent protests",
        "US embassy attack: Protesters withdraw after standoff in Iraq",
        "Pakistani women 'must not hide'",
        "£1.8m indecency fine for Viacom",
        "$1m payoff for former Shell boss",
        "iTunes now selling Band Aid song",
        "Is the embassy safe?",
        "Trump warns Iran over attack on U.S.",
        "\"Closed in the Name of the People\"",
      })
  void readsAsHeadline(String line) {
    assertEquals(true, Headlines.looksLikeHeadline(line));
  }

  @ParameterizedTest(name = "[{index}] not a headline: {0}")
  @ValueSource(
      strings = {
        "US-trained Iraqi counter-terrorism forces were later dispatched to reinforce these units.",
        "Tehran has denied it. The embassy is one of the largest US missions",
        "the embassy was attacked",
        "Iraq",
        "Istanbul, Turkey —,",
        "Protesters and militia fighters gather to condemn U.S. airstrikes on bases belonging to Iran-backed"
            + " paramilitary forces, outside the main gate of the U.S. Embassy in Baghdad, Iraq, and then they"
            + " marched on towards the river and the bridges and the ministries beyond them all",
      })
  void readsAsParagraph(String line) {
    assertEquals(false, Headlines.looksLikeHeadline(line));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', textBlock = """
      Embassy staff left. Guards stayed.                                 | Embassy staff left
      Mr. Khazali spoke to the crowd. Guards stayed.                     | Mr. Khazali spoke to the crowd
      The U.S. Embassy was attacked. Guards stayed.                      | The U.S. Embassy was attacked
      Who attacked the embassy? Nobody knows.                            | Who attacked the embassy?
      No final stop here                                                 | No final stop here
      Hundreds of demonstrators, supporting Iranian-backed Shia militia groups in Iraq, have stormed the U.S. embassy in Baghdad. | Hundreds of demonstrators, supporting Iranian-backed Shia militia groups in Iraq, have stormed the…
      A sentence with a comma right at the cut point of one hundred characters, after which more words follow on and on. | A sentence with a comma right at the cut point of one hundred characters, after which more words…
      """)
  void derivesTitleFromFirstSentence(String paragraph, String title) {
    assertEquals(title, Headlines.fromFirstSentence(paragraph));
  }
}
