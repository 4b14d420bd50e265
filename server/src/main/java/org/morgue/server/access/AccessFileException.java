package org.morgue.server.access;

import java.nio.file.Path;

/** The access file cannot be read or has a bad line; the message names {@code file:line}. */
public final class AccessFileException extends Exception {
  public AccessFileException(Path file, long line, String problem) {
    super(file + (line > 0 ? ":" + line : "") + ": " + problem);
  }
}
