package org.morgue.indexer.index;

import java.util.List;
import org.morgue.indexer.read.Skip;
import org.morgue.indexer.read.StoryListener;
import org.morgue.indexer.story.Story;

/** A story source over fixed stories and skips, for tests of the build pipeline. */
public record ListSource(List<Story> stories, List<Skip> skips) implements StorySource {

  public static ListSource of(Story... stories) {
    return new ListSource(List.of(stories), List.of());
  }

  @Override
  public long totalBytes() {
    return 0;
  }

  @Override
  public void readAll(StoryListener listener) {
    stories.forEach(listener::onStory);
    skips.forEach(listener::onSkip);
  }
}
