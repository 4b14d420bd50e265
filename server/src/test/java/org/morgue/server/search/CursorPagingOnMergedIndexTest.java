package org.morgue.server.search;

import org.morgue.server.testing.TestArchive;

/** {@link CursorPagingTest}'s exact expectations on the one-segment build a rebuild publishes. */
class CursorPagingOnMergedIndexTest extends CursorPagingTest {

  @Override
  protected TestArchive.Shape shape() {
    return TestArchive.Shape.MERGED;
  }
}
