package org.morgue.server.crash;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.morgue.server.saved.SavedSearch;
import org.morgue.server.saved.SavedSearchStore;
import org.morgue.server.testing.ChildJvm;
import org.morgue.server.testing.RawPost;

/**
 * {@code kill -9} of a real server ({@code Main serve} in a child JVM) while saved searches are being
 * written to it: every search the server acknowledged with a 201 is in the state file afterwards, the file
 * opens cleanly, and a second server started on the same index folder while the first runs is refused.
 */
class KillDuringSavedWritesTest {

  private static final Pattern URL = Pattern.compile("at http://127\\.0\\.0\\.1:(\\d+)/");
  private static final Pattern ID = Pattern.compile("^\\{\"id\":(\\d+),");

  @TempDir
  Path dir;

  @Test
  void everyAcknowledgedSearchSurvivesAKillAndASecondServerIsRefused() throws Exception {
    Path index = dir.resolve("index");
    List<Long> acknowledged = new ArrayList<>();
    try (ChildJvm server =
        ChildJvm.start("256m", "serve", "--index", index.toString(), "--port", "0")) {
      Matcher url =
          URL.matcher(server.awaitLine(l -> URL.matcher(l).find(), Duration.ofSeconds(60)));
      assertTrue(url.find());
      int port = Integer.parseInt(url.group(1));
      int refused =
          ChildJvm.run("256m", List.of(1), "serve", "--index", index.toString(), "--port", "0");
      assertEquals(1, refused);
      Thread writer = Thread.ofPlatform().start(() -> {
        for (int i = 0; i < 10_000; i++) {
          RawPost.Answer answer;
          try {
            answer = RawPost.post(
                port,
                "/api/saved",
                "application/json",
                "{\"name\":\"s" + i + "\",\"params\":\"q=w" + i + "\"}");
          } catch (RuntimeException e) {
            return; // the server is gone
          }
          Matcher id = ID.matcher(answer.body());
          if (answer.status() == 201 && id.find()) {
            synchronized (acknowledged) {
              acknowledged.add(Long.parseLong(id.group(1)));
              acknowledged.notifyAll();
            }
          }
        }
      });
      synchronized (acknowledged) {
        while (acknowledged.size() < 30 && writer.isAlive()) {
          acknowledged.wait(100);
        }
      }
      server.killHard(); // mid-stream: requests are in flight
      writer.join();
    }
    List<Long> kept;
    try (SavedSearchStore store =
        SavedSearchStore.open(SavedSearchStore.fileOf(index), Clock.systemUTC())) {
      kept = store.list("local").stream().map(SavedSearch::id).toList();
    }
    List<Long> lost = new ArrayList<>(acknowledged);
    lost.removeAll(kept);
    assertTrue(
        acknowledged.size() >= 30, "writes acknowledged before the kill: " + acknowledged.size());
    assertEquals(List.of(), lost);
  }
}
