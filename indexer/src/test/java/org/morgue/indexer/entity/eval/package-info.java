/**
 * Evaluation and benchmark programs for entity extraction on the large corpora in
 * {@code ../shared/corpora}: run by hand with {@code main}, they print a report and are never
 * unit tests (no timing is asserted anywhere).
 */
package org.morgue.indexer.entity.eval;
