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
 */
public record IndexStats(long stories, long dated, long undated, String min, String max, Map<String, Long> facets,
    String builtAt) {

  public IndexStats {
    if (stories < 0 || dated < 0 || undated < 0 || dated + undated != stories) {
      throw new IllegalArgumentException("counts do not add up: " + dated + " dated + " + undated + " undated != " + stories);
    }
    facets = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(facets, "facets")));
  }
}
