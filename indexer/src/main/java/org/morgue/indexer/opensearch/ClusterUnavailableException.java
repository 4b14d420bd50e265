package org.morgue.indexer.opensearch;

/**
 * The cluster cannot answer: nothing listens, the request timed out, or the cluster said it is not
 * ready (503, a red index). The server answers these with 503; the indexer says how to start a cluster.
 */
public final class ClusterUnavailableException extends RuntimeException {

  public ClusterUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }

  public ClusterUnavailableException(String message) {
    super(message);
  }
}
