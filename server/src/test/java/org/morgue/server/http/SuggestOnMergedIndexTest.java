package org.morgue.server.http;

import org.morgue.server.testing.TestArchive;

/** {@link SuggestTest}'s exact expectations on the one-segment build a rebuild publishes. */
class SuggestOnMergedIndexTest extends SuggestTest {

  @Override
  protected TestArchive.Shape shape() {
    return TestArchive.Shape.MERGED;
  }
}
