package org.morgue.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.morgue.indexer.index.IndexLayout;
import org.morgue.indexer.story.PubDate;
import org.morgue.indexer.story.Story;
import org.morgue.server.ServerConfig;
import org.morgue.server.search.lucene.LuceneSearchService;
import org.morgue.server.testing.TestArchive;

/**
 * Regular expressions and wildcards whose cost comes before matching (automaton construction, term
 * expansion) are refused with a 400 naming the term and its position, on search, export and facet values
 * alike. The archive has one story with 10,001 distinct words, one more than a query may expand to.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExpensiveQueryTest {

  private static final com.fasterxml.jackson.databind.ObjectMapper JSON =
      new com.fasterxml.jackson.databind.ObjectMapper();

  private Path dir;
  private LuceneSearchService service;

  @BeforeAll
  void build(@TempDir Path archiveDir) throws Exception {
    dir = archiveDir;
    List<Story> stories = new ArrayList<>(TestArchive.STORIES);
    String words =
        IntStream.rangeClosed(0, 10_000).mapToObj(i -> "zw" + i).collect(Collectors.joining(" "));
    stories.add(new Story(
        "w1",
        "A word list",
        words,
        Optional.of(PubDate.day(2020, 3, 1)),
        "AP",
        "Staff",
        "https://example.org/w1",
        List.of(),
        Map.of(),
        "test:w1",
        "test"));
    TestArchive.build(dir, stories);
    service = LuceneSearchService.open(new IndexLayout(dir), Duration.ofMinutes(10));
  }

  @AfterAll
  void close() {
    service.close();
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "/api/search?q=/a{1,99999}/| 0| the regular expression /a{1,99999}/ is too expensive: it needs about 99999 automaton states,"
            + " at most 256 are allowed (words are at most 255 characters; use smaller repeat counts)",
        "/api/export?format=csv&q=embassy OR /a{1,20000}/| 11| the regular expression /a{1,20000}/ is too expensive: it needs"
            + " about 20000 automaton states, at most 256 are allowed (words are at most 255 characters; use smaller repeat counts)",
        "/api/facets/place?q=title:/(a{1,30}){1,30}/| 6| the regular expression /(a{1,30}){1,30}/ is too expensive: it needs"
            + " about 900 automaton states, at most 256 are allowed (words are at most 255 characters; use smaller repeat counts)",
        "`/api/search?q=embassy /(a|b)*a(a|b){20}/`| 8| `the regular expression /(a|b)*a(a|b){20}/ is too complex to run`",
        "/api/search?q=baghdad zw*| 8| 'zw*' matches too many words: the wildcard, fuzzy and regular-expression terms of a"
            + " query may match at most 10,000 words of the archive together; make it more specific",
        "/api/export?format=jsonl&q=zw1* OR zw2* OR zw3* OR zw4* OR zw5* OR zw6* OR zw7* OR zw8* OR zw9* OR zw0*| 72| 'zw0*' matches too many words: the wildcard, fuzzy and"
            + " regular-expression terms of a query may match at most 10,000 words of the archive together; make it more specific",
        "/api/facets/person?q=body:/zw[0-9]+/| 5| '/zw[0-9]+/' matches too many words: the wildcard, fuzzy and"
            + " regular-expression terms of a query may match at most 10,000 words of the archive together; make it more specific",
      })
  void anExpensiveTermIsRefusedByNameAndPosition(String path, int position, String message) {
    JavalinTest.test(MorgueApp.create(service, ServerConfig.defaults(dir)), (server, client) -> {
      Response response = client.get(path.replace(" ", "%20")
          .replace("{", "%7B")
          .replace("}", "%7D")
          .replace("|", "%7C")
          .replace("+", "%2B"));
      assertEquals(400, response.code(), path);
      assertEquals(
          "{\"error\":{\"code\":\"invalid_query\",\"message\":" + JSON.writeValueAsString(message)
              + ",\"position\":" + position + "}}",
          response.body().string(),
          path);
    });
  }

  @Test
  void specificWildcardsAndSmallExpressionsStillSearch() {
    JavalinTest.test(MorgueApp.create(service, ServerConfig.defaults(dir)), (server, client) -> {
      for (String q :
          List.of("zw1000*", "/zw1000[0-9]?/", "/emb[a-z]{1,10}/", "embass*", "embasy~")) {
        Response response =
            client.get("/api/search?q=" + q.replace("{", "%7B").replace("}", "%7D"));
        assertEquals(200, response.code(), q);
      }
      assertEquals(
          1,
          JSON.readTree(client.get("/api/search?q=zw1000*").body().string())
              .get("total")
              .get("value")
              .asInt());
    });
  }
}
