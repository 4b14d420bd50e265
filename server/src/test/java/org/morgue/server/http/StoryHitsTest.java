package org.morgue.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.morgue.server.testing.ArchiveTest;

/** {@code GET /api/stories/{id}/hits}: where the query matches inside one story, by character offsets. */
class StoryHitsTest extends ArchiveTest {

  @Test
  void aTermIsFoundInTitleAndBodyAtItsOffsets() {
    assertEquals(
        "{\"id\":\"s1\",\"q\":\"embassy\",\"mode\":\"folded\",\"title\":[{\"start\":5,\"end\":12}],\"body\":[{\"start\":28,\"end\":35}]}",
        get("/api/stories/s1/hits?q=embassy").toString());
  }

  @Test
  void stemsMatchAsInTheSearch() {
    assertEquals(
        "{\"id\":\"s6\",\"q\":\"embassy\",\"mode\":\"folded\",\"title\":[{\"start\":0,\"end\":9}],\"body\":[{\"start\":8,\"end\":17}]}",
        get("/api/stories/s6/hits?q=embassy").toString());
  }

  @Test
  void aPhraseIsOneRangeAndAbsentAlternativesMarkNothing() {
    assertEquals(
        "{\"id\":\"s1\",\"q\":\"\\\"embassy in Baghdad\\\" OR basra\",\"mode\":\"folded\",\"title\":[{\"start\":5,\"end\":23}],"
            + "\"body\":[{\"start\":28,\"end\":46}]}",
        get("/api/stories/s1/hits?q=%22embassy%20in%20Baghdad%22%20OR%20basra").toString());
  }

  @Test
  void anEmptyQueryHasNoHits() {
    assertEquals(
        "{\"id\":\"s4\",\"q\":\"\",\"mode\":\"folded\",\"title\":[],\"body\":[]}",
        get("/api/stories/s4/hits").toString());
  }

  @Test
  void unknownStoryAndBadQueryAreErrorsInWords() {
    assertEquals(
        "{\"error\":{\"code\":\"not_found\",\"message\":\"no story with id nope\"}}",
        get("/api/stories/nope/hits?q=embassy").toString());
    assertEquals(
        "invalid_query",
        get("/api/stories/s1/hits?q=title:(").get("error").get("code").asText());
  }
}
