/**
 * Evaluation programs run from the command line ({@code ./morgue eval <what>}): each prints a report
 * measured on the shared corpora and skips with a clear message when they are absent. They are not
 * unit tests; their scorers are unit-tested on tiny hand-made inputs.
 */
package org.morgue.indexer.eval;
