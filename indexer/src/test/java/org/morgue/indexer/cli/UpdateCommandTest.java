package org.morgue.indexer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.morgue.indexer.cache.CountingTagger;
import org.morgue.indexer.cache.ExtractionCache;
import org.morgue.indexer.index.IndexLayout;
import org.morgue.indexer.read.TestData;

/** The cache and the update options through the command, over the real readers and testdata/. */
class UpdateCommandTest {

  @TempDir
  Path dir;

  private final CountingTagger tagger = new CountingTagger("test-tagger");
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();

  private ExitCode run(String... args) {
    out.reset();
    IndexCommand command =
        new IndexCommand(tagger::identity, () -> tagger, ReadersSource::new, Clock.systemUTC());
    return command.run(
        List.of(args),
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
        false);
  }

  private List<String> lines() {
    return out.toString(StandardCharsets.UTF_8).lines().toList();
  }

  private int served() throws IOException {
    try (DirectoryReader reader = DirectoryReader.open(
        FSDirectory.open(new IndexLayout(dir).currentBuild().orElseThrow()))) {
      return reader.numDocs();
    }
  }

  @Test
  void aSecondRebuildTakesEveryStoryFromTheCache() {
    String seeds = TestData.root().resolve("seeds").toString();
    assertEquals(ExitCode.OK, run("--index", dir.toString(), seeds));
    assertEquals(
        "  extraction cache: 0 stories from the cache, 5 tagged", lines().getLast());
    assertEquals(5, tagger.calls());
    List<String> first = lines().subList(1, 4);

    assertEquals(ExitCode.OK, run("--index", dir.toString(), seeds));

    assertEquals(5, tagger.calls());
    assertEquals(
        "  extraction cache: 5 stories from the cache, 0 tagged", lines().getLast());
    assertEquals(first, lines().subList(1, 4)); // same formats, entities and skips as when tagged
  }

  @Test
  void noCacheTagsEveryStoryAndLeavesNoCache() {
    String seeds = TestData.root().resolve("seeds").toString();
    assertEquals(ExitCode.OK, run("--index", dir.toString(), "--no-cache", seeds));
    assertEquals(ExitCode.OK, run("--index", dir.toString(), "--no-cache", seeds));
    assertEquals(10, tagger.calls());
    assertFalse(Files.exists(dir.resolve(ExtractionCache.DIR)));
  }

  @Test
  void updateAddsAndReplacesThenDeletionsRemoveWithUnknownIdsReported() throws IOException {
    Path formats = TestData.root().resolve("formats");
    assertEquals(
        ExitCode.OK,
        run("--index", dir.toString(), formats.resolve("stories.csv").toString()));
    int before = served();

    assertEquals(
        ExitCode.OK,
        run(
            "--index",
            dir.toString(),
            "--update",
            formats.resolve("stories.jsonl").toString(),
            formats.resolve("stories.csv").toString()));
    String head = lines().getFirst().replaceAll(" in \\d+\\.\\d s", "");
    int jsonl = served() - before;
    assertEquals(
        "Updated the index: " + jsonl + " added, " + before + " replaced, 0 deleted; " + served()
            + " stories",
        head);

    Path deletions = dir.resolve("withdrawn.txt");
    Files.writeString(
        deletions, "# withdrawn by legal\n\n  morgue-2020-0114-port \nno-such-story\n");
    int all = served();
    assertEquals(
        ExitCode.PARTIAL, run("--index", dir.toString(), "--deletions", deletions.toString()));
    assertEquals(all - 1, served());
    List<String> summary = lines();
    assertEquals(
        "Updated the index: 0 added, 0 replaced, 1 deleted; " + (all - 1) + " stories",
        summary.getFirst().replaceAll(" in \\d+\\.\\d s", ""));
    int unknown = summary.indexOf("  unknown ids (not in the index, nothing deleted): 1");
    assertEquals("    no-such-story", summary.get(unknown + 1));

    assertEquals(
        ExitCode.NOTHING_INDEXED, run("--index", dir.toString(), "--delete", "no-such-story"));
    assertEquals(all - 1, served());
  }

  @Test
  void aSecondIndexerOnTheSameFolderFailsFast() throws IOException {
    try (ExtractionCache held = ExtractionCache.open(dir)) {
      assertEquals(
          ExitCode.LOCKED,
          run("--index", dir.toString(), TestData.root().resolve("seeds").toString()));
    }
  }
}
