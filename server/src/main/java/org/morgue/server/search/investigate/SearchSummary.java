package org.morgue.server.search.investigate;

import java.util.List;

/**
 * What a batch row says about one search.
 *
 * @param first earliest publication day of a match ({@code YYYY-MM-DD}), null when none is dated
 * @param last latest publication day of a match, null when none is dated
 * @param outlets the outlets with most matches, most first (ties by name)
 */
public record SearchSummary(long total, String first, String last, List<Outlet> outlets) {
  public SearchSummary {
    outlets = List.copyOf(outlets);
  }
}
