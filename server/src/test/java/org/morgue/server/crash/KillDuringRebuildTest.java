package org.morgue.server.crash;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.morgue.indexer.index.IndexLayout;

/**
 * {@code kill -9} of a real indexer process (this test's classpath, {@code Main index}) during a
 * rebuild: at start-up, once pass 1 has ended (the "archive names" log line, so pass 2 is writing),
 * and a moment later. Each time the published build must be the one served before, with the same
 * stories, and a rerun must complete. A second indexer on a held index exits 5 at once.
 */
class KillDuringRebuildTest {

  private static final int STORIES = 4000;

  @TempDir
  Path dir;

  private Process indexer(Path index, Path input) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(
            java,
            "-Xmx512m",
            "-cp",
            System.getProperty("java.class.path"),
            "org.morgue.server.Main",
            "index",
            "--no-entities",
            "--no-progress",
            "--threads",
            "1",
            "--index",
            index.toString(),
            input.toString())
        .redirectErrorStream(true)
        .start();
  }

  private Path input(String name, int stories) throws IOException {
    Path file = dir.resolve(name);
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (int i = 1; i <= stories; i++) {
        out.write("{\"id\":\"" + name + "-" + i + "\",\"title\":\"Story " + i + "\",\"body\":\""
            + ("Words of story " + i + " about the embassy. ").repeat(40) + "\"}\n");
      }
    }
    return file;
  }

  /** Waits for a line containing the marker (or the end), then kills the process hard. */
  private static void killAt(Process p, String marker, long extraMillis) throws Exception {
    if (marker != null) {
      BufferedReader lines =
          new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
      for (String line = lines.readLine();
          line != null && !line.contains(marker);
          line = lines.readLine()) {
        // read on until the marker
      }
    }
    Thread.sleep(extraMillis);
    p.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no finally
    assertTrue(p.waitFor(20, TimeUnit.SECONDS));
  }

  private static long servedStories(IndexLayout layout) throws IOException {
    try (DirectoryReader reader =
        DirectoryReader.open(FSDirectory.open(layout.currentBuild().orElseThrow()))) {
      return reader.numDocs();
    }
  }

  @Test
  void killedRebuildsLeaveTheServedIndexAndARerunCompletes() throws Exception {
    Path index = dir.resolve("idx");
    IndexLayout layout = new IndexLayout(index);
    Process first = indexer(index, input("first", 50));
    first.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
    assertEquals(0, first.waitFor());
    Path served = layout.currentBuild().orElseThrow();
    assertEquals(50, servedStories(layout));

    Path big = input("big", STORIES);
    List<String> points = new ArrayList<>();
    for (Object[] point :
        new Object[][] {{null, 300L}, {"archive names", 0L}, {"archive names", 400L}}) {
      Process p = indexer(index, big);
      killAt(p, (String) point[0], (Long) point[1]);
      points.add(point[0] + "+" + point[1] + "ms");
      assertEquals(served, layout.currentBuild().orElseThrow(), "after kill at " + points);
      assertEquals(50, servedStories(layout), "after kill at " + points);
    }

    Process rerun = indexer(index, big);
    rerun.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
    assertEquals(0, rerun.waitFor());
    assertEquals(STORIES, servedStories(layout));
    try (var builds = Files.list(index.resolve(IndexLayout.BUILDS))) {
      assertTrue(
          builds.noneMatch(b -> b.getFileName().toString().endsWith(".partial")),
          "leftovers pruned");
    }
  }

  @Test
  void aSecondIndexerOnAHeldIndexExitsFiveAtOnce() throws Exception {
    Path index = dir.resolve("idx");
    try (IndexLayout.WriteLock held = new IndexLayout(index).lockForWriting()) {
      Process second = indexer(index, input("small", 3));
      String output = new String(second.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(second.waitFor(30, TimeUnit.SECONDS));
      assertEquals(5, second.exitValue(), output);
      assertTrue(output.contains("morgue index: "), output);
    }
  }
}
