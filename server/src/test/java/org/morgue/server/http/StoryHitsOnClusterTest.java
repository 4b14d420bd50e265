package org.morgue.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.morgue.server.search.SearchService;
import org.morgue.server.testing.TestCluster;

/** {@link StoryHitsTest}'s exact expectations, answered by the OpenSearch backend. */
class StoryHitsOnClusterTest extends StoryHitsTest {

  @Override
  protected SearchService openService(Path archiveDir) throws Exception {
    return TestCluster.load(archiveDir, getClass(), 0);
  }

  /**
   * A documented difference (README, "OpenSearch backend"): OpenSearch's highlighter marks each word
   * of a matched phrase, so the phrase comes back as one range per word; the words are the same.
   */
  @Test
  @Override
  void aPhraseIsOneRangeAndAbsentAlternativesMarkNothing() {
    assertEquals(
        "{\"id\":\"s1\",\"q\":\"\\\"embassy in Baghdad\\\" OR basra\",\"mode\":\"folded\",\"title\":[{\"start\":5,\"end\":12},"
            + "{\"start\":13,\"end\":15},{\"start\":16,\"end\":23}],\"body\":[{\"start\":28,\"end\":35},{\"start\":36,\"end\":38},"
            + "{\"start\":39,\"end\":46}]}",
        get("/api/stories/s1/hits?q=%22embassy%20in%20Baghdad%22%20OR%20basra").toString());
  }
}
