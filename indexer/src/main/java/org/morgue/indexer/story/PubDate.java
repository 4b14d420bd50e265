package org.morgue.indexer.story;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;

/**
 * A publication date with the precision the source gave it. A story without a trustworthy date has
 * no {@code PubDate} at all (it is undated), never one guessed from a file's modification time.
 */
public record PubDate(LocalDate date, DatePrecision precision) {

  public PubDate {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(precision, "precision");
    // Normalise so that equal facts compare equal: a month-precision date is the 1st of its month.
    date = switch (precision) {
      case DAY -> date;
      case MONTH -> date.withDayOfMonth(1);
      case YEAR -> date.withDayOfYear(1);
    };
  }

  public static PubDate day(int year, int month, int day) {
    return new PubDate(LocalDate.of(year, month, day), DatePrecision.DAY);
  }

  /** ISO form cut to the precision: {@code 2019-12-31}, {@code 2019-12} or {@code 2019}. */
  public String iso() {
    return switch (precision) {
      case DAY -> date.format(DateTimeFormatter.ISO_LOCAL_DATE);
      case MONTH -> String.format(Locale.ROOT, "%04d-%02d", date.getYear(), date.getMonthValue());
      case YEAR -> String.format(Locale.ROOT, "%04d", date.getYear());
    };
  }

  /** Parses what {@link #iso()} writes. */
  public static PubDate parseIso(String iso) {
    return switch (iso.length()) {
      case 4 -> new PubDate(LocalDate.of(Integer.parseInt(iso), 1, 1), DatePrecision.YEAR);
      case 7 -> new PubDate(LocalDate.parse(iso + "-01"), DatePrecision.MONTH);
      default -> new PubDate(LocalDate.parse(iso), DatePrecision.DAY);
    };
  }
}
