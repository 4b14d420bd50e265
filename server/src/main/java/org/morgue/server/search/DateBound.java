package org.morgue.server.search;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date filter bound as the user wrote it, {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}, with
 * the first and last day it covers: {@code from=2019-12} starts on 1 December, {@code to=2019-12}
 * ends on 31 December, so both bounds are inclusive at their own precision.
 */
public record DateBound(String text, LocalDate first, LocalDate last) {

  private static final Pattern FORM = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

  public DateBound {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(last, "last");
    if (last.isBefore(first)) {
      throw new IllegalArgumentException("last " + last + " before first " + first);
    }
  }

  /**
   * @param param the parameter name, for the error message
   * @throws InvalidRequestException when the text is not one of the three forms or not a real date
   */
  public static DateBound parse(String param, String text) {
    Matcher m = FORM.matcher(text);
    if (!m.matches()) {
      throw invalid(param, text);
    }
    try {
      int year = Integer.parseInt(m.group(1));
      if (m.group(2) == null) {
        return new DateBound(
            text, LocalDate.of(year, 1, 1), Year.of(year).atMonth(12).atEndOfMonth());
      }
      YearMonth month = YearMonth.of(year, Integer.parseInt(m.group(2)));
      if (m.group(3) == null) {
        return new DateBound(text, month.atDay(1), month.atEndOfMonth());
      }
      LocalDate day = month.atDay(Integer.parseInt(m.group(3)));
      return new DateBound(text, day, day);
    } catch (DateTimeException e) {
      throw invalid(param, text);
    }
  }

  private static InvalidRequestException invalid(String param, String text) {
    return new InvalidRequestException(
        InvalidRequestException.INVALID_PARAMETER,
        param + " must be a date as YYYY, YYYY-MM or YYYY-MM-DD, was '" + text + "'");
  }
}
