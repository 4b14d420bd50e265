package org.morgue.indexer.read;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the project's {@code testdata/} folder: Maven runs tests from the module, {@code indexer/}. */
public final class TestData {

  private TestData() {}

  public static Path root() {
    Path root = Path.of("..", "testdata");
    if (!Files.isDirectory(root)) {
      throw new IllegalStateException("testdata not found at " + root.toAbsolutePath()
          + "; run the tests from the indexer module");
    }
    return root;
  }

  public static Path file(String relative) {
    return root().resolve(relative);
  }
}
