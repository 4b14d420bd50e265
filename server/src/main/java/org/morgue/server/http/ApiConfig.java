package org.morgue.server.http;

import java.nio.file.Path;

/**
 * The settings the HTTP layer reads, declared beside it so that {@code http} does not import the
 * server's start-up package ({@code org.morgue.server}, which imports {@code http} to start the app):
 * that was a package cycle. {@code ServerConfig}, the one validated configuration record, implements it;
 * a second record would have to be kept equal to it by hand.
 */
public interface ApiConfig {

  /** Enough for any newsroom spreadsheet; a whole-archive dump is the indexer's job, not the API's. */
  long DEFAULT_EXPORT_CAP = 1_000_000;

  /** The index folder served, for the start-up log line. */
  Path index();

  /** Most stories one {@code /api/export} writes; the response headers say when it cut. */
  long exportCap();
}
