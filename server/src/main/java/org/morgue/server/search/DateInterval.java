package org.morgue.server.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The bucket width of the date histogram. Each width numbers its buckets with consecutive integers
 * ({@link #index}), so the gap between the first and last bucket can be filled with zero buckets,
 * and names each bucket with a key the {@code from}/{@code to} parameters accept: {@code 2019},
 * {@code 2019-12}, {@code 2019-12-31}; a week is named by its Monday ({@code 2019-12-30}), because
 * {@code 2019-W01} would be a fourth date syntax that no date filter understands.
 */
public enum DateInterval {
  /** Resolved per search to the finest width giving at most {@link #AUTO_MAX_BUCKETS} buckets. */
  AUTO,
  YEAR,
  MONTH,
  WEEK,
  DAY;

  /** About the number of bars a results column can draw legibly. */
  public static final int AUTO_MAX_BUCKETS = 60;
  /** Widths {@link #AUTO} chooses from, finest first. */
  private static final List<DateInterval> FINEST_FIRST = List.of(DAY, WEEK, MONTH, YEAR);
  /** Epoch day of Monday 5 January 1970, the first Monday on or after the epoch. */
  private static final long FIRST_MONDAY = 4;

  public String apiName() {
    return ApiNames.of(this);
  }

  /** @throws InvalidRequestException for any other name */
  public static DateInterval parse(String name) {
    return ApiNames.parse(DateInterval.class, "interval", name);
  }

  /** This width, or for {@link #AUTO} the finest one that covers {@code min..max} in few enough buckets. */
  public DateInterval resolve(LocalDate min, LocalDate max) {
    if (this != AUTO) {
      return this;
    }
    for (DateInterval width : FINEST_FIRST) {
      if (width.buckets(min, max) <= AUTO_MAX_BUCKETS) {
        return width;
      }
    }
    return YEAR;
  }

  /** How many buckets {@code min..max} spans, both ends included. */
  public long buckets(LocalDate min, LocalDate max) {
    return index(max) - index(min) + 1;
  }

  /** The bucket number of a day: consecutive buckets have consecutive numbers. */
  public long index(LocalDate day) {
    return switch (this) {
      case YEAR -> day.getYear();
      case MONTH -> day.getYear() * 12L + day.getMonthValue() - 1;
      case WEEK -> Math.floorDiv(day.toEpochDay() - FIRST_MONDAY, 7);
      case DAY -> day.toEpochDay();
      case AUTO -> throw new IllegalStateException("resolve AUTO before numbering buckets");
    };
  }

  /** The key of bucket number {@code index}. */
  public String key(long index) {
    return switch (this) {
      case YEAR -> String.format(Locale.ROOT, "%04d", index);
      case MONTH ->
        String.format(
            Locale.ROOT, "%04d-%02d", Math.floorDiv(index, 12), Math.floorMod(index, 12) + 1);
      case WEEK -> LocalDate.ofEpochDay(index * 7 + FIRST_MONDAY).toString();
      case DAY -> LocalDate.ofEpochDay(index).toString();
      case AUTO -> throw new IllegalStateException("resolve AUTO before naming buckets");
    };
  }
}
