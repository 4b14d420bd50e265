package org.morgue.indexer.read;

import java.io.FileNotFoundException;
import java.nio.file.Path;

/**
 * An input named on the command line does not exist (or cannot be seen). Raised before anything is
 * read, so a typo in one path never leaves a half-built index.
 */
public final class InputNotFoundException extends FileNotFoundException {

  private final transient Path path;

  public InputNotFoundException(Path path) {
    super("input not found: " + path);
    this.path = path;
  }

  public Path path() {
    return path;
  }
}
