package org.morgue.indexer.date;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.morgue.indexer.story.PubDate;

class DateLinesTest {

  @ParameterizedTest(name = "[{index}] \"{0}\" -> {1} {2}")
  @CsvSource(delimiter = '|', textBlock = """
      Sunday 26 January 2020                      | 2020-01-26 | DAY
      date 2019-12-31 Loading...                  | 2019-12-31 | DAY
      ' date 2019-12-31'                          | 2019-12-31 | DAY
      Fri Oct 20, 2006 6:15pm EDT                 | 2006-10-20 | DAY
      Fri Oct. 20, 2006 6:15 p.m. EDT             | 2006-10-20 | DAY
      Saturday, January 5, 2019                   | 2019-01-05 | DAY
      'Sunday, January 5, 2019\u00a0'             | 2019-01-05 | DAY
      January 5, 2019                             | 2019-01-05 | DAY
      January 5 2019                              | 2019-01-05 | DAY
      5 January 2019                              | 2019-01-05 | DAY
      5th of January 2019                         | 2019-01-05 | DAY
      'January 5th, 2019'                         | 2019-01-05 | DAY
      2019-12-31                                  | 2019-12-31 | DAY
      2019-12-31T18:15:00Z                        | 2019-12-31 | DAY
      Sept 3 2019                                 | 2019-09-03 | DAY
      SEPTEMBER 3 2019                            | 2019-09-03 | DAY
      Published: 3 Sep 2019 10:45 GMT             | 2019-09-03 | DAY
      Updated on March 1 2020 at 09:30            | 2020-03-01 | DAY
      Sunday, January 5, 2019 Paris, France       | 2019-01-05 | DAY
      'Wednesday, December 31, 2019 — Baghdad'    | 2019-12-31 | DAY
      29 February 2020                            | 2020-02-29 | DAY
      January 2019                                | 2019-01    | MONTH
      'Dec. 2019'                                 | 2019-12    | MONTH
      May 2019                                    | 2019-05    | MONTH
      """)
  void findsLeadingDate(String line, String iso, String precision) {
    Optional<PubDate> found = DateLines.find(line);
    assertEquals(Optional.of(iso), found.map(PubDate::iso));
    assertEquals(precision, found.orElseThrow().precision().name());
  }

  @ParameterizedTest(name = "[{index}] \"{0}\" is not a leading date")
  @ValueSource(
      strings = {
        "May 2",
        "Friday, May 2",
        "2019 people were evacuated",
        "6:15pm EDT",
        "18:15",
        "31 February 2019",
        "February 30, 2020",
        "2019-13-01",
        "2019-02-30",
        "Protesters gathered outside the embassy in Baghdad, Iraq, December 31, 2019.",
        "On Sunday, January 5, 2019 the crowd left",
        "Mayor 2019",
        "January 52019",
        "March 1, 0219",
        "20191231",
        "",
        "   ",
        "Loading...",
        "Ahmed Rasheed",
      })
  void rejectsWhatIsNotALeadingDate(String line) {
    assertEquals(Optional.empty(), DateLines.find(line));
  }

  @ParameterizedTest(name = "[{index}] \"{0}\" leaves \"{1}\"")
  @CsvSource(delimiter = '|', textBlock = """
      Sunday 26 January 2020                    | ''
      Fri Oct 20, 2006 6:15pm EDT               | ''
      Sunday, January 5, 2019 Paris, France     | Paris, France
      date 2019-12-31 Loading...                | Loading...
      January 5, 2019 6:15 pm Paris             | Paris
      """)
  void reportsWhatFollowsTheDate(String line, String rest) {
    assertEquals(rest, DateLines.match(line).orElseThrow().rest());
  }

  @Test
  void nullIsNotADate() {
    assertEquals(Optional.empty(), DateLines.find(null));
  }
}
