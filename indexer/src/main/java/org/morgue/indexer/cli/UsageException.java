package org.morgue.indexer.cli;

/** The command line cannot be understood; the message says what is wrong. */
public final class UsageException extends Exception {
  private static final long serialVersionUID = 1L;

  public UsageException(String message) {
    super(message);
  }
}
