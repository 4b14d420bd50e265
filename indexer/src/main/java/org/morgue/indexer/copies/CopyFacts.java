package org.morgue.indexer.copies;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.morgue.indexer.story.PubDate;
import org.morgue.indexer.story.Story;

/**
 * What the exact check of two candidate copies reads: the body's shingles, and the facts a short
 * formula story changes while its words stay (numbers, names, the headline's direction, the day).
 * Shingle similarity alone joins different news: on Reuters-21578, 1,604 briefs over the placeholder
 * body "Blah blah blah." were one group, and "SUN RAISES HEATING OIL BARGE PRICE" was a copy of
 * "SUN CUTS …" six days later (Jaccard above 0.5; only the verb and the cents differ).
 *
 * @param shingles sorted distinct shingle hashes of the body
 * @param day epoch day of publication, {@link Long#MAX_VALUE} when undated
 * @param distinctWords distinct words of the body: below {@link #MIN_DISTINCT_WORDS} it is no body
 * @param numbers sorted distinct hashes of the body's numbers ("720.4", "1987", "3-1/2")
 * @param names sorted distinct hashes of the body's capitalised words that do not open a sentence
 * @param direction +1 when the headline says up (raises, rises…), -1 down (cuts, falls…), 0 neither or both
 * @param ticker the headline's ticker ({@code <SUN>}, {@code (AAPL.O)}) hashed, 0 when it has none
 * @param headlineNumbers the headline's numbers hashed ("12:40 EDT", "1300 GMT", "UP 5 PCT")
 * @param session the edition the headline names: a market session ("opening", "noon", "closing") or a
 *     clock time ("1030 - APR 7", "12:20 EDT"), hashed, or 0
 * @param headlineWords the headline's words of three letters or more, tickers left out, hashed
 */
public record CopyFacts(
    int[] shingles,
    long day,
    int distinctWords,
    int[] numbers,
    int[] names,
    int direction,
    int ticker,
    int[] headlineNumbers,
    int session,
    int[] headlineWords) {

  /**
   * Fewer distinct words than this is a placeholder, not a body ("Blah blah blah.", "Story text not
   * available"): such stories are never grouped by their body. The shortest real Reuters-21578 items
   * (one-line earnings and dividend tables) have 12 or more.
   */
  public static final int MIN_DISTINCT_WORDS = 8;
  /** Shingles two bodies must share, whatever their Jaccard: a copy agrees on more than a few words. */
  public static final int MIN_COMMON_SHINGLES = 8;
  /**
   * At or above this Jaccard the bodies are the same text with a word changed here and there (a
   * re-file, a correction, a factbox re-issued): the fact checks below would split real corrections.
   */
  public static final double SAME_TEXT = 0.9;
  /**
   * Filings further apart than this are versions of one story only when they are the same text: the
   * Soviet wheat estimates of 9 Mar and 9 Apr share their template, not their news.
   */
  public static final int MAX_DAYS_APART = 3;
  /**
   * A body with fewer distinct words than this is a formula story (a dividend, an earnings table, a
   * price posting): its template is shared by every company, so one replaced number or name is other
   * news. Longer stories are revised in place (an update changes a figure, adds a quote), so there a
   * fact counts as changed only when more values were replaced than kept. 90% of Reuters-21578's
   * grouped formula items are under this size, and most 2006-2013 revisions above it.
   */
  public static final int SHORT_BODY_WORDS = 150;

  private static final Pattern TICKER =
      Pattern.compile("<([A-Za-z0-9.]{1,12})>|\\(([A-Z0-9]{1,8}\\.[A-Z]{1,3})\\)");

  /** A recurring market report's editions: the same table at another time of day is another report. */
  private static final Map<String, String> SESSIONS = Map.ofEntries(
      Map.entry("opening", "open"),
      Map.entry("opg", "open"),
      Map.entry("open", "open"),
      Map.entry("noon", "noon"),
      Map.entry("midday", "noon"),
      Map.entry("closing", "close"),
      Map.entry("clsg", "close"),
      Map.entry("close", "close"),
      Map.entry("final", "close"),
      Map.entry("afternoon", "noon"),
      Map.entry("morning", "open"));

  private static final Set<String> UP = Set.of(
      "raise",
      "raises",
      "raised",
      "raising",
      "rise",
      "rises",
      "rose",
      "rising",
      "up",
      "higher",
      "increase",
      "increases",
      "increased",
      "lift",
      "lifts",
      "lifted",
      "boost",
      "boosts",
      "boosted",
      "gain",
      "gains",
      "gained",
      "hike",
      "hikes",
      "hiked",
      "jump",
      "jumps",
      "jumped",
      "climb",
      "climbs",
      "climbed",
      "surge",
      "surges",
      "surged",
      "grow",
      "grows",
      "grew",
      "expand",
      "expands",
      "widen",
      "widens",
      "widened",
      "ups",
      "record",
      "beat",
      "beats",
      "tops",
      "top");
  private static final Set<String> DOWN = Set.of(
      "cut",
      "cuts",
      "cutting",
      "lower",
      "lowers",
      "lowered",
      "reduce",
      "reduces",
      "reduced",
      "fall",
      "falls",
      "fell",
      "falling",
      "down",
      "drop",
      "drops",
      "dropped",
      "decline",
      "declines",
      "declined",
      "slip",
      "slips",
      "slipped",
      "slide",
      "slides",
      "slid",
      "plunge",
      "plunges",
      "plunged",
      "sink",
      "sinks",
      "sank",
      "shrink",
      "shrinks",
      "shrank",
      "narrow",
      "narrows",
      "narrowed",
      "trim",
      "trims",
      "trimmed",
      "ease",
      "eases",
      "eased",
      "lose",
      "loses",
      "lost",
      "loss",
      "losses",
      "miss",
      "misses",
      "missed",
      "weaker");

  /** The facts of a story, with shingles of {@code shingleSize} words. */
  public static CopyFacts of(Story story, int shingleSize) {
    return of(story.title(), story.body(), story.published(), shingleSize);
  }

  public static CopyFacts of(
      String title, String body, Optional<PubDate> published, int shingleSize) {
    long day = published.map(d -> d.date().toEpochDay()).orElse(Long.MAX_VALUE);
    Words words = Words.of(body);
    // An untitled item (Reuters-21578's market tables) carries its headline as the body's first
    // line.
    String headline = title.isBlank() ? firstLine(body) : title;
    Matcher ticker = TICKER.matcher(headline);
    int tickerHash = ticker.find()
        ? (ticker.group(1) != null ? ticker.group(1) : ticker.group(2)).hashCode() | 1
        : 0;
    return new CopyFacts(
        Shingles.of(body, shingleSize),
        day,
        words.distinct(),
        words.numbers(),
        words.names(),
        direction(headline),
        tickerHash,
        Words.of(headline).numbers(),
        session(headline),
        headlineWords(TICKER.matcher(headline).replaceAll(" ")));
  }

  /** Whether the body is a placeholder or a few words: nothing to group by. */
  public boolean noBody() {
    return distinctWords < MIN_DISTINCT_WORDS;
  }

  /** Why two stories whose shingles are this similar are still not copies. */
  public enum Verdict {
    COPY,
    BELOW_THRESHOLD,
    NO_BODY,
    FEW_WORDS_SHARED,
    FAR_APART,
    DIRECTION,
    TICKER,
    SESSION,
    HEADLINE_NUMBERS,
    HEADLINE_WORDS,
    NUMBERS,
    NAMES
  }

  /** The exact Jaccard similarity of the two bodies' shingles. */
  public double jaccard(CopyFacts other) {
    return Shingles.jaccard(shingles, other.shingles);
  }

  /** Whether the two stories are copies of one story at this Jaccard threshold. */
  public boolean copyOf(CopyFacts other, double threshold) {
    return verdict(other, threshold) == Verdict.COPY;
  }

  /** The check with its reason: the evaluation reports which rule kept a pair apart. */
  public Verdict verdict(CopyFacts other, double threshold) {
    if (noBody() || other.noBody()) {
      return Verdict.NO_BODY;
    }
    int common = Shingles.common(shingles, other.shingles);
    double jaccard = (double) common / (shingles.length + other.shingles.length - common);
    if (jaccard < threshold) {
      return Verdict.BELOW_THRESHOLD;
    }
    if (common < MIN_COMMON_SHINGLES) {
      return Verdict.FEW_WORDS_SHARED;
    }
    if (jaccard >= 1) {
      return Verdict.COPY;
    }
    if (direction != 0 && other.direction != 0 && direction != other.direction) {
      return Verdict.DIRECTION;
    }
    if (ticker != 0 && other.ticker != 0 && ticker != other.ticker) {
      return Verdict.TICKER;
    }
    if (session != 0 && other.session != 0 && session != other.session) {
      return Verdict.SESSION;
    }
    if (changed(headlineNumbers, other.headlineNumbers, true)) {
      return Verdict.HEADLINE_NUMBERS;
    }
    if (jaccard >= SAME_TEXT) {
      return Verdict.COPY;
    }
    boolean formula = Math.min(distinctWords, other.distinctWords) < SHORT_BODY_WORDS;
    // A formula story recurs daily ("FED ADDS RESERVES VIA CUSTOMER REPURCHASES"): two days on is
    // another report. The next day is allowed: a short wire story revised overnight is one story.
    int maxDays = formula ? 1 : MAX_DAYS_APART;
    if (day != Long.MAX_VALUE
        && other.day != Long.MAX_VALUE
        && Math.abs(day - other.day) > maxDays) {
      return Verdict.FAR_APART;
    }
    // Formula headlines name what the template is about: "FRANKLIN INSURED TAX-FREE SETS PAYOUT" is
    // another fund than "FRANKLIN HIGH-YIELD TAX-FREE SETS PAYOUT". One ticker on both says it is
    // one company.
    if (formula
        && !(ticker != 0 && ticker == other.ticker)
        && changed(headlineWords, other.headlineWords, true)) {
      return Verdict.HEADLINE_WORDS;
    }
    if (changed(numbers, other.numbers, formula)) {
      return Verdict.NUMBERS;
    }
    if (changed(names, other.names, formula)) {
      return Verdict.NAMES;
    }
    return Verdict.COPY;
  }

  /**
   * Whether two stories in other words can still be one report: neither is a placeholder, the headlines
   * agree on direction, ticker and session, and a formula story (under {@link #SHORT_BODY_WORDS} distinct
   * words) replaced none of its numbers and names. Unlike {@link #verdict}, no shingle bar, no days-apart
   * rule, no headline-number rule and no number or name rule for a longer story: a rewrite keeps few
   * shingles, may be filed weeks later under a new headline (an untitled story's first line is often its
   * dateline), and drops or adds figures and names freely (the seeds' 000 and 004, one report, share 1 of
   * their 7 and 3 numbers and 25 of their 41 and 43 names); for a longer story the in-order sentence
   * alignment is the test.
   */
  public boolean sameFactsAs(CopyFacts other) {
    if (noBody() || other.noBody()) {
      return false;
    }
    if ((direction != 0 && other.direction != 0 && direction != other.direction)
        || (ticker != 0 && other.ticker != 0 && ticker != other.ticker)
        || (session != 0 && other.session != 0 && session != other.session)) {
      return false;
    }
    boolean formula = Math.min(distinctWords, other.distinctWords) < SHORT_BODY_WORDS;
    return !formula
        || (!changed(numbers, other.numbers, true) && !changed(names, other.names, true));
  }

  /**
   * A fact was replaced rather than added: each side has values the other lacks (in a formula story,
   * that is enough), and in a longer story more of them than the two share. A revision adds a paragraph
   * (new values on one side only) or keeps most of them; a formula story swaps them ("raised 1.5 cts to
   * 50.5" becomes "cut 1 ct to 49.5").
   */
  static boolean changed(int[] a, int[] b, boolean formula) {
    int common = Shingles.common(a, b);
    int onlyA = a.length - common;
    int onlyB = b.length - common;
    return onlyA > 0 && onlyB > 0 && (formula || onlyA + onlyB > common);
  }

  private static String firstLine(String body) {
    String stripped = body.strip();
    int end = stripped.indexOf('\n');
    String line = end < 0 ? stripped : stripped.substring(0, end);
    return line.length() > 100 ? line.substring(0, 100) : line;
  }

  private static int[] headlineWords(String headline) {
    return Arrays.stream(headline.toLowerCase(Locale.ROOT).split("[^\\p{L}]+"))
        .filter(w -> w.length() >= 3)
        .mapToInt(String::hashCode)
        .distinct()
        .sorted()
        .toArray();
  }

  /**
   * An edition's clock time in a headline: "12:20", or four digits with a time zone or before the dated
   * tail of a market report ("1300 GMT", "N.Y. EURODEPOSITS 1030 - APR 7"). A year ("IN 1987") is neither.
   */
  private static final Pattern CLOCK = Pattern.compile(
      "\\b([01]?\\d|2[0-3]):([0-5]\\d)\\b|\\b([01]\\d|2[0-3])([0-5]\\d)(?=\\s*(?:GMT|EDT|EST|BST|CET|CST|PDT|PST|HRS|LOCAL)\\b|\\s+-\\s)",
      Pattern.CASE_INSENSITIVE);

  /**
   * The edition a headline names: a session word ("opening", "closing") or a clock time. Two editions of
   * one market table ("N.Y. EURODEPOSITS CLOSING" and "… 1030") are two reports, though their rows agree.
   */
  static int session(String headline) {
    Matcher clock = CLOCK.matcher(headline);
    if (clock.find()) {
      String time = clock.group(1) != null
          ? clock.group(1) + clock.group(2)
          : clock.group(3) + clock.group(4);
      return ("time " + Integer.parseInt(time)).hashCode() | 1;
    }
    for (String word : headline.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
      String session = SESSIONS.get(word);
      if (session != null) {
        return session.hashCode();
      }
    }
    return 0;
  }

  /** +1 for a headline that says up, -1 down, 0 when it says neither or both. */
  static int direction(String title) {
    boolean up = false;
    boolean down = false;
    for (String word : title.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
      up |= UP.contains(word);
      down |= DOWN.contains(word);
    }
    return up == down ? 0 : up ? 1 : -1;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CopyFacts f
        && day == f.day
        && ticker == f.ticker
        && session == f.session
        && Arrays.equals(headlineNumbers, f.headlineNumbers)
        && Arrays.equals(headlineWords, f.headlineWords)
        && distinctWords == f.distinctWords
        && direction == f.direction
        && Arrays.equals(shingles, f.shingles)
        && Arrays.equals(numbers, f.numbers)
        && Arrays.equals(names, f.names);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(shingles) * 31 + Long.hashCode(day);
  }

  @Override
  public String toString() {
    return "CopyFacts[" + shingles.length + " shingles, day " + day + ", " + distinctWords
        + " words, " + numbers.length + " numbers, " + names.length + " names, direction "
        + direction + "]";
  }
}
