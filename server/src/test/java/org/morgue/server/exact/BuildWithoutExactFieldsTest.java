package org.morgue.server.exact;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.testtools.JavalinTest;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.morgue.indexer.cli.ExitCode;
import org.morgue.indexer.cli.IndexCommand;
import org.morgue.indexer.index.IndexLayout;
import org.morgue.server.ServerConfig;
import org.morgue.server.http.MorgueApp;
import org.morgue.server.search.lucene.LuceneSearchService;

/** {@code morgue index --no-exact}: folded search as usual, and an exact query told why it cannot run. */
class BuildWithoutExactFieldsTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String NO_EXACT =
      "{\"error\":{\"code\":\"invalid_query\",\"message\":\"this archive was built "
          + "without the exact title and body fields, so exact: clauses and mode=exact cannot be searched; rebuild the index "
          + "with a current 'morgue index' to search the text as written\"}}";

  @TempDir
  Path dir;

  @Test
  void anExactQueryOnABuildWithoutExactFieldsIsA400NotAnEmptyResult() throws Exception {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    ExitCode code = IndexCommand.standard(Clock.systemUTC())
        .run(
            List.of(
                "--index",
                dir.toString(),
                "--no-entities",
                "--no-exact",
                Path.of("..", "testdata", "seeds").toString()),
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            false);
    assertEquals(ExitCode.OK, code, err.toString(StandardCharsets.UTF_8));
    try (LuceneSearchService service =
        LuceneSearchService.open(new IndexLayout(dir), Duration.ofMinutes(10))) {
      JavalinTest.test(MorgueApp.create(service, ServerConfig.defaults(dir)), (server, client) -> {
        var folded = client.get("/api/search?q=US");
        assertEquals(200, folded.code());
        assertEquals(
            5,
            JSON.readTree(folded.body().string()).get("total").get("value").asInt(),
            "US and U.S. fold together");
        for (String path : List.of(
            "/api/search?q=exact:US",
            "/api/search?q=US&mode=exact",
            "/api/stories/000_079d92a754481f4e/hits?q=US&mode=exact",
            "/api/export?format=csv&q=exact:US")) {
          var exact = client.get(path);
          assertEquals(400, exact.code(), path);
          assertEquals(NO_EXACT, exact.body().string(), path);
        }
      });
    }
  }
}
