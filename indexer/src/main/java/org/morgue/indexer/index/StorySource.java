package org.morgue.indexer.index;

import java.io.IOException;
import org.morgue.indexer.read.StoryListener;

/** Where a build's stories come from: the input readers in production, a fixed list in tests. */
public interface StorySource {

  /** Total bytes the source will read, for progress and ETA; 0 when unknown. */
  long totalBytes();

  /** Reads every story into the listener, in input order, from the calling thread. */
  void readAll(StoryListener listener) throws IOException;
}
