package org.morgue.indexer.cli;

import java.util.Locale;
import org.morgue.indexer.cache.ExtractionCache;

/** The summary line saying how much of a build the extraction cache served. */
final class CacheLine {

  private CacheLine() {}

  static String render(ExtractionCache.Stats stats, int pruned) {
    StringBuilder line = new StringBuilder(String.format(
        Locale.ROOT,
        "  extraction cache: %,d stories from the cache, %,d tagged",
        stats.hits(),
        stats.misses()));
    if (stats.rejected() > 0) {
      line.append(String.format(Locale.ROOT, ", %,d damaged entries ignored", stats.rejected()));
    }
    if (pruned > 0) {
      line.append(String.format(Locale.ROOT, ", %,d unused entries pruned", pruned));
    }
    return line.append(System.lineSeparator()).toString();
  }
}
