package org.morgue.server.search;

import org.morgue.server.testing.TestArchive;

/** {@link LuceneSearchServiceTest}'s exact expectations on the one-segment build a rebuild publishes. */
class LuceneSearchServiceOnMergedIndexTest extends LuceneSearchServiceTest {

  @Override
  protected TestArchive.Shape shape() {
    return TestArchive.Shape.MERGED;
  }
}
