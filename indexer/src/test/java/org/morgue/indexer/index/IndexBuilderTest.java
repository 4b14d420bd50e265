package org.morgue.indexer.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.morgue.indexer.index.Stories.story;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.morgue.indexer.entity.Entity;
import org.morgue.indexer.entity.EntityExtractor;
import org.morgue.indexer.entity.EntityType;
import org.morgue.indexer.entity.Span;
import org.morgue.indexer.read.Skip;
import org.morgue.indexer.read.StoryListener;

class IndexBuilderTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-02-01T08:00:00Z"), ZoneOffset.UTC);

  @TempDir
  Path dir;

  /** Tags every "Khazali" as a person, spelled two ways across stories. */
  private static final EntityExtractor KHAZALI = (title, body) -> {
    List<Entity> found = new ArrayList<>();
    int at = body.indexOf("Qais al-Khazali");
    if (at >= 0) {
      found.add(new Entity(
          EntityType.PERSON,
          "qais al khazali",
          "Qais al-Khazali",
          List.of(new Span(false, at, at + 15))));
    }
    at = body.indexOf("Qais Al-Khazali");
    if (at >= 0) {
      found.add(new Entity(
          EntityType.PERSON,
          "qais al khazali",
          "Qais Al-Khazali",
          List.of(new Span(false, at, at + 15))));
    }
    return found;
  };

  private IndexBuilder builder(EntityExtractor extractor, int maxBufferedDocs) {
    return new IndexBuilder(
        new Schema(), extractor, new IndexBuilder.Options(2, maxBufferedDocs, 16), CLOCK);
  }

  @Test
  void rebuildPublishesAllStoriesWithBuildInfoAndLabels() throws Exception {
    IndexLayout layout = new IndexLayout(dir);
    ListSource source = new ListSource(
        List.of(
            story("a", "One", "Qais al-Khazali spoke."),
            story("b", "Two", "Qais al-Khazali again."),
            story("c", "Three", "Qais Al-Khazali, spelled otherwise."),
            story("d", "Four", "Nobody named."),
            story("e", "Five", "Nothing.")),
        List.of(new Skip("in.jsonl:7", "invalid JSON")));

    IndexReport report = builder(KHAZALI, 2).rebuild(layout, source, new IndexProgress());

    assertEquals(5, report.indexed());
    assertEquals(List.of(new Skip("in.jsonl:7", "invalid JSON")), report.skipped());
    assertEquals(Map.of("test", 5L), report.perFormat());
    assertEquals(1, report.entityLabels());
    Path build = layout.currentBuild().orElseThrow();
    assertEquals(Optional.of(build), report.published());
    assertEquals(
        "Qais al-Khazali",
        EntityLabels.read(build).label("person", "qais al khazali"),
        "the display form most stories use wins");
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(build))) {
      assertEquals(5, reader.numDocs());
      // The writer flushed every 2 stories; the published build is merged into one segment.
      assertEquals(1, reader.leaves().size());
      assertEquals(
          new BuildInfo(
              Instant.parse("2026-02-01T08:00:00Z"),
              5,
              Optional.of(org.morgue.indexer.copies.CopyParams.defaults())),
          BuildInfo.fromUserData(reader.getIndexCommit().getUserData()));
      assertEquals(
          3, new IndexSearcher(reader).count(new TermQuery(new Term(Schema.PERSON, "khazali"))));
    }
  }

  @Test
  void keepingSegmentsPublishesTheSegmentsTheWriterFlushed() throws Exception {
    IndexLayout layout = new IndexLayout(dir);
    new IndexBuilder(
            new Schema(), KHAZALI, new IndexBuilder.Options(2, 2, 16).keepingSegments(), CLOCK)
        .rebuild(
            layout,
            ListSource.of(
                story("a", "One", "Qais al-Khazali spoke."),
                story("b", "Two", "Again."),
                story("c", "Three", "Qais al-Khazali again."),
                story("d", "Four", "Nobody."),
                story("e", "Five", "Nothing.")),
            new IndexProgress());

    try (DirectoryReader reader =
        DirectoryReader.open(FSDirectory.open(layout.currentBuild().orElseThrow()))) {
      assertEquals(5, reader.numDocs());
      assertEquals(3, reader.leaves().size(), "a segment per 2 stories, unmerged");
      assertEquals(
          2, new IndexSearcher(reader).count(new TermQuery(new Term(Schema.PERSON, "khazali"))));
    }
  }

  @ParameterizedTest(name = "keep budget {0} characters: {1} read(s)")
  @CsvSource({"1000000, 1", "0, 3"})
  void storiesThatFitTheBudgetAreReadOnceAndOthersAgainWithTheSameIndex(long keepChars, int reads)
      throws Exception {
    ListSource stories = ListSource.of(
        story("a", "One", "Qais al-Khazali spoke to the crowd outside the embassy on Tuesday."),
        story("b", "Two", "Qais al-Khazali spoke to the crowd outside the embassy on Tuesday."),
        story("c", "Three", "Nobody named here."));
    AtomicInteger readAll = new AtomicInteger();
    StorySource counted = new StorySource() {
      @Override
      public long totalBytes() {
        return stories.totalBytes();
      }

      @Override
      public void readAll(StoryListener listener) throws IOException {
        readAll.incrementAndGet();
        stories.readAll(listener);
      }
    };
    IndexLayout layout = new IndexLayout(dir);
    new IndexBuilder(new Schema(), KHAZALI, new IndexBuilder.Options(2, 0, 16), CLOCK, keepChars)
        .rebuild(layout, counted, new IndexProgress());

    assertEquals(
        reads,
        readAll.get(),
        "the first read, then (over budget) the copy check's and the writing pass's");
    try (DirectoryReader reader =
        DirectoryReader.open(FSDirectory.open(layout.currentBuild().orElseThrow()))) {
      IndexSearcher searcher = new IndexSearcher(reader);
      assertEquals(2, searcher.count(new TermQuery(new Term(Schema.PERSON, "khazali"))));
      assertEquals(
          2, searcher.count(new TermQuery(new Term(Schema.COPY_GROUP, "a"))), "a and b are copies");
    }
  }

  @Test
  void laterStoryWithTheSameIdReplacesTheEarlierOne() throws Exception {
    IndexLayout layout = new IndexLayout(dir);
    IndexReport report = new IndexBuilder(
            new Schema(), EntityExtractor.NONE, new IndexBuilder.Options(1, 0, 16), CLOCK)
        .rebuild(
            layout,
            ListSource.of(story("a", "First", "old"), story("a", "Second", "new")),
            new IndexProgress());

    assertEquals(1, report.duplicateIds());
    try (DirectoryReader reader =
        DirectoryReader.open(FSDirectory.open(layout.currentBuild().orElseThrow()))) {
      assertEquals(1, reader.numDocs());
      IndexSearcher searcher = new IndexSearcher(reader);
      int doc = searcher.search(new TermQuery(new Term(Schema.ID, "a")), 1).scoreDocs[0].doc;
      assertEquals("Second", searcher.storedFields().document(doc).get(Schema.TITLE));
    }
  }

  @Test
  void nothingIndexedLeavesThePreviousBuildServing() throws Exception {
    IndexLayout layout = new IndexLayout(dir);
    builder(EntityExtractor.NONE, 0)
        .rebuild(layout, ListSource.of(story("a", "A", "text")), new IndexProgress());
    Path serving = layout.currentBuild().orElseThrow();

    IndexReport report = builder(EntityExtractor.NONE, 0)
        .rebuild(
            layout,
            new ListSource(List.of(), List.of(new Skip("empty.txt", "empty file"))),
            new IndexProgress());

    assertEquals(0, report.indexed());
    assertEquals(Optional.empty(), report.published());
    assertEquals(Optional.of(serving), layout.currentBuild());
  }

  @Test
  void storyWhoseExtractionFailsIsIndexedWithoutEntities() throws Exception {
    IndexLayout layout = new IndexLayout(dir);
    EntityExtractor failing = (title, body) -> {
      throw new IllegalStateException("tagger failure");
    };
    IndexReport report = builder(failing, 0)
        .rebuild(layout, ListSource.of(story("a", "A", "text")), new IndexProgress());

    assertEquals(1, report.indexed());
    assertEquals(List.of(), report.skipped());
  }

  @Test
  void secondPassGivesABareSurnameTheFullNameOfOtherStories() throws Exception {
    EntityExtractor trump = (title, body) -> {
      String name = body.startsWith("Donald Trump") ? "Donald Trump" : "Trump";
      return List.of(new Entity(
          EntityType.PERSON,
          name.toLowerCase(java.util.Locale.ROOT),
          name,
          List.of(new Span(false, 0, name.length()))));
    };
    IndexLayout layout = new IndexLayout(dir);
    IndexReport report = builder(trump, 0)
        .rebuild(
            layout,
            ListSource.of(
                story("a", "One", "Trump spoke."),
                story("b", "Two", "Donald Trump spoke."),
                story("c", "Three", "Donald Trump again.")),
            new IndexProgress());

    assertEquals(3, report.indexed());
    assertEquals(1, report.entityLabels(), "one person, whatever the story said");
    Path build = layout.currentBuild().orElseThrow();
    assertEquals("Donald Trump", EntityLabels.read(build).label(Schema.PERSON, "donald trump"));
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(build))) {
      IndexSearcher searcher = new IndexSearcher(reader);
      assertEquals(3, searcher.count(new TermQuery(new Term(Schema.PERSON, "donald"))));
      int a = searcher.search(new TermQuery(new Term(Schema.ID, "a")), 1).scoreDocs[0].doc;
      assertEquals(
          List.of(new Entity(
              EntityType.PERSON, "donald trump", "Donald Trump", List.of(new Span(false, 0, 5)))),
          new Schema().fromDocument(reader.storedFields().document(a)).entities());
    }
  }
}
