package org.morgue.indexer.index;

import java.io.IOException;
import java.util.List;
import org.morgue.indexer.read.StoryListener;
import org.morgue.indexer.story.Story;

/** Where a build's stories come from: the input readers in production, a fixed list in tests. */
public interface StorySource {

  /** Total bytes the source will read, for progress and ETA; 0 when unknown. */
  long totalBytes();

  /** Reads every story into the listener, in input order, from the calling thread. */
  void readAll(StoryListener listener) throws IOException;

  /** A source over stories already in memory (programmatic indexing, benchmarks, tests). */
  static StorySource of(List<Story> stories) {
    List<Story> fixed = List.copyOf(stories);
    return new StorySource() {
      @Override
      public long totalBytes() {
        return 0;
      }

      @Override
      public void readAll(StoryListener listener) {
        fixed.forEach(listener::onStory);
      }
    };
  }
}
