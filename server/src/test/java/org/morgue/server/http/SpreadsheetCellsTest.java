package org.morgue.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The OWASP CSV-injection table: which first characters make a cell a formula, and what is left alone. */
class SpreadsheetCellsTest {

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "=1+1| '=1+1",
        "+44 20 7946 0000| '+44 20 7946 0000",
        "-5 degrees in Oslo| '-5 degrees in Oslo",
        "@SUM(A1:A9)| '@SUM(A1:A9)",
        "`\tTAB`| `'\tTAB`",
        "`\rCR`| `'\rCR`",
        "Harbour reopens| Harbour reopens",
        "a=b| a=b",
        "'quoted| 'quoted",
        "``| ``",
      })
  void formulaStartersGetAnApostropheAndNothingElseChanges(String cell, String written) {
    assertEquals(written, SpreadsheetCells.neutral(cell));
  }
}
