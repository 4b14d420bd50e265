package org.morgue.indexer.copies;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.morgue.indexer.story.PubDate;
import org.morgue.indexer.story.Story;

/** The fact checks that keep formula stories with other facts out of one copy group (issue 16's false groups). */
class CopyFactsTest {

  /** A posting in the form of Reuters-21578's "SUN RAISES HEATING OIL BARGE PRICE" (words of our own). */
  static final String POSTING =
      "Sun Co Inc said it %s the contract barge price it charges customers for heating oil"
          + " in New York harbor by %s cts a gallon, effective today. The company said the change brings its heating oil"
          + " contract barge price to %s cts a gallon in the New York harbor market, where it sells to resellers.";

  static CopyFacts facts(String title, String body, int day) {
    return CopyFacts.of(
        title, body, Optional.of(PubDate.day(1987, 4, day)), CopyParams.DEFAULT_SHINGLE_SIZE);
  }

  @Test
  void placeholderBodiesAreNoBodyAndNeverCopies() {
    CopyFacts a = facts("ASSETS OF MONEY MARKET FUNDS ROSE", "Blah blah blah.", 2);
    CopyFacts b = facts("U.S. COMMERCIAL PAPER FALLS", "Blah blah blah.", 2);
    assertEquals(CopyFacts.Verdict.NO_BODY, a.verdict(b, 0.5));
    CopyGroups groups = new CopyRun(CopyParams.defaults(), false)
        .run(each -> List.of(
                CopyDetectorTest.story("r1", "Blah blah blah.", 2),
                CopyDetectorTest.story("r2", "Blah blah blah.", 2),
                CopyDetectorTest.story("r3", "Blah blah blah.", 3))
            .forEach(each));
    assertEquals(0, groups.count());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "the same posting re-filed the same day | SUN RAISES HEATING OIL BARGE PRICE | raised | 1.5 | 50.5 | 2"
            + " | SUN RAISES HEATING OIL BARGE PRICE | raised | 1.5 | 50.5 | 2 | COPY",
        "a raise and a cut of the same price | SUN RAISES HEATING OIL BARGE PRICE | raised | 1.5 | 50.5 | 2"
            + " | SUN CUTS HEATING OIL BARGE PRICE | cut | 1.0 | 49.5 | 2 | DIRECTION",
        "the same posting a week later | SUN RAISES HEATING OIL BARGE PRICE | raised | 1.5 | 50.5 | 2"
            + " | SUN RAISES HEATING OIL BARGE PRICE | raised | 1.0 | 51.5 | 9 | FAR_APART",
        "other amounts the same day | SUN RAISES HEATING OIL BARGE PRICE | raised | 1.5 | 50.5 | 2"
            + " | SUN RAISES HEATING OIL BARGE PRICE | raised | 1.0 | 51.5 | 2 | NUMBERS",
        "two companies' postings | SUN <SUN> RAISES HEATING OIL PRICE | raised | 1.5 | 50.5 | 2"
            + " | PHILLIPS <P> RAISES HEATING OIL PRICE | raised | 1.5 | 50.5 | 2 | TICKER",
      })
  void formulaStoriesWithOtherFactsAreNotCopies(
      String name,
      String titleA,
      String verbA,
      String byA,
      String toA,
      int dayA,
      String titleB,
      String verbB,
      String byB,
      String toB,
      int dayB,
      CopyFacts.Verdict expected) {
    CopyFacts a = facts(titleA, String.format(Locale.ROOT, POSTING, verbA, byA, toA), dayA);
    // A sign-off on the second filing: the bodies are never identical, so every check is reached.
    CopyFacts b =
        facts(titleB, String.format(Locale.ROOT, POSTING, verbB, byB, toB) + " Reuter", dayB);
    assertEquals(expected, a.verdict(b, 0.5));
  }

  @Test
  void anotherCompanyNamedInTheBodyIsOtherNews() {
    String body =
        "The oil company %s said it raised the contract prices it will pay for all grades of crude oil by"
            + " 50 cts a barrel, effective today. The increase brings the posted price for West Texas Intermediate to"
            + " 19 dlrs a barrel, the company said, and the posted price for West Texas Sour rises by the same amount.";
    CopyFacts a = facts(
        "UNIT RAISES CRUDE OIL PRICES",
        String.format(Locale.ROOT, body, "Citgo, a unit of Southland,"),
        2);
    CopyFacts b = facts(
        "UNIT RAISES CRUDE OIL PRICES",
        String.format(Locale.ROOT, body, "Phillips Petroleum") + " Reuter",
        2);
    assertEquals(CopyFacts.Verdict.NAMES, a.verdict(b, 0.5));
  }

  @Test
  void aLongStoryRevisedWithANewFigureStaysACopy() {
    String para =
        "The central bank said on Tuesday that it would keep buying government bonds for as long as"
            + " needed, and officials told reporters that the programme could be widened if growth slowed further in"
            + " the coming months. Analysts said the move had been widely expected by markets and investors. ";
    String longer = para.repeat(1)
        + "Ministers from the coalition welcomed the decision at a meeting in the capital,"
        + " saying it gave the government room to pass its budget. Opposition leaders called for new elections and"
        + " said the economy needed reform, not cheap money, and promised a vote of no confidence next week.";
    CopyFacts a = facts("Central bank keeps buying bonds", longer + " Shares rose 2 percent.", 2);
    CopyFacts b = facts(
        "Central bank keeps buying bonds",
        longer + " Shares rose 3 percent after the statement.",
        3);
    assertEquals(CopyFacts.Verdict.COPY, a.verdict(b, 0.5));
  }

  /** A daily formula report in the form of Reuters-21578's "FED ADDS RESERVES VIA CUSTOMER REPURCHASES". */
  static final String RESERVES =
      "The Federal Reserve entered the government securities market to arrange %s billion"
          + " dlrs of customer repurchase agreements, a Fed spokesman said. Dealers said Federal funds were trading at"
          + " %s pct when the Fed began its temporary and indirect supply of reserves to the banking system.";

  @Test
  void aSpelledOutNumberIsTheNumberItSpells() {
    String title = "FED ADDS RESERVES VIA CUSTOMER REPURCHASES";
    // The next day's report: another amount and rate, one of them in words.
    CopyFacts monday = facts(title, String.format(Locale.ROOT, RESERVES, "two", "6-3/8"), 2);
    CopyFacts tuesday =
        facts(title, String.format(Locale.ROOT, RESERVES, "1.5", "6-3/8") + " Reuter", 3);
    assertEquals(CopyFacts.Verdict.NUMBERS, monday.verdict(tuesday, 0.5));
    // The same report re-filed with the figure in digits: the same facts.
    CopyFacts refiled =
        facts(title, String.format(Locale.ROOT, RESERVES, "2", "6-3/8") + " Reuter", 2);
    assertEquals(CopyFacts.Verdict.COPY, monday.verdict(refiled, 0.5));
  }

  @ParameterizedTest(name = "{0} ~ {1}: {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "N.Y. EURODEPOSITS CLOSING - APR 7 | N.Y. EURODEPOSITS 1030 - APR 7 | SESSION",
        "LONDON SEEDS 1330 - APR 7 | LONDON SEEDS 1030 - APR 7 | SESSION",
        "CBT 12:20 EDT | CBT 12:40 EDT | SESSION",
        "LONDON SEEDS 1330 - APR 7 | LONDON SEEDS 1330 - APR 7 | COPY",
        "DEFICIT NARROWS IN 1987 | DEFICIT NARROWS IN 1987 - OFFICIAL | COPY",
      })
  void twoEditionsOfOneTableAreTwoReports(
      String titleA, String titleB, CopyFacts.Verdict expected) {
    String table =
        "U.S. DOLLAR One month 6-3/8 6-1/4 Two months 6-7/16 6-5/16 Three months 6-1/2 6-3/8 Six months"
            + " 6-5/8 6-1/2 One year 6-13/16 6-11/16 STERLING One month 9-7/8 9-3/4 Three months 9-3/4 9-5/8";
    assertEquals(
        expected, facts(titleA, table, 7).verdict(facts(titleB, table + " Reuter", 7), 0.5));
  }

  @Test
  void storyFactsComeFromTitleBodyAndDate() {
    Story story =
        CopyDetectorTest.story("s", "Sun Co said it raised prices by 1.5 cts to 50.5 cts.", 2);
    CopyFacts f = CopyFacts.of(story, 3);
    assertEquals(2, f.numbers().length);
    assertEquals(1, f.names().length);
  }
}
