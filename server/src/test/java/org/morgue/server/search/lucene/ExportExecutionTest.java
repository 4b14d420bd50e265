package org.morgue.server.search.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.morgue.indexer.index.IndexLayout;
import org.morgue.indexer.index.Schema;
import org.morgue.server.search.SearchRequest;
import org.morgue.server.search.SortOrder;
import org.morgue.server.search.StoryRow;
import org.morgue.server.testing.TestArchive;

/** Export batches on the multi-segment test archive, with batches small enough to cross their edges. */
class ExportExecutionTest {

  @TempDir
  static Path dir;

  static ArchiveSearcherManager searchers;
  static final Schema SCHEMA = new Schema();

  @BeforeAll
  static void build() throws Exception {
    TestArchive.build(dir, TestArchive.STORIES);
    assertTrue(TestArchive.segments(dir) > 1, "batches must cross segment edges too");
    searchers = new ArchiveSearcherManager(new IndexLayout(dir), SCHEMA.facetsConfig());
  }

  @AfterAll
  static void close() throws Exception {
    searchers.close();
  }

  @ParameterizedTest(name = "sort={0} batch={1}")
  @CsvSource({
    "newest,1",
    "newest,2",
    "newest,5",
    "newest,6",
    "oldest,4",
    "relevance,3",
    "relevance_recent,4"
  })
  void everyBatchSizeYieldsEveryStoryOnceInSortOrder(String sort, int batch) throws Exception {
    SortOrder order = SortOrder.parse(sort);
    List<String> expected = switch (order) {
      case NEWEST -> List.of("s6", "s3", "s1", "s2", "s4", "s5");
      case OLDEST -> List.of("s4", "s2", "s1", "s3", "s6", "s5");
      case RELEVANCE -> List.of("s1", "s2", "s3", "s4", "s5", "s6");
      // every story scores 1 without a query: the blend alone orders them, undated last
      case RELEVANCE_RECENT -> List.of("s6", "s3", "s1", "s2", "s4", "s5");
    };
    ArchiveSearcher searcher = searchers.acquire();
    try {
      List<String> ids = new ArrayList<>();
      SearchRequest all = SearchRequest.all(order);
      long written = new ExportExecution(SCHEMA, searcher, searcher.labels(), batch)
          .run(
              all,
              new MatchAllDocsQuery(),
              Long.MAX_VALUE,
              (StoryRow row) -> ids.add(row.id()),
              Duration.ofMinutes(1));
      assertEquals(expected, ids);
      assertEquals(6, written);
    } finally {
      searchers.release(searcher);
    }
  }

  @ParameterizedTest(name = "cap={0} batch={1}")
  @CsvSource({"1,2", "4,3", "4,4", "5,2", "6,6", "7,2"})
  void theCapCutsTheExportAfterItsFirstRowsAndBeginHearsTheTotal(long cap, int batch)
      throws Exception {
    List<String> newest = List.of("s6", "s3", "s1", "s2", "s4", "s5");
    ArchiveSearcher searcher = searchers.acquire();
    try {
      List<String> ids = new ArrayList<>();
      long[] begun = new long[2];
      SearchRequest all = SearchRequest.all(SortOrder.NEWEST);
      long written = new ExportExecution(SCHEMA, searcher, searcher.labels(), batch)
          .run(
              all,
              new MatchAllDocsQuery(),
              cap,
              new StoryRow.Sink() {
                @Override
                public void accept(StoryRow row) {
                  ids.add(row.id());
                }

                @Override
                public void begin(long total, long given) {
                  begun[0] = total;
                  begun[1] = given;
                }
              },
              Duration.ofMinutes(1));
      int expected = (int) Math.min(cap, 6);
      assertEquals(newest.subList(0, expected), ids);
      assertEquals(expected, written);
      assertEquals(6, begun[0]);
      assertEquals(cap, begun[1]);
    } finally {
      searchers.release(searcher);
    }
  }
}
