package org.morgue.indexer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.morgue.indexer.index.EntityLabels;
import org.morgue.indexer.index.IndexLayout;
import org.morgue.indexer.index.Schema;
import org.morgue.indexer.read.TestData;

/** The index command end to end: real readers over testdata/, real index, exit codes and summary. */
class IndexCommandTest {

  @TempDir
  Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private ExitCode run(String... args) {
    return IndexCommand.standard(Clock.systemUTC())
        .run(
            List.of(args),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            false);
  }

  private List<String> summaryWithoutTiming() {
    List<String> lines =
        new ArrayList<>(out.toString(StandardCharsets.UTF_8).lines().toList());
    assertTrue(
        lines.get(0).matches("Indexed \\d[\\d,]* stories in \\d+\\.\\d s \\([\\d,]+ stories/s\\)"),
        lines.get(0));
    lines.set(0, lines.get(0).replaceAll(" in .*", ""));
    lines.set(lines.size() - 1, lines.get(lines.size() - 1).replaceAll("builds/.*", "builds/…"));
    return lines;
  }

  @Test
  void indexesAllOfTestdataAndListsEverySkippedInputWithItsLocation() throws Exception {
    Path root = TestData.root();
    ExitCode code = run("--index", dir.toString(), "--no-entities", root.toString());

    assertEquals(ExitCode.PARTIAL, code, err.toString(StandardCharsets.UTF_8));
    String awkward = root.resolve("awkward") + "/"; // locations name the path as given
    assertEquals(
        List.of(
            "Indexed 48 stories",
            "  by format: csv 17 html 2 jsonl 15 newsml 1 nitf 1 sgml 3 text 7 warc 2",
            "  entities: 0 distinct",
            "  skipped: 7",
            "    " + awkward
                + "bad-row.csv#record 2 (line 3): expected 3 cells as in the header, found 2",
            "    " + awkward
                + "bad-row.csv#record 3 (line 4): invalid CSV: Invalid character between encapsulated token and delimiter at line: 4, position: 191",
            "    " + awkward + "empty.txt: empty file",
            "    " + awkward
                + "malformed-line.jsonl:2: invalid JSON: Unexpected character ('b' (code 98)): was expecting comma to separate Object entries",
            "    " + awkward
                + "truncated.jsonl.gz: read failed after 2 stories: Unexpected end of ZLIB input stream",
            "    " + awkward
                + "unknown.bin: unknown format (not .txt, .jsonl, .ndjson, .csv, .sgm, .html, .nitf or .warc,"
                + " and the first bytes are not JSON, CSV, Reuters SGML, HTML, NITF, NewsML-G2 or WARC)",
            "    " + root.resolve("formats")
                + "/captures.warc.gz: 3 captures not indexed: not HTML or not a success"
                + " (HTTP 301 1, image/png 1, text/css 1)",
            "  index: " + dir.toAbsolutePath().normalize() + "/builds/…"),
        summaryWithoutTiming());
    try (DirectoryReader reader = DirectoryReader.open(
        FSDirectory.open(new IndexLayout(dir).currentBuild().orElseThrow()))) {
      assertEquals(48, reader.numDocs());
    }
  }

  @Test
  void seedsIndexCleanlyWithEntities() throws Exception {
    ExitCode code =
        run("--index", dir.toString(), TestData.root().resolve("seeds").toString());

    assertEquals(ExitCode.OK, code, err.toString(StandardCharsets.UTF_8));
    List<String> summary = summaryWithoutTiming();
    assertEquals(List.of("Indexed 5 stories", "  by format: text 5"), summary.subList(0, 2));
    assertEquals("  skipped: 0", summary.get(3));
  }

  @Test
  void aNewsroomAliasTableRenamesEntitiesWithoutRecompiling() throws Exception {
    Path table = dir.resolve("ours.tsv");
    Files.writeString(table, "Kataib Hezbollah\tHezbollah Brigades\torg\n");
    Path index = dir.resolve("index");
    ExitCode code = run(
        "--index",
        index.toString(),
        "--aliases",
        table.toString(),
        TestData.root().resolve("seeds").toString());

    assertEquals(ExitCode.OK, code, err.toString(StandardCharsets.UTF_8));
    EntityLabels labels =
        EntityLabels.read(new IndexLayout(index).currentBuild().orElseThrow());
    assertEquals("Hezbollah Brigades", labels.label(Schema.ORG, "hezbollah brigades"));
    // Place short forms ("US") come from the gazetteer, which a newsroom alias table does not
    // replace.
    assertEquals("United States", labels.label(Schema.PLACE, "united states"));
  }

  @Test
  void aMalformedAliasTableExitsWithUsageNamingTheLine() throws Exception {
    Path table = dir.resolve("bad.tsv");
    Files.writeString(table, "# ours\nUS\tUnited States\tcountry\n");
    ExitCode code = run(
        "--index",
        dir.resolve("index").toString(),
        "--aliases",
        table.toString(),
        TestData.root().resolve("seeds").toString());

    assertEquals(ExitCode.USAGE, code);
    assertEquals(
        "morgue index: " + table + ":2: type must be person, org or place, not 'country'\n",
        err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void nothingIndexableExitsWithNothingIndexedAndPublishesNothing() throws Exception {
    ExitCode code = run(
        "--index", dir.toString(), TestData.root().resolve("awkward/empty.txt").toString());

    assertEquals(ExitCode.NOTHING_INDEXED, code);
    assertEquals(Optional.empty(), new IndexLayout(dir).currentBuild());
  }

  @Test
  void badArgumentsExitWithUsageAndSayWhy() {
    assertEquals(
        ExitCode.USAGE, run("--index", dir.toString(), dir.resolve("nope.txt").toString()));
    assertEquals(
        "morgue index: input does not exist: " + dir.resolve("nope.txt")
            + "\nTry 'morgue index --help'.\n",
        err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void secondIndexerOnTheSameFolderExitsLocked() throws Exception {
    try (IndexLayout.WriteLock held = new IndexLayout(dir).lockForWriting()) {
      assertEquals(
          ExitCode.LOCKED,
          run(
              "--index",
              dir.toString(),
              "--no-entities",
              TestData.root().resolve("seeds").toString()));
    }
    assertTrue(err.toString(StandardCharsets.UTF_8)
        .startsWith("morgue index: another indexer is already writing to "));
  }

  @Test
  void helpListsTheExitCodes() {
    assertEquals(ExitCode.OK, run("--help"));
    assertTrue(out.toString(StandardCharsets.UTF_8).contains("  3   some inputs were skipped"));
  }
}
