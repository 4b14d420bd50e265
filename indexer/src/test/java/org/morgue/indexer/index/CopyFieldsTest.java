package org.morgue.indexer.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.morgue.indexer.copies.CopyInfo;
import org.morgue.indexer.copies.CopyParams;
import org.morgue.indexer.entity.EntityExtractor;
import org.morgue.indexer.story.PubDate;

/** The builder writes each story's copy group through the schema; the incremental assigner reads it back. */
class CopyFieldsTest {

  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-02-01T08:00:00Z"), ZoneOffset.UTC);
  static final String BASE =
      IntStream.rangeClosed(1, 60).mapToObj(i -> "w" + i).collect(Collectors.joining(" "));
  static final String OTHER =
      IntStream.rangeClosed(1, 60).mapToObj(i -> "u" + i).collect(Collectors.joining(" "));

  @TempDir
  Path dir;

  private IndexSearcher build(Optional<CopyParams> copies) throws Exception {
    IndexLayout layout = new IndexLayout(dir);
    new IndexBuilder(
            new Schema(), EntityExtractor.NONE, new IndexBuilder.Options(2, 2, 16, copies), CLOCK)
        .rebuild(
            layout,
            new ListSource(
                List.of(
                    Stories.dated(
                        "late",
                        "T",
                        BASE + " x1 x2 x3 x4 x5 x6",
                        PubDate.day(2020, 1, 3),
                        "AP",
                        List.of()),
                    Stories.dated(
                        "early", "T", BASE, PubDate.day(2020, 1, 2), "Reuters", List.of()),
                    Stories.dated("other", "T", OTHER, PubDate.day(2020, 1, 1), "AFP", List.of())),
                List.of()),
            new IndexProgress());
    return new IndexSearcher(
        DirectoryReader.open(FSDirectory.open(layout.currentBuild().orElseThrow())));
  }

  private static List<CopyInfo> infos(IndexSearcher searcher, String... ids) throws Exception {
    Schema schema = new Schema();
    List<CopyInfo> out = new ArrayList<>();
    for (String id : ids) {
      int doc = searcher.search(new TermQuery(new Term(Schema.ID, id)), 1).scoreDocs[0].doc;
      Document stored = searcher.storedFields().document(doc);
      out.add(schema.copyOf(stored));
    }
    return out;
  }

  @Test
  void buildWritesGroupLeadSimilarityAndVersions() throws Exception {
    IndexSearcher searcher = build(Optional.of(CopyParams.defaults()));
    assertEquals(
        List.of(
            new CopyInfo("early", false, 58f / 64, 2),
            new CopyInfo("early", true, 1f, 2),
            CopyInfo.single("other")),
        infos(searcher, "late", "early", "other"));
    assertEquals(
        2, searcher.count(new TermQuery(new Term(Schema.COPY_LEAD, Schema.COPY_LEAD_VALUE))));
    searcher.getIndexReader().close();
  }

  @Test
  void withoutGroupingEveryStoryIsItsOwnGroup() throws Exception {
    IndexSearcher searcher = build(Optional.empty());
    assertEquals(
        List.of(CopyInfo.single("late"), CopyInfo.single("early"), CopyInfo.single("other")),
        infos(searcher, "late", "early", "other"));
    searcher.getIndexReader().close();
  }
}
