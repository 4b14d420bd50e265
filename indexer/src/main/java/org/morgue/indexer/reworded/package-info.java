/**
 * Reworded versions: stories that keep another story's sentences in order but not its words (a partner's
 * rewrite, a machine translation back into English). Only pairs the event clustering found close in
 * time and vocabulary are compared; their sentences are embedded with the quantized all-MiniLM-L6-v2
 * model (vectors cached across rebuilds) and aligned in order.
 */
package org.morgue.indexer.reworded;
