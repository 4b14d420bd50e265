package org.morgue.indexer.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CreditsTest {

  @ParameterizedTest(name = "[{index}] {0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      Ahmed Rasheed                     | Ahmed Rasheed
      By Ahmed Rasheed                  | Ahmed Rasheed
      BY Jane Doe and John Smith        | Jane Doe and John Smith
      Qais al-Khazali                   | Qais al-Khazali
      Ludwig van Beethoven              | Ludwig van Beethoven
      Mary J. Blige                     | Mary J. Blige
      """)
  void readsByline(String line, String byline) {
    assertEquals(Optional.of(byline), Credits.byline(line));
  }

  @ParameterizedTest(name = "[{index}] not a byline: {0}")
  @ValueSource(
      strings = {
        "Ewood Park",
        "World News",
        "Closed in the Name of the People",
        "Mob of protesters storm U.S. Embassy",
        "Ahmed",
        "Ahmed Rasheed said.",
        "IRAQ EMBASSY",
        "Sunday Times",
        "Ahmed Rasheed Ali Hassan Omar",
        "Reuters Staff",
      })
  void rejectsWhatIsNotAByline(String line) {
    assertEquals(Optional.empty(), Credits.byline(line));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', textBlock = """
      'Mr Pompeo warned Iran. (© Washington Post)'                     | Washington Post | Mr Pompeo warned Iran.
      'Esper has announced. -CNN'                                      | CNN             | Esper has announced.
      'The ministry said. — Reuters'                                    | Reuters         | The ministry said.
      '(c) Reuters 2019'                                               | Reuters         | ''
      'Copyright 2019 The Associated Press. All rights reserved.'       | The Associated Press | ''
      """)
  void readsOutletCredit(String paragraph, String outlet, String remaining) {
    assertEquals(Optional.of(new Credits.Outlet(outlet, remaining)), Credits.outlet(paragraph));
  }

  @ParameterizedTest(name = "[{index}] no credit: {0}")
  @ValueSource(
      strings = {
        "Relations with the U.S.-Iran talks",
        "He said talks were possible - but not yet.",
        "Militia leaders were among the protesters.",
        "— Donald J. Trump (@realDonaldTrump) December 31, 2019",
      })
  void findsNoCreditInStoryText(String paragraph) {
    assertEquals(Optional.empty(), Credits.outlet(paragraph));
  }
}
