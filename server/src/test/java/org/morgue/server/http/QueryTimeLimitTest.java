package org.morgue.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.testtools.JavalinTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.morgue.indexer.index.IndexLayout;
import org.morgue.server.ServerConfig;
import org.morgue.server.search.lucene.LuceneSearchService;
import org.morgue.server.testing.ArchiveTest;

/** The per-query time limit: a search past it answers 200 with what it collected, flagged partial. */
class QueryTimeLimitTest extends ArchiveTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "q=embassy&size=2",
        "",
        "q=embass*&f.place=baghdad&nf.source=AP",
        "f.tag=iraq&sort=newest"
      })
  void aSearchPastItsTimeLimitAnswersPartialNeverAnError(String query) throws Exception {
    // One nanosecond has passed before the first match is read: nothing is collected in time,
    // filtered
    // (drill-sideways) searches included.
    try (LuceneSearchService hurried = LuceneSearchService.open(
        new IndexLayout(dir), Duration.ofMinutes(10), Duration.ofNanos(1))) {
      JsonNode[] body = new JsonNode[1];
      int[] status = new int[1];
      JavalinTest.test(MorgueApp.create(hurried, ServerConfig.defaults(dir)), (server, client) -> {
        var response = client.get("/api/search?" + query);
        status[0] = response.code();
        body[0] = JSON.readTree(response.body().string());
      });
      assertEquals(200, status[0]);
      assertEquals(true, body[0].get("partial").asBoolean());
      assertEquals(
          "{\"value\":0,\"exact\":false,\"stories\":0}", body[0].get("total").toString());
      assertEquals("[]", body[0].get("hits").toString());
      assertEquals(true, body[0].get("next_cursor").isNull());
    }
  }

  @Test
  void aSearchWithinTheDefaultLimitIsCompleteAndSaysSo() {
    JsonNode body = get("/api/search?q=embassy&size=2");
    assertEquals(false, body.get("partial").asBoolean());
    assertEquals("{\"value\":4,\"exact\":true,\"stories\":4}", body.get("total").toString());
  }
}
