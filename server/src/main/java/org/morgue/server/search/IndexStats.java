package org.morgue.server.search;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What the served archive holds, for a dashboard or a slider's bounds.
 *
 * @param stories live stories in the index
 * @param dated stories with a publication date; {@code undated} is the rest
 * @param min the earliest publication day ({@code YYYY-MM-DD}), null when nothing is dated
 * @param max the latest publication day, null when nothing is dated
 * @param facets facet dimension → number of distinct values, for every dimension, in schema order
 * @param builtAt ISO-8601 instant the served build was committed, null when nothing is served
 * @param sizeBytes what the served build takes in storage, 0 when nothing is served; the metrics' index
 *     size, so that a backend answers it from what it holds open rather than anyone walking its files
 */
public record IndexStats(
    long stories,
    long dated,
    long undated,
    String min,
    String max,
    Map<String, Long> facets,
    String builtAt,
    long sizeBytes) {

  public IndexStats {
    if (stories < 0 || dated < 0 || undated < 0 || dated + undated != stories) {
      throw new IllegalArgumentException(
          "counts do not add up: " + dated + " dated + " + undated + " undated != " + stories);
    }
    if (sizeBytes < 0) {
      throw new IllegalArgumentException("size must not be negative: " + sizeBytes);
    }
    facets =
        Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(facets, "facets")));
  }

  /** Nothing served: zero counts, every dimension at zero values. */
  public static IndexStats none() {
    Map<String, Long> none = new LinkedHashMap<>();
    Facet.NAMES.forEach(dim -> none.put(dim, 0L));
    return new IndexStats(0, 0, 0, null, null, none, null, 0);
  }
}
