package org.morgue.indexer.entity;

/** The alias table cannot be read or has a malformed line; the message names the file and line. */
public final class AliasTableException extends RuntimeException {
  public AliasTableException(String message, Throwable cause) {
    super(message, cause);
  }
}
