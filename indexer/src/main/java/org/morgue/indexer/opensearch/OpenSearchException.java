package org.morgue.indexer.opensearch;

/** The cluster answered a request with an error status other than "unavailable": a bug or a refused request. */
public final class OpenSearchException extends RuntimeException {

  private final int status;

  public OpenSearchException(int status, String message) {
    super(message);
    this.status = status;
  }

  /** The HTTP status the cluster answered with. */
  public int status() {
    return status;
  }
}
