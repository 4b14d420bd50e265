package org.morgue.indexer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.morgue.indexer.index.IndexLayout;
import org.morgue.indexer.index.Schema;
import org.morgue.indexer.story.Story;

/**
 * The index command's summary on inputs built to mislead it: repeated ids, files with no stories,
 * names with control characters, UTF-16 text. Real readers over files written here, real index.
 */
class HostileInputsCommandTest {

  @TempDir
  Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();

  private ExitCode run(String... args) {
    return IndexCommand.standard(Clock.systemUTC())
        .run(
            List.of(args),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            false);
  }

  /** The summary with the timing and the build folder's name taken out. */
  private List<String> summary() {
    List<String> lines =
        new ArrayList<>(out.toString(StandardCharsets.UTF_8).lines().toList());
    lines.set(0, lines.get(0).replaceAll(" in .*", ""));
    lines.set(lines.size() - 1, lines.get(lines.size() - 1).replaceAll("builds/.*", "builds/…"));
    return lines;
  }

  private int served() throws Exception {
    try (DirectoryReader reader = DirectoryReader.open(
        FSDirectory.open(new IndexLayout(dir.resolve("idx")).currentBuild().orElseThrow()))) {
      return reader.numDocs();
    }
  }

  private static String line(String id, String title) {
    return "{\"id\":\"" + id + "\",\"title\":\"" + title
        + "\",\"body\":\"The harbour board met on Monday about " + title + ".\"}\n";
  }

  @Test
  void theSummaryCountsTheBuildsStoriesAndNamesWhereEachReplacedStoryWas() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(
        in.resolve("a.jsonl"), line("x", "first x") + line("y", "only y") + line("x", "second x"));
    Files.writeString(in.resolve("b.jsonl"), line("z", "only z") + line("x", "third x"));

    assertEquals(
        ExitCode.OK, run("--index", dir.resolve("idx").toString(), "--no-entities", in.toString()));

    assertEquals(
        List.of(
            "Indexed 3 stories",
            "  by format: jsonl 3",
            "  entities: 0 distinct",
            "  duplicate ids: 2 stories replaced by a later story with the same id",
            "    " + in.resolve("a.jsonl") + ":1: id x replaced by " + in.resolve("b.jsonl") + ":2",
            "    " + in.resolve("a.jsonl") + ":3: id x replaced by " + in.resolve("b.jsonl") + ":2",
            "  skipped: 0",
            "  index: " + dir.resolve("idx").toAbsolutePath().normalize() + "/builds/…"),
        summary());
    assertEquals(3, served());
  }

  @Test
  void filesWithNoStoriesAndDanglingLinksAreListedAndNamesCannotForgeLines() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("a.jsonl"), line("a1", "one") + line("a2", "two"));
    Files.write(in.resolve("empty.csv"), new byte[0]);
    Files.write(in.resolve("empty.jsonl"), new byte[0]);
    Files.write(in.resolve("empty.warc"), new byte[0]);
    Files.writeString(in.resolve("header.csv"), "title,body\n");
    Files.createSymbolicLink(in.resolve("dangling.jsonl"), in.resolve("gone.jsonl"));
    // A name that, printed as it is, would add a made-up line to the summary.
    Files.writeString(in.resolve("bad\n    forged.jsonl: all is well\u202e.jsonl"), "{not json\n");

    assertEquals(
        ExitCode.PARTIAL,
        run("--index", dir.resolve("idx").toString(), "--no-entities", in.toString()));

    assertEquals(
        List.of(
            "Indexed 2 stories",
            "  by format: jsonl 2",
            "  entities: 0 distinct",
            "  skipped: 6",
            "    " + in.resolve("dangling.jsonl") + ": dangling symbolic link: its target "
                + in.resolve("gone.jsonl") + " does not exist",
            "    \"" + in
                + "/bad\\n    forged.jsonl: all is well\\u202e.jsonl:1\": invalid JSON: Unexpected character"
                + " ('n' (code 110)): was expecting double-quote to start field name",
            "    " + in.resolve("empty.csv") + ": empty file: no stories",
            "    " + in.resolve("empty.jsonl") + ": empty file: no stories",
            "    " + in.resolve("empty.warc") + ": empty file: no stories",
            "    " + in.resolve("header.csv") + ": no stories: only a header row",
            "  index: " + dir.resolve("idx").toAbsolutePath().normalize() + "/builds/…"),
        summary());
    assertEquals(2, served());
  }

  @Test
  void utf16TextFilesWithAByteOrderMarkAreRead() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    String text =
        "Harbour closes after the gale\n\nThe harbour at Ellery closed on Monday after the gale; "
            + "the café on the quay stayed open.\n";
    Files.write(in.resolve("big.txt"), (("\uFEFF" + text).getBytes(StandardCharsets.UTF_16BE)));
    Files.write(in.resolve("little.txt"), (("\uFEFF" + text).getBytes(StandardCharsets.UTF_16LE)));
    Files.write(
        in.resolve("little.jsonl"),
        ("\uFEFF" + line("j1", "café")).getBytes(StandardCharsets.UTF_16LE));

    assertEquals(
        ExitCode.OK, run("--index", dir.resolve("idx").toString(), "--no-entities", in.toString()));

    assertEquals(
        List.of("Indexed 3 stories", "  by format: jsonl 1 text 2"), summary().subList(0, 2));
    try (DirectoryReader reader = DirectoryReader.open(
        FSDirectory.open(new IndexLayout(dir.resolve("idx")).currentBuild().orElseThrow()))) {
      IndexSearcher searcher = new IndexSearcher(reader);
      Schema schema = new Schema();
      for (String id : List.of("big", "little")) {
        int doc = searcher.search(new TermQuery(new Term(Schema.ID, id)), 1).scoreDocs[0].doc;
        Story story = schema.fromDocument(searcher.storedFields().document(doc)).story();
        assertEquals("Harbour closes after the gale", story.title());
        assertEquals(
            "The harbour at Ellery closed on Monday after the gale; the café on the quay stayed open.",
            story.body());
      }
      int doc = searcher.search(new TermQuery(new Term(Schema.ID, "j1")), 1).scoreDocs[0].doc;
      assertEquals(
          "café",
          schema.fromDocument(searcher.storedFields().document(doc)).story().title());
    }
  }
}
