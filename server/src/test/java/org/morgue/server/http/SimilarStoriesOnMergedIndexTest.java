package org.morgue.server.http;

import org.morgue.server.testing.TestArchive;

/** {@link SimilarStoriesTest}'s exact expectations on the one-segment build a rebuild publishes. */
class SimilarStoriesOnMergedIndexTest extends SimilarStoriesTest {

  @Override
  protected TestArchive.Shape shape() {
    return TestArchive.Shape.MERGED;
  }
}
