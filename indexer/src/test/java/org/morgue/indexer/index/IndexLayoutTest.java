package org.morgue.indexer.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexLayoutTest {

  @TempDir
  Path dir;

  private static Clock at(String instant) {
    return Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
  }

  @Test
  void emptyFolderHasNoCurrentBuild() throws Exception {
    assertEquals(Optional.empty(), new IndexLayout(dir).currentBuild());
  }

  @Test
  void publishSwitchesCurrentToTheFinishedBuild() throws Exception {
    IndexLayout layout = new IndexLayout(dir);
    Path partial = layout.newBuild(at("2026-01-21T10:15:00Z"));
    assertTrue(partial.getFileName().toString().endsWith(".partial"));
    assertEquals(Optional.empty(), layout.currentBuild(), "an unpublished build is never current");

    Path published = layout.publish(partial);

    assertEquals(Optional.of(published), layout.currentBuild());
    assertTrue(published.getFileName().toString().startsWith("20260121T101500Z-"));
    assertFalse(Files.exists(partial));
  }

  @Test
  void publishKeepsThePreviousBuildAndRemovesOlderOnesAndLeftovers() throws Exception {
    IndexLayout layout = new IndexLayout(dir);
    Path first = layout.publish(layout.newBuild(at("2026-01-01T00:00:00Z")));
    Path second = layout.publish(layout.newBuild(at("2026-01-02T00:00:00Z")));
    Path leftover =
        layout.newBuild(at("2026-01-02T12:00:00Z")); // a killed run's half-written build
    Path third = layout.publish(layout.newBuild(at("2026-01-03T00:00:00Z")));

    try (Stream<Path> builds = Files.list(dir.resolve(IndexLayout.BUILDS))) {
      assertEquals(List.of(second, third), builds.sorted().toList());
    }
    assertFalse(Files.exists(first));
    assertFalse(Files.exists(leftover));
    assertEquals(Optional.of(third), layout.currentBuild());
  }

  @Test
  void secondWriterFailsFastWithAClearMessage() throws Exception {
    IndexLayout layout = new IndexLayout(dir);
    try (IndexLayout.WriteLock held = layout.lockForWriting()) {
      IndexLockedException e = assertThrows(IndexLockedException.class, layout::lockForWriting);
      assertEquals(
          "another indexer is already writing to " + dir.toAbsolutePath().normalize() + " (lock "
              + dir.toAbsolutePath().normalize().resolve("write.lock") + "); wait for it to finish",
          e.getMessage());
    }
    try (IndexLayout.WriteLock again = layout.lockForWriting()) {
      assertTrue(
          Files.exists(dir.resolve(IndexLayout.WRITE_LOCK)),
          "the lock is free again once released");
    }
  }
}
