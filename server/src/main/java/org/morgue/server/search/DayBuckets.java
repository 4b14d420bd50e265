package org.morgue.server.search;

import static org.morgue.server.search.InvalidRequestException.INVALID_PARAMETER;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Morgue's date histogram rules, applied to per-day counts however a backend counted them: the width
 * {@code auto} picks from the matches' own range, the bucket cap, and empty buckets listed so the page
 * draws a true time axis. Both backends count days and hand them here, so their buckets are the same.
 */
public final class DayBuckets {

  /**
   * Most buckets an explicit interval may produce (ten years of days): a day histogram of a century
   * would be a megabyte of zeros nobody can draw.
   */
  public static final long MAX_BUCKETS = 3_660;

  private DayBuckets() {}

  /**
   * @param days epoch day → matching stories published that day
   * @param undated matching stories without a date
   * @throws InvalidRequestException when an explicit interval would give more than {@link #MAX_BUCKETS}
   */
  public static SearchResponse.Dates of(Map<Long, Long> days, long undated, DateInterval interval) {
    if (days.isEmpty()) {
      return SearchResponse.Dates.none(undated);
    }
    LocalDate min = LocalDate.ofEpochDay(
        days.keySet().stream().mapToLong(Long::longValue).min().orElseThrow());
    LocalDate max = LocalDate.ofEpochDay(
        days.keySet().stream().mapToLong(Long::longValue).max().orElseThrow());
    DateInterval width = interval.resolve(min, max);
    long size = width.buckets(min, max);
    if (size > MAX_BUCKETS) {
      throw new InvalidRequestException(
          INVALID_PARAMETER,
          "interval=" + width.apiName() + " gives " + size
              + " buckets for " + min + " to " + max + "; at most " + MAX_BUCKETS
              + " are drawn: choose a wider interval, auto, or narrow from and to");
    }
    Map<Long, Long> counts = new HashMap<>();
    days.forEach(
        (day, count) -> counts.merge(width.index(LocalDate.ofEpochDay(day)), count, Long::sum));
    long first = width.index(min);
    List<SearchResponse.Bucket> buckets = new ArrayList<>((int) size);
    for (long i = first; i < first + size; i++) {
      buckets.add(new SearchResponse.Bucket(width.key(i), counts.getOrDefault(i, 0L)));
    }
    return new SearchResponse.Dates(
        width.apiName(), buckets, undated, min.toString(), max.toString());
  }
}
