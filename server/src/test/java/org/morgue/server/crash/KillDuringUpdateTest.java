package org.morgue.server.crash;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.morgue.indexer.index.IndexLayout;
import org.morgue.indexer.index.Schema;
import org.morgue.server.testing.ChildJvm;
import org.morgue.server.testing.StoryFiles;
import org.morgue.server.testing.StoryFiles.Line;

/**
 * {@code kill -9} of a real indexer process during {@code --update} (at start-up, as soon as the new
 * build is started, mid-write and at the "publishing build" line right before the switch) and during
 * a rebuild right before its switch. The served build and its stories must be exactly as before
 * (or, for a kill that lands after the atomic switch, exactly the finished new build: never a mix),
 * and a rerun must complete the job and leave only the served build and its predecessor.
 */
class KillDuringUpdateTest {

  private static final int BASE = 50;
  private static final int ADDED = 2000;
  private static final int REPLACED = 20;
  private static final int DELETED = 10;

  @TempDir
  Path dir;

  private final Schema schema = new Schema();

  private static Line story(String id, String text, int repeat) {
    return new Line(
        id, "Story " + id, (text + " ").repeat(repeat).strip(), "Wire", List.of("archive"));
  }

  private static String[] index(Path idx, String... rest) {
    List<String> args = new ArrayList<>(List.of(
        "index", "--no-entities", "--no-progress", "--threads", "1", "--index", idx.toString()));
    args.addAll(List.of(rest));
    return args.toArray(String[]::new);
  }

  /** The update's arguments: the changed file plus the deleted ids base-41 … base-50. */
  private String[] updateArgs(Path idx, Path changes) {
    List<String> rest = new ArrayList<>(List.of("--update", changes.toString(), "--delete"));
    IntStream.rangeClosed(BASE - DELETED + 1, BASE).forEach(i -> rest.add("base-" + i));
    return index(idx, rest.toArray(String[]::new));
  }

  /** The served build's live story count and the body of one story (empty when it is not there). */
  private record Served(Path build, int stories, Optional<String> body) {}

  private Served served(IndexLayout layout, String id) throws IOException {
    Path build = layout.currentBuild().orElseThrow();
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(build))) {
      IndexSearcher searcher = new IndexSearcher(reader);
      TopDocs hits = searcher.search(new TermQuery(new Term(Schema.ID, id)), 2);
      Optional<String> body = hits.scoreDocs.length == 0
          ? Optional.empty()
          : Optional.of(schema
              .fromDocument(searcher.storedFields().document(hits.scoreDocs[0].doc))
              .story()
              .body());
      return new Served(build, reader.numDocs(), body);
    }
  }

  private static List<String> builds(Path idx) throws IOException {
    try (Stream<Path> list = Files.list(idx.resolve(IndexLayout.BUILDS))) {
      return list.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  private static void killAt(ChildJvm child, String marker, long extraMillis)
      throws InterruptedException {
    if (marker != null) {
      child.awaitLine(line -> line.contains(marker), ChildJvm.HANG_GUARD);
    }
    Thread.sleep(extraMillis);
    child.killHard();
  }

  @Test
  void killedUpdatesLeaveTheServedBuildAndARerunCompletes() throws Exception {
    Path idx = dir.resolve("idx");
    IndexLayout layout = new IndexLayout(idx);
    List<Line> base = IntStream.rangeClosed(1, BASE)
        .mapToObj(i -> story("base-" + i, "Original text " + i + ".", 3))
        .toList();
    ChildJvm.runOk(
        "256m", index(idx, StoryFiles.write(dir.resolve("base.jsonl"), base).toString()));
    Served before = served(layout, "base-1");
    assertEquals(
        new Served(
            before.build(),
            BASE,
            Optional.of("Original text 1. Original text 1. Original text 1.")),
        before);

    List<Line> changes = new ArrayList<>();
    IntStream.rangeClosed(1, REPLACED)
        .forEach(i -> changes.add(story("base-" + i, "Revised text " + i + ".", 2)));
    IntStream.rangeClosed(1, ADDED)
        .forEach(i ->
            changes.add(story("new-" + i, "Words of new story " + i + " about the harbour.", 40)));
    Path changeFile = StoryFiles.write(dir.resolve("changes.jsonl"), changes);
    int after = BASE - DELETED + ADDED;

    Object[][] points = {{null, 300L}, {"updating build", 0L}, {"updating build", 700L}};
    for (Object[] point : points) {
      String where = point[0] + " +" + point[1] + " ms";
      ChildJvm update = ChildJvm.start("256m", updateArgs(idx, changeFile));
      killAt(update, (String) point[0], (Long) point[1]);
      assertEquals(before, served(layout, "base-1"), "after a kill at " + where);
      if (point[0] != null) {
        assertTrue(
            builds(idx).stream().anyMatch(b -> b.endsWith(".partial")),
            "the kill at " + where + " landed while the update was writing: " + builds(idx));
      }
    }

    ChildJvm update = ChildJvm.start("256m", updateArgs(idx, changeFile));
    killAt(update, "publishing build", 0);
    Served atSwitch = served(layout, "base-1");
    if (!atSwitch.build().equals(before.build())) {
      // The kill landed after the atomic switch: then the new build must be whole.
      assertEquals(
          new Served(atSwitch.build(), after, Optional.of("Revised text 1. Revised text 1.")),
          atSwitch);
    } else {
      assertEquals(before, atSwitch);
    }

    // Exit 3 when the killed run had already switched: the deleted ids are then unknown to the
    // rerun.
    int rerun = ChildJvm.run("256m", List.of(0, 3), updateArgs(idx, changeFile));
    assertEquals(atSwitch.build().equals(before.build()) ? 0 : 3, rerun);
    Served done = served(layout, "base-1");
    assertEquals(
        new Served(done.build(), after, Optional.of("Revised text 1. Revised text 1.")), done);
    assertEquals(Optional.empty(), served(layout, "base-" + BASE).body(), "deleted ids are gone");
    assertEquals(
        Optional.of("Original text 30. Original text 30. Original text 30."),
        served(layout, "base-30").body());
    List<String> left = builds(idx);
    assertFalse(left.stream().anyMatch(b -> b.endsWith(".partial")), "leftovers pruned: " + left);
    assertTrue(
        left.size() <= 2 && left.contains(done.build().getFileName().toString()), left.toString());
  }

  @Test
  void aRebuildKilledRightBeforeItsSwitchLeavesTheServedBuild() throws Exception {
    Path idx = dir.resolve("idx");
    IndexLayout layout = new IndexLayout(idx);
    List<Line> base = IntStream.rangeClosed(1, BASE)
        .mapToObj(i -> story("base-" + i, "Original text " + i + ".", 3))
        .toList();
    ChildJvm.runOk(
        "256m", index(idx, StoryFiles.write(dir.resolve("base.jsonl"), base).toString()));
    Served before = served(layout, "base-1");
    List<Line> fresh = IntStream.rangeClosed(1, 2000)
        .mapToObj(i -> story("fresh-" + i, "Fresh story " + i + ".", 20))
        .toList();
    Path freshFile = StoryFiles.write(dir.resolve("fresh.jsonl"), fresh);

    ChildJvm rebuild = ChildJvm.start("256m", index(idx, freshFile.toString()));
    killAt(rebuild, "publishing build", 0);
    Served atSwitch = served(layout, "base-1");
    if (!atSwitch.build().equals(before.build())) {
      assertEquals(
          new Served(atSwitch.build(), 2000, Optional.empty()),
          atSwitch,
          "a switched-to build is whole");
    } else {
      assertEquals(before, atSwitch);
    }

    ChildJvm.runOk("256m", index(idx, freshFile.toString()));
    Served done = served(layout, "fresh-7");
    assertEquals(
        new Served(done.build(), 2000, Optional.of(("Fresh story 7. ".repeat(20)).strip())), done);
    assertFalse(
        builds(idx).stream().anyMatch(b -> b.endsWith(".partial")), builds(idx).toString());
  }
}
