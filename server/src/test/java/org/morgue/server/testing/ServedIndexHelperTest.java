package org.morgue.server.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.morgue.indexer.cli.ExitCode;
import org.opentest4j.AssertionFailedError;

/**
 * What {@link ServedIndexTest} gives the API tests built on it: an index built by the index command and
 * served through the real app, a GET that names the path and the body when the status is not the one
 * expected, and a build whose unexpected exit code fails with the command's own error output.
 */
class ServedIndexHelperTest extends ServedIndexTest {

  private static final Path SEEDS = Path.of("..", "testdata", "seeds");

  @Override
  protected void build(Path indexDir) {
    indexWithCommand(indexDir, ExitCode.OK, "--no-entities", "--no-events", SEEDS.toString());
  }

  @Test
  void theCommandsBuildIsServedThroughTheApp() {
    assertEquals(5, get("/api/search", 200).get("total").get("value").asInt());
  }

  @Test
  void anotherStatusFailsNamingThePathAndTheBody() {
    String path = "/api/search?size=ten";
    JsonNode error = get(path);
    AssertionFailedError failure = assertThrows(AssertionFailedError.class, () -> get(path, 200));
    assertEquals(
        path + " -> " + error + " ==> expected: <200> but was: <400>", failure.getMessage());
  }

  @Test
  void anUnexpectedExitCodeFailsWithTheCommandsErrors(@TempDir Path other) {
    Path missing = other.resolve("missing");
    AssertionFailedError failure = assertThrows(
        AssertionFailedError.class,
        () -> indexWithCommand(other.resolve("index"), ExitCode.OK, missing.toString()));
    assertTrue(failure.getMessage().contains(missing.toString()), failure.getMessage());
  }
}
