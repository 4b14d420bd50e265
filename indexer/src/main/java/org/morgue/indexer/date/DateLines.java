package org.morgue.indexer.date;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.morgue.indexer.story.DatePrecision;
import org.morgue.indexer.story.PubDate;

/**
 * Finds a publication date that leads a line of free text: a dateline such as {@code Sunday 26
 * January 2020}, {@code Fri Oct 20, 2006 6:15pm EDT}, {@code date 2019-12-31} or Wikinews'
 * {@code Saturday, January 5, 2019}. Only a date at the very start of the line counts (after an
 * optional label and weekday): a date inside a sentence is what the story talks about, not when it
 * was published. A date must state its year; a day makes it day-precise, a month alone month-precise.
 * The weekday is not checked against the date, since scraped datelines get it wrong as often as not.
 */
public final class DateLines {

  private static final Map<String, Integer> MONTHS = months();
  private static final String MONTH =
      "(?<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
          + "|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
  private static final String DAY = "(?<day>\\d{1,2})(?:st|nd|rd|th)?";
  private static final String YEAR = "(?<year>\\d{4})";

  /** Labels scraped pages put before a date; "date" is what seed 004's page shows. */
  private static final String LABEL =
      "(?:(?:date|dated|published|posted|updated|last updated|first published)(?:\\s+on)?\\s*:?\\s+)?";

  private static final String WEEKDAY =
      "(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\\.?,?\\s+)?";

  private static final Pattern ISO =
      Pattern.compile(YEAR + "-(?<mon>\\d{2})-" + "(?<day>\\d{2})(?![\\d-])");
  private static final Pattern MONTH_DAY_YEAR =
      Pattern.compile(MONTH + "\\s+" + DAY + ",?\\s+" + YEAR, Pattern.CASE_INSENSITIVE);
  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile(DAY + "\\s+(?:of\\s+)?" + MONTH + ",?\\s+" + YEAR, Pattern.CASE_INSENSITIVE);
  private static final Pattern MONTH_YEAR =
      Pattern.compile(MONTH + ",?\\s+" + YEAR, Pattern.CASE_INSENSITIVE);
  private static final Pattern PREFIX =
      Pattern.compile("\\s*" + LABEL + WEEKDAY, Pattern.CASE_INSENSITIVE);

  /**
   * What may follow the year on the same line before the rest: an ISO time ({@code T18:15:00Z}) or a
   * clock time with an optional zone ({@code 6:15pm EDT}, {@code at 18:15 GMT}, {@code 10:02 a.m. ET}).
   */
  private static final Pattern TIME = Pattern.compile(
      "(?:T\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?"
          + "|,?\\s*(?:at\\s+)?\\d{1,2}[:.]\\d{2}(?::\\d{2})?\\s*(?:[ap]\\.?m\\.?)?"
          + "(?:\\s+(?:(?-i:[A-Z]{2,4})|[+-]\\d{2}:?\\d{2}))?(?!\\w))",
      Pattern.CASE_INSENSITIVE);

  /** Years outside this range are typos or other numbers, never a publication date. */
  private static final int MIN_YEAR = 1700;

  private static final int MAX_YEAR = 2200;

  private DateLines() {}

  /** The date leading {@code line}, or empty when the line does not start with a complete date. */
  public static Optional<PubDate> find(String line) {
    return match(line).map(DateLine::date);
  }

  /** Like {@link #find} but also returns what follows the date, so a caller can tell a date-only line. */
  public static Optional<DateLine> match(String line) {
    if (line == null || line.isBlank()) {
      return Optional.empty();
    }
    Matcher prefix = PREFIX.matcher(line);
    int start = prefix.lookingAt() ? prefix.end() : 0;
    String text = line.substring(start);
    for (Pattern p : new Pattern[] {ISO, MONTH_DAY_YEAR, DAY_MONTH_YEAR, MONTH_YEAR}) {
      Matcher m = p.matcher(text);
      if (m.lookingAt() && endsCleanly(text.substring(m.end()))) {
        Optional<PubDate> date = toDate(m, p);
        if (date.isPresent()) {
          return Optional.of(new DateLine(date.get(), rest(text.substring(m.end()))));
        }
        // A matched but impossible date ("31 February 2019") is not a date; no other form applies.
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** "2019 people" and "January 52019" are not dates: the year must end a word, unless a time follows. */
  private static boolean endsCleanly(String after) {
    return after.isEmpty()
        || !Character.isLetterOrDigit(after.charAt(0))
        || TIME.matcher(after).lookingAt();
  }

  private static String rest(String after) {
    Matcher time = TIME.matcher(after);
    String rest = time.lookingAt() ? after.substring(time.end()) : after;
    return rest.strip();
  }

  private static Optional<PubDate> toDate(Matcher m, Pattern p) {
    int year = Integer.parseInt(m.group("year"));
    if (year < MIN_YEAR || year > MAX_YEAR) {
      return Optional.empty();
    }
    int month = p == ISO ? Integer.parseInt(m.group("mon")) : monthNumber(m.group("month"));
    try {
      if (p == MONTH_YEAR) {
        return Optional.of(new PubDate(LocalDate.of(year, month, 1), DatePrecision.MONTH));
      }
      int day = Integer.parseInt(m.group("day"));
      return Optional.of(new PubDate(LocalDate.of(year, month, day), DatePrecision.DAY));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  private static int monthNumber(String name) {
    return MONTHS.get(name.toLowerCase(Locale.ROOT).substring(0, 3));
  }

  private static Map<String, Integer> months() {
    String[] names = {
      "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"
    };
    Map<String, Integer> map = new java.util.HashMap<>();
    for (int i = 0; i < names.length; i++) {
      map.put(names[i], i + 1);
    }
    return Map.copyOf(map);
  }
}
