package org.morgue.server.saved;

import java.nio.file.Path;

/** Another server holds the state file: two writers would not corrupt SQLite, but both would run alerts. */
public final class StateLockedException extends java.io.IOException {

  public StateLockedException(Path file) {
    super("another Morgue server is using the state file " + file
        + "; stop it first, or serve a different index folder");
  }
}
