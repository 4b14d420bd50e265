package org.morgue.server.http;

import org.morgue.server.testing.TestArchive;

/** {@link ExcludeFilterTest}'s exact expectations on the one-segment build a rebuild publishes. */
class ExcludeFilterOnMergedIndexTest extends ExcludeFilterTest {

  @Override
  protected TestArchive.Shape shape() {
    return TestArchive.Shape.MERGED;
  }
}
