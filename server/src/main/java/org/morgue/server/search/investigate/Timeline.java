package org.morgue.server.search.investigate;

import java.util.List;
import java.util.Objects;

/**
 * Story counts over time of a search and of each entity within it, on one axis.
 *
 * @param interval the bucket width, as the search's date histogram resolved it
 * @param keys the buckets' keys, as the date histogram names them
 * @param counts the search's stories per bucket
 * @param series one per requested entity, in request order
 */
public record Timeline(String interval, List<String> keys, List<Long> counts, List<Series> series) {

  public Timeline {
    Objects.requireNonNull(interval, "interval");
    keys = List.copyOf(keys);
    counts = List.copyOf(counts);
    series = List.copyOf(series);
  }

  /**
   * @param stories matching stories naming the entity, dated or not
   * @param counts per bucket of {@code keys}
   */
  public record Series(String type, String value, String label, long stories, List<Long> counts) {
    public Series {
      Objects.requireNonNull(label, "label");
      counts = List.copyOf(counts);
    }
  }
}
