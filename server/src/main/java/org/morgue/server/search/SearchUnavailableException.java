package org.morgue.server.search;

/**
 * The backend cannot answer now (a cluster that is down, red or too slow): the HTTP layer answers 503
 * with the JSON error shape, so a client retries instead of reporting a server bug.
 */
public final class SearchUnavailableException extends RuntimeException {

  public SearchUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
