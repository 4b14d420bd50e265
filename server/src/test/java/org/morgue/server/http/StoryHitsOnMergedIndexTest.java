package org.morgue.server.http;

import org.morgue.server.testing.TestArchive;

/** {@link StoryHitsTest}'s exact expectations on the one-segment build a rebuild publishes. */
class StoryHitsOnMergedIndexTest extends StoryHitsTest {

  @Override
  protected TestArchive.Shape shape() {
    return TestArchive.Shape.MERGED;
  }
}
