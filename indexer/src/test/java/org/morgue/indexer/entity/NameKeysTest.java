package org.morgue.indexer.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameKeysTest {

  @ParameterizedTest(name = "[{index}] \"{0}\" -> \"{1}\"")
  @CsvSource(
      delimiter = '|',
      ignoreLeadingAndTrailingWhitespace = false,
      quoteCharacter = '"',
      textBlock = """
      Kataib Hezbollah|kataib hezbollah
      Kata'ib Hezbollah|kataib hezbollah
      Kata’ib Hezbollah|kataib hezbollah
      Kataʼib Hezbollah|kataib hezbollah
      Kata`ib Hezbollah|kataib hezbollah
      Kataib-Hezbollah|kataib hezbollah
      Kataib's Hezbollah|kataib hezbollah
      Kataib’s Hezbollah|kataib hezbollah
      KATAIB HEZBOLLAH|kataib hezbollah
      U.S.|us
      US|us
      U.S. Embassy|us embassy
      Iran's|iran
      Qais al-Khazali|qais al khazali
      Qais Al-Khazali|qais al khazali
      Qais al–Khazali|qais al khazali
      "  Donald \n  Trump "|donald trump
      Donald J. Trump|donald j trump
      José Martí|jose marti
      Zoë Ångström-Øberg|zoe angstrom øberg
      Ayatollah Ali Khamenei|ayatollah ali khamenei
      AT&T|at&t
      Procter & Gamble|procter & gamble
      Sa'id|said
      O'Neill|oneill
      Yes's|yes
      "Barack  Obama"|barack obama
      " Obama"|obama
      "Obama "|obama
      Kataib\tHezbollah|kataib hezbollah
      3M|3m
      & Co|& co
      "..."|""
      ""|""
      """)
  void foldsToTheCanonicalKey(String name, String key) {
    assertEquals(key, NameKeys.fold(name));
  }
}
