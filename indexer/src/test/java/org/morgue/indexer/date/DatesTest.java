package org.morgue.indexer.date;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.morgue.indexer.story.PubDate;

/** Date fields, in particular the hand-read common ISO shape and what it leaves to the formatter. */
class DatesTest {

  @ParameterizedTest(name = "[{index}] \"{0}\" -> {1}")
  @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
      2015-01-01T23:43:00+00:00   | 2015-01-01
      2015-01-01T23:43:00-05:00   | 2015-01-02
      2015-01-01T00:30:00+01:00   | 2014-12-31
      2015-01-01 23:43:00+00:00   | 2015-01-01
      2015-01-01T23:43:00Z        | 2015-01-01
      2015-01-01t23:43:00z        | 2015-01-01
      2015-01-01T23:43:00.5Z      | 2015-01-01
      2015-01-01T23:43Z           | 2015-01-01
      2015-01-01T23:43:00+05:30   | 2015-01-01
      2015-01-01T20:00:00-05:30   | 2015-01-02
      2015-01-01T23:43:00+19:00   | 2015-01-01
      2015-02-30T10:00:00+00:00   | none
      2015-01-01T24:00:00+00:00   | 2015-01-01
      2015-01-01T23:60:00+00:00   | 2015-01-01
      2015-13-01T10:00:00+00:00   | none
      1699-12-31T23:00:00-02:00   | 1700-01-01
      1699-12-31T23:00:00+00:00   | none
      2015-01-01T2a:43:00+00:00   | 2015-01-01
      '  2015-01-01T23:43:00+00:00 ' | 2015-01-01
      """)
  void readsIsoFieldsInUtc(String field, String expected) {
    assertEquals(Optional.ofNullable(expected), Dates.parseField(field).map(PubDate::iso));
  }
}
