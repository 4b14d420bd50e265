package org.morgue.indexer.entity;

import java.util.List;

/**
 * Finds the people, organizations and places in one story and merges their mentions within it.
 * Implementations are thread-safe: one instance (one model) serves all indexing threads.
 */
public interface EntityExtractor {

  /**
   * @param title the story's headline (may be empty)
   * @param body the cleaned body
   * @return the story's entities, ordered by type, then first mention
   */
  List<Entity> extract(String title, String body);

  /** Extracts nothing: for indexing without NER (benchmarks, tests of other stages). */
  EntityExtractor NONE = (title, body) -> List.of();
}
