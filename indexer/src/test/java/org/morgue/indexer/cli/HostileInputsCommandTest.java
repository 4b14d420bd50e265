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
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.morgue.indexer.index.IndexLayout;

/**
 * The index command's summary on inputs built to mislead it: repeated ids, files with no stories,
 * names with control characters, UTF-16 text. Real readers over files written here, real index.
 */
class HostileInputsCommandTest {

  @TempDir Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();

  private ExitCode run(String... args) {
    return IndexCommand.standard(Clock.systemUTC()).run(List.of(args),
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), false);
  }

  /** The summary with the timing and the build folder's name taken out. */
  private List<String> summary() {
    List<String> lines = new ArrayList<>(out.toString(StandardCharsets.UTF_8).lines().toList());
    lines.set(0, lines.get(0).replaceAll(" in .*", ""));
    lines.set(lines.size() - 1, lines.get(lines.size() - 1).replaceAll("builds/.*", "builds/…"));
    return lines;
  }

  private int served() throws Exception {
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(new IndexLayout(dir.resolve("idx")).currentBuild().orElseThrow()))) {
      return reader.numDocs();
    }
  }

  private static String line(String id, String title) {
    return "{\"id\":\"" + id + "\",\"title\":\"" + title + "\",\"body\":\"The harbour board met on Monday about " + title
        + ".\"}\n";
  }

  @Test
  void theSummaryCountsTheBuildsStoriesAndNamesWhereEachReplacedStoryWas() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("a.jsonl"), line("x", "first x") + line("y", "only y") + line("x", "second x"));
    Files.writeString(in.resolve("b.jsonl"), line("z", "only z") + line("x", "third x"));

    assertEquals(ExitCode.OK, run("--index", dir.resolve("idx").toString(), "--no-entities", in.toString()));

    assertEquals(List.of(
        "Indexed 3 stories",
        "  by format: jsonl 3",
        "  entities: 0 distinct",
        "  duplicate ids: 2 stories replaced by a later story with the same id",
        "    " + in.resolve("a.jsonl") + ":1: id x replaced by " + in.resolve("b.jsonl") + ":2",
        "    " + in.resolve("a.jsonl") + ":3: id x replaced by " + in.resolve("b.jsonl") + ":2",
        "  skipped: 0",
        "  index: " + dir.resolve("idx").toAbsolutePath().normalize() + "/builds/…"), summary());
    assertEquals(3, served());
  }
}
