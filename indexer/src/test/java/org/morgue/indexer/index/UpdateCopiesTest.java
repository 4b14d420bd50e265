package org.morgue.indexer.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.morgue.indexer.copies.CopyInfo;
import org.morgue.indexer.entity.EntityExtractor;
import org.morgue.indexer.story.PubDate;
import org.morgue.indexer.story.Story;

/** Copy groups stay right when an update adds, replaces and deletes stories, on real indexes. */
class UpdateCopiesTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-02-01T08:00:00Z"), ZoneOffset.UTC);
  /** Sixty distinct words: 58 three-word shingles. */
  private static final String BASE = words("w", 60);
  /** BASE and six more words: 64 shingles, 58 shared with BASE (similarity 58/64). */
  private static final String REVISED = BASE + " x1 x2 x3 x4 x5 x6";

  private static final String OTHER = words("u", 60);

  @TempDir
  Path dir;

  private final Schema schema = new Schema();
  private int builds;

  private static String words(String prefix, int n) {
    return IntStream.rangeClosed(1, n).mapToObj(i -> prefix + i).collect(Collectors.joining(" "));
  }

  private static Story story(String id, String body, int day) {
    return Stories.dated(
        id, "Title " + id, body, PubDate.day(2020, 1, day), "Source " + id, List.of("tag-" + id));
  }

  /** Group "early": early (lead), late (58/64) and copy (identical to early); "other" alone. */
  @BeforeEach
  void rebuild() throws IOException {
    new IndexBuilder(schema, EntityExtractor.NONE, new IndexBuilder.Options(2, 2, 16), CLOCK)
        .rebuild(
            new IndexLayout(dir),
            ListSource.of(
                story("late", REVISED, 3),
                story("early", BASE, 2),
                story("copy", BASE, 4),
                story("other", OTHER, 1)),
            new IndexProgress());
  }

  private UpdateReport update(List<String> deletes, Story... stories) throws IOException {
    Clock later = Clock.offset(CLOCK, Duration.ofMinutes(++builds));
    return new IndexUpdater(schema, EntityExtractor.NONE, new IndexBuilder.Options(2, 2, 16), later)
        .update(new IndexLayout(dir), ListSource.of(stories), deletes, new IndexProgress());
  }

  /** id → copy fields of every live story of the served build. */
  private Map<String, CopyInfo> groups() throws IOException {
    return stored().entrySet().stream()
        .collect(Collectors.toMap(
            Map.Entry::getKey, e -> schema.copyOf(e.getValue()), (a, b) -> a, TreeMap::new));
  }

  private Map<String, Document> stored() throws IOException {
    Map<String, Document> out = new TreeMap<>();
    try (DirectoryReader reader = DirectoryReader.open(
        FSDirectory.open(new IndexLayout(dir).currentBuild().orElseThrow()))) {
      for (LeafReaderContext leaf : reader.leaves()) {
        Bits live = leaf.reader().getLiveDocs();
        for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
          if (live == null || live.get(doc)) {
            Document d = leaf.reader().storedFields().document(doc);
            out.put(d.get(Schema.ID), d);
          }
        }
      }
    }
    return out;
  }

  private long count(String field, String value) throws IOException {
    try (DirectoryReader reader = DirectoryReader.open(
        FSDirectory.open(new IndexLayout(dir).currentBuild().orElseThrow()))) {
      return new IndexSearcher(reader).count(new TermQuery(new Term(field, value)));
    }
  }

  private static Map<String, CopyInfo> expect(Object... idsAndInfos) {
    Map<String, CopyInfo> out = new LinkedHashMap<>();
    for (int i = 0; i < idsAndInfos.length; i += 2) {
      out.put((String) idsAndInfos[i], (CopyInfo) idsAndInfos[i + 1]);
    }
    return new TreeMap<>(out);
  }

  @Test
  void theRebuildGroupsTheThreeCopies() throws IOException {
    assertEquals(
        expect(
            "early",
            new CopyInfo("early", true, 1f, 3),
            "late",
            new CopyInfo("early", false, 58f / 64, 3),
            "copy",
            new CopyInfo("early", false, 1f, 3),
            "other",
            CopyInfo.single("other")),
        groups());
  }

  @Test
  void anAddedCopyJoinsItsGroupAndNewCopiesOfEachOtherFormAGroup() throws IOException {
    String fresh = words("v", 40);
    UpdateReport report = update(
        List.of(),
        story("added", BASE + " x1 x2 x3", 5),
        story("first", BASE, 1),
        story("v-late", fresh, 9),
        story("v-early", fresh, 8),
        story("alone", words("z", 30), 7));

    assertEquals(5, report.added());
    // The group keeps its lead though "first" is dated earlier: a group's id stays stable until a
    // rebuild.
    assertEquals(
        expect(
            "early",
            new CopyInfo("early", true, 1f, 5),
            "late",
            new CopyInfo("early", false, 58f / 64, 5),
            "copy",
            new CopyInfo("early", false, 1f, 5),
            "added",
            new CopyInfo("early", false, 58f / 61, 5),
            "first",
            new CopyInfo("early", false, 1f, 5),
            "other",
            CopyInfo.single("other"),
            "v-early",
            new CopyInfo("v-early", true, 1f, 2),
            "v-late",
            new CopyInfo("v-early", false, 1f, 2),
            "alone",
            CopyInfo.single("alone")),
        groups());
    assertEquals(5, count(Schema.COPY_GROUP, "early"));
    assertEquals(4, count(Schema.COPY_LEAD, Schema.COPY_LEAD_VALUE));
  }

  @Test
  void aReplacedStoryLeavesItsGroupAndJoinsTheOneItsNewTextBelongsTo() throws IOException {
    UpdateReport report = update(List.of(), story("copy", OTHER + " y1 y2", 4));

    assertEquals(1, report.replaced());
    assertEquals(
        expect(
            "early",
            new CopyInfo("early", true, 1f, 2),
            "late",
            new CopyInfo("early", false, 58f / 64, 2),
            "other",
            new CopyInfo("other", true, 1f, 2),
            "copy",
            new CopyInfo("other", false, 58f / 60, 2)),
        groups());
  }

  @Test
  void deletingAMemberLowersTheOthersVersions() throws IOException {
    update(List.of("copy"));

    assertEquals(
        expect(
            "early",
            new CopyInfo("early", true, 1f, 2),
            "late",
            new CopyInfo("early", false, 58f / 64, 2),
            "other",
            CopyInfo.single("other")),
        groups());
  }

  @Test
  void deletingTheLeadElectsTheEarliestAndRecomputesSimilarityToIt() throws IOException {
    update(List.of("early"));

    // late (day 3) is earlier than copy (day 4): it leads, and copy's similarity is now to late.
    assertEquals(
        expect(
            "late",
            new CopyInfo("late", true, 1f, 2),
            "copy",
            new CopyInfo("late", false, 58f / 64, 2),
            "other",
            CopyInfo.single("other")),
        groups());
    assertEquals(0, count(Schema.COPY_GROUP, "early"));
    assertEquals(2, count(Schema.COPY_GROUP, "late"));
  }

  @Test
  void replacingTheLeadWithAnotherStoryReElects() throws IOException {
    update(List.of(), story("early", words("q", 50), 2));

    assertEquals(
        expect(
            "late",
            new CopyInfo("late", true, 1f, 2),
            "copy",
            new CopyInfo("late", false, 58f / 64, 2),
            "early",
            CopyInfo.single("early"),
            "other",
            CopyInfo.single("other")),
        groups());
  }

  @Test
  void aRewrittenStoryKeepsEveryStoredFieldAndItsFacets() throws IOException {
    Map<String, Document> before = stored();

    update(List.of("early"));

    Map<String, Document> after = stored();
    for (String id : List.of("late", "copy")) {
      assertEquals(schema.fromDocument(before.get(id)), schema.fromDocument(after.get(id)), id);
    }
    // The indexed-only fields are rebuilt from the stored ones: copy's day is found by the date
    // points.
    try (DirectoryReader reader = DirectoryReader.open(
        FSDirectory.open(new IndexLayout(dir).currentBuild().orElseThrow()))) {
      IndexSearcher searcher = new IndexSearcher(reader);
      int hit = searcher.search(
              LongField.newExactQuery(Schema.PUBLISHED, Schema.epochDay(LocalDate.of(2020, 1, 4))),
              1)
          .scoreDocs[0]
          .doc;
      assertEquals("copy", searcher.storedFields().document(hit).get(Schema.ID));
    }
  }

  @Test
  void deletingAllButOneLeavesAStoryOfItsOwn() throws IOException {
    update(List.of("early", "copy"));

    assertEquals(
        expect("late", CopyInfo.single("late"), "other", CopyInfo.single("other")), groups());
  }
}
