package org.morgue.server.saved;

import java.nio.file.Path;

/** The state file failed under us (disk full, damaged file): the server's fault, not the request's. */
public final class StateFileException extends RuntimeException {

  StateFileException(Path file, java.sql.SQLException cause) {
    super("the state file " + file + " failed: " + cause.getMessage(), cause);
  }
}
