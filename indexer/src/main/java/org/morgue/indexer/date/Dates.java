package org.morgue.indexer.date;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.morgue.indexer.story.DatePrecision;
import org.morgue.indexer.story.PubDate;

/**
 * Parses the value of a date field (JSONL {@code published}, CSV {@code date}, Reuters
 * {@code <DATE>}) into a {@link PubDate} with the precision the value states. Values with an offset
 * are converted to UTC before the day is taken, so every story's day is a UTC day.
 */
public final class Dates {

  private static final Pattern YEAR = Pattern.compile("(\\d{4})");
  private static final Pattern YEAR_MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
  private static final Pattern ISO_DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
  /** Reuters-21578: {@code 26-FEB-1987 15:01:01.79}; the time is local to the wire and dropped. */
  private static final DateTimeFormatter REUTERS = new DateTimeFormatterBuilder()
      .parseCaseInsensitive()
      .appendPattern("d-MMM-uuuu")
      .toFormatter(Locale.ROOT);

  private static final Pattern REUTERS_DAY = Pattern.compile("(\\d{1,2}-[A-Za-z]{3}-\\d{4})\\b.*");

  /** Earliest and latest years we accept: anything else is a typo, not a publication date. */
  private static final int MIN_YEAR = 1700;

  private static final int MAX_YEAR = 2200;

  private Dates() {}

  /**
   * Parses a structured date value.
   *
   * @return the date, or empty when the value is blank or not a date in a format we know
   */
  public static Optional<PubDate> parseField(String value) {
    if (value == null) {
      return Optional.empty();
    }
    String v = value.strip();
    if (v.isEmpty()) {
      return Optional.empty();
    }
    for (Parser parser : PARSERS) {
      Optional<PubDate> parsed = parser.parse(v);
      if (parsed.isPresent()) {
        return parsed.filter(Dates::plausible);
      }
    }
    return Optional.empty();
  }

  private static boolean plausible(PubDate date) {
    int year = date.date().getYear();
    return year >= MIN_YEAR && year <= MAX_YEAR;
  }

  private interface Parser {
    Optional<PubDate> parse(String v);
  }

  private static final List<Parser> PARSERS = List.of(
      Dates::offsetDateTime,
      v -> matchDay(ISO_DAY.matcher(v)),
      v -> whole(
          YEAR_MONTH.matcher(v),
          m -> new PubDate(
              LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), 1),
              DatePrecision.MONTH)),
      v -> whole(
          YEAR.matcher(v),
          m -> new PubDate(LocalDate.of(Integer.parseInt(m.group(1)), 1, 1), DatePrecision.YEAR)),
      Dates::reuters);

  private static Optional<PubDate> offsetDateTime(String v) {
    // ISO starts with a four-digit year and a dash (longer years carry a sign). Anything else
    // (every
    // Reuters-21578 date, "26-FEB-1987 ...") is turned away here rather than by a parse exception,
    // which cost a stack trace per story.
    if (!v.isEmpty() && v.charAt(0) >= '0' && v.charAt(0) <= '9' && !isoYear(v)) {
      return Optional.empty();
    }
    Optional<PubDate> common = plainOffsetDateTime(v);
    if (common.isPresent()) {
      return common;
    }
    try {
      OffsetDateTime t = OffsetDateTime.parse(v.replace(' ', 'T'));
      return Optional.of(
          new PubDate(t.withOffsetSameInstant(ZoneOffset.UTC).toLocalDate(), DatePrecision.DAY));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /**
   * The one shape archives export most ({@code 2015-01-01T23:43:00+00:00}, {@code Z} or a space
   * allowed), read by hand: the formatter's general parse was a third of mapping a headline record.
   * Anything else, or a field out of range, is left to {@link OffsetDateTime#parse}, so results are
   * the same.
   */
  private static Optional<PubDate> plainOffsetDateTime(String v) {
    int n = v.length();
    if ((n != 20 && n != 25)
        || v.charAt(4) != '-'
        || v.charAt(7) != '-'
        || (v.charAt(10) != 'T' && v.charAt(10) != ' ')
        || v.charAt(13) != ':'
        || v.charAt(16) != ':') {
      return Optional.empty();
    }
    int year = digits(v, 0, 4);
    int month = digits(v, 5, 2);
    int day = digits(v, 8, 2);
    int hour = digits(v, 11, 2);
    int minute = digits(v, 14, 2);
    int second = digits(v, 17, 2);
    int offsetSeconds;
    if (n == 20) {
      if (v.charAt(19) != 'Z') {
        return Optional.empty();
      }
      offsetSeconds = 0;
    } else {
      char sign = v.charAt(19);
      int oh = digits(v, 20, 2);
      int om = digits(v, 23, 2);
      if ((sign != '+' && sign != '-') || v.charAt(22) != ':' || oh < 0 || om < 0) {
        return Optional.empty();
      }
      offsetSeconds = (sign == '-' ? -1 : 1) * (oh * 3600 + om * 60);
    }
    if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0) {
      return Optional.empty();
    }
    try {
      OffsetDateTime t = OffsetDateTime.of(
          LocalDateTime.of(year, month, day, hour, minute, second),
          ZoneOffset.ofTotalSeconds(offsetSeconds));
      return Optional.of(
          new PubDate(t.withOffsetSameInstant(ZoneOffset.UTC).toLocalDate(), DatePrecision.DAY));
    } catch (java.time.DateTimeException e) {
      return Optional.empty();
    }
  }

  /** The decimal value of {@code length} ASCII digits at {@code from}, or -1 when one is not a digit. */
  private static int digits(String v, int from, int length) {
    int value = 0;
    for (int i = from; i < from + length; i++) {
      char c = v.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  private static boolean isoYear(String v) {
    if (v.length() < 5 || v.charAt(4) != '-') {
      return false;
    }
    for (int i = 0; i < 4; i++) {
      if (v.charAt(i) < '0' || v.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /** {@code 2019-12-31}, alone or followed by a local time without offset. */
  private static Optional<PubDate> matchDay(Matcher m) {
    if (!m.lookingAt()) {
      return Optional.empty();
    }
    String rest = m.group().length() == 0 ? "" : m.replaceFirst("");
    if (!rest.isEmpty() && !rest.startsWith("T") && !rest.startsWith(" ")) {
      return Optional.empty();
    }
    try {
      return Optional.of(new PubDate(
          LocalDate.of(
              Integer.parseInt(m.group(1)),
              Integer.parseInt(m.group(2)),
              Integer.parseInt(m.group(3))),
          DatePrecision.DAY));
    } catch (java.time.DateTimeException e) {
      return Optional.empty();
    }
  }

  private static Optional<PubDate> whole(
      Matcher m, java.util.function.Function<Matcher, PubDate> make) {
    if (!m.matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(make.apply(m));
    } catch (java.time.DateTimeException e) {
      return Optional.empty();
    }
  }

  private static Optional<PubDate> reuters(String v) {
    Matcher m = REUTERS_DAY.matcher(v);
    if (!m.matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(new PubDate(LocalDate.parse(m.group(1), REUTERS), DatePrecision.DAY));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
