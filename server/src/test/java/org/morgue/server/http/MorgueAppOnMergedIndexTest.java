package org.morgue.server.http;

import org.morgue.server.testing.TestArchive;

/** {@link MorgueAppTest}'s exact expectations on the one-segment build a rebuild publishes. */
class MorgueAppOnMergedIndexTest extends MorgueAppTest {

  @Override
  protected TestArchive.Shape shape() {
    return TestArchive.Shape.MERGED;
  }
}
