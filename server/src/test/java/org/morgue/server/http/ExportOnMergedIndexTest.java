package org.morgue.server.http;

import org.morgue.server.testing.TestArchive;

/** {@link ExportTest}'s exact expectations on the one-segment build a rebuild publishes. */
class ExportOnMergedIndexTest extends ExportTest {

  @Override
  protected TestArchive.Shape shape() {
    return TestArchive.Shape.MERGED;
  }
}
