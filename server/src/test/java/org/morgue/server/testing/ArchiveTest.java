package org.morgue.server.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Base of the tests that run against {@link TestArchive#STORIES}: the archive is built by the
 * production indexer once per test class (several segments; a subclass overriding {@link #shape()}
 * runs the same tests on the merged build a rebuild publishes), and {@link ServedIndexTest} opens the
 * search service over it and gives the real HTTP app for {@code JavalinTest}.
 */
public abstract class ArchiveTest extends ServedIndexTest {

  @Override
  protected void build(Path archiveDir) throws Exception {
    TestArchive.build(archiveDir, TestArchive.STORIES, shape());
    // The shape is what the test class claims to cover: hold it, so a change to the builder's
    // merging
    // cannot quietly turn the multi-segment runs into a second run on one segment.
    int segments = TestArchive.segments(archiveDir);
    if (shape() == TestArchive.Shape.SEGMENTS) {
      assertTrue(segments > 1, "the multi-segment archive has " + segments + " segment(s)");
    } else {
      assertEquals(1, segments, "the merged archive's segments");
    }
  }

  /** The shape of the archive the tests run on: several segments here, merged in the {@code Merged} subclasses. */
  protected TestArchive.Shape shape() {
    return TestArchive.Shape.SEGMENTS;
  }

  /** The hit ids of a search response body, in order. */
  protected static List<String> ids(JsonNode body) {
    List<String> ids = new ArrayList<>();
    body.get("hits").forEach(h -> ids.add(h.get("id").asText()));
    return ids;
  }
}
