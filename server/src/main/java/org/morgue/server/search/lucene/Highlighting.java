package org.morgue.server.search.lucene;

import java.util.Set;
import org.morgue.indexer.index.Schema;

/** What the snippet highlighter and the story's hit finder share about which postings mark a field. */
final class Highlighting {

  private Highlighting() {}

  /**
   * The fields whose matches mark a stored field: the field itself and its exact twin, which indexes
   * the same text (so the twin's offsets are offsets into the stored value). A folded clause then marks
   * what its stems matched and an exact clause only the text as written: "Embassy" in an exact query
   * leaves "embassies" unmarked. Fields without a twin are marked by their own matches only.
   */
  static Set<String> withExactTwin(String field) {
    String twin = Schema.EXACT_FIELDS.get(field);
    return twin == null ? Set.of(field) : Set.of(field, twin);
  }
}
