package org.morgue.indexer.entity;

/** The NER model could not be found or read: indexing with entities cannot start. */
public final class NerModelException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public NerModelException(String message, Throwable cause) {
    super(message, cause);
  }
}
