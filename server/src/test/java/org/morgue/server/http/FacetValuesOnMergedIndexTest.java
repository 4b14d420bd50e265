package org.morgue.server.http;

import org.morgue.server.testing.TestArchive;

/** {@link FacetValuesTest}'s exact expectations on the one-segment build a rebuild publishes. */
class FacetValuesOnMergedIndexTest extends FacetValuesTest {

  @Override
  protected TestArchive.Shape shape() {
    return TestArchive.Shape.MERGED;
  }
}
