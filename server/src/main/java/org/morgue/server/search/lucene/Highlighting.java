package org.morgue.server.search.lucene;

import java.util.Set;
import org.morgue.indexer.index.Schema;

/** What the snippet highlighter and the story's hit finder share about which postings mark a field. */
final class Highlighting {

  private Highlighting() {}

  /**
   * The other fields whose matches mark a stored field: its exact twin, which indexes the same text (so
   * the twin's offsets are offsets into the stored value). A folded clause then marks what its stems
   * matched and an exact clause only the text as written: "Embassy" in an exact query leaves "embassies"
   * unmarked. Fields without a twin are marked by their own matches only.
   *
   * <p>Only the twin: the unified highlighter always adds the field itself to its masked fields. Naming
   * the field here too made it read every match of the field twice (two offset strategies for it): the
   * highlighting of every hit cost 1.8x (JFR CPU samples over the bench's Reuters-21578 queries), and
   * each match counted twice in a passage's score.
   */
  static Set<String> exactTwin(String field) {
    String twin = Schema.EXACT_FIELDS.get(field);
    return twin == null ? Set.of() : Set.of(twin);
  }
}
