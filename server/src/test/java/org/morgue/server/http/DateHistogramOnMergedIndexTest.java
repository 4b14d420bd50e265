package org.morgue.server.http;

import org.morgue.server.testing.TestArchive;

/** {@link DateHistogramTest}'s exact expectations on the one-segment build a rebuild publishes. */
class DateHistogramOnMergedIndexTest extends DateHistogramTest {

  @Override
  protected TestArchive.Shape shape() {
    return TestArchive.Shape.MERGED;
  }
}
