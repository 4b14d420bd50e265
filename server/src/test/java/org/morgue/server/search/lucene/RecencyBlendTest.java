package org.morgue.server.search.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The blend factor: full score at the newest day, halfway to the floor a year earlier, the floor when undated. */
class RecencyBlendTest {

  @ParameterizedTest(name = "dated={0} age={1}")
  @CsvSource({
    "true,0,1.0",
    "true,365,0.75",
    "true,730,0.625",
    "true,3650,0.50048828125",
    // a day after the newest (the reader's newest day is older than the story: cannot happen, but
    // capped)
    "true,-1,1.0",
    "false,0,0.5",
  })
  void factorDecaysByHalfLifeTowardsTheFloor(boolean dated, long age, double factor) {
    long newest = 20_000;
    assertEquals(factor, new RecencyBlend(newest).factor(dated, newest - age), 1e-12);
  }
}
