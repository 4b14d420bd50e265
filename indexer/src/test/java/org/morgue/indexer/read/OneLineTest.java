package org.morgue.indexer.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Single-line metadata: runs of ASCII whitespace become one space, ends are stripped. */
class OneLineTest {

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', textBlock = """
      'Xavier 70, Georgetown 53'           | 'Xavier 70, Georgetown 53'
      '  Xavier  70 '                      | 'Xavier 70'
      'a\tb'                               | 'a b'
      'a \t\n b'                           | 'a b'
      'a\r\nb'                             | 'a b'
      'a\u000Bb\fc'                        | 'a b c'
      'a\u00A0\u00A0b'                     | 'a\u00A0\u00A0b'
      'a\u0001b'                           | 'ab'
      ''                                   | ''
      ' \t '                               | ''
      """)
  void collapsesWhitespaceRuns(String value, String expected) {
    assertEquals(expected, RecordMapper.oneLine(value));
  }
}
