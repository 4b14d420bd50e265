package org.morgue.indexer.read;

import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What one walk over the inputs produced.
 *
 * @param files files looked at (including skipped ones)
 * @param bytes their total size on disk
 * @param storiesByFormat stories read, per format name, sorted by name
 * @param skipped inputs skipped (files, lines, records)
 */
public record ReadSummary(
    int files, long bytes, SortedMap<String, Long> storiesByFormat, long skipped) {
  public ReadSummary {
    storiesByFormat = java.util.Collections.unmodifiableSortedMap(
        new TreeMap<>(Objects.requireNonNull(storiesByFormat, "storiesByFormat")));
  }

  /** Stories read in all formats. */
  public long stories() {
    return storiesByFormat.values().stream().mapToLong(Long::longValue).sum();
  }

  static ReadSummary of(int files, long bytes, Map<String, Long> stories, long skipped) {
    return new ReadSummary(files, bytes, new TreeMap<>(stories), skipped);
  }
}
