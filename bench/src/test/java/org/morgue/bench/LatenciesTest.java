package org.morgue.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LatenciesTest {

  @Test
  void percentilesAreNearestRankOverRawSamples() {
    long[] nanos = new long[200];
    for (int i = 0; i < nanos.length; i++) {
      nanos[i] = (200 - i) * 1_000_000L; // 200 ms down to 1 ms, unsorted on purpose
    }
    Latencies l = Latencies.of(nanos, 2, 4_000_000_000L);
    assertEquals(new Latencies(200, 2, 100.0, 190.0, 198.0, 100.5, 50.0), l);
  }

  @Test
  void singleSampleIsEveryPercentile() {
    assertEquals(
        new Latencies(1, 0, 3.5, 3.5, 3.5, 3.5, 2.0),
        Latencies.of(new long[] {3_500_000}, 0, 500_000_000L));
  }

  @Test
  void meanShowsWaitingThatTheMedianHides() {
    // Four requests served at once and one that waited for a core: the median is the fast ones'.
    long[] nanos = {1_000_000, 1_000_000, 16_000_000, 1_000_000, 1_000_000};
    Latencies l = Latencies.of(nanos, 0, 20_000_000L);
    assertEquals(1.0, l.p50Ms());
    assertEquals(4.0, l.meanMs());
    assertEquals(250.0, l.perSecond());
  }

  @Test
  void storyCountIsReadFromMorgueSummaryOrPeerLine() {
    assertEquals(21_578, CorpusRun.stories("Indexed 21,578 stories in 59.2 s (365 stories/s)", -1));
    assertEquals(106_495, CorpusRun.stories("noise\nstories=106495 seconds=38.1\n", -1));
    assertEquals(7, CorpusRun.stories("nothing here", 7));
  }

  @Test
  void agreementNamesTheFirstDifferingQueries() {
    assertEquals(
        "Solr: 2 of 4 queries match Morgue's total (first differing query lines of the set, 1-based: [2, 4])",
        CorpusRun.agreement("Solr", new long[] {5, 6, 7, 8}, new long[] {5, 0, 7, 9}));
  }
}
