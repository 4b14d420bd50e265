package org.morgue.server.http;

import org.morgue.server.testing.TestArchive;

/** {@link RecencySortTest}'s exact expectations on the one-segment build a rebuild publishes. */
class RecencySortOnMergedIndexTest extends RecencySortTest {

  @Override
  protected TestArchive.Shape shape() {
    return TestArchive.Shape.MERGED;
  }
}
