package org.morgue.indexer.reworded;

import java.util.List;

/** Turns sentences into vectors, one per sentence in the same order. */
@FunctionalInterface
public interface SentenceEncoder {

  List<SentenceVector> encode(List<String> sentences);
}
