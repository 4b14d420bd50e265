package org.morgue.server;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.morgue.server.http.ApiConfig;
import org.morgue.server.search.lucene.LuceneSearchService;

/**
 * How the server runs, validated at start-up.
 *
 * @param index the index folder ({@code DIR} with {@code current} and {@code builds/})
 * @param host interface to listen on; loopback by default so an archive is not exposed by accident
 * @param port TCP port (0: any free port)
 * @param reopenInterval how often to check for a newly published build
 * @param exportCap most stories one {@code /api/export} writes; the response headers say when it cut
 * @param queryTimeLimit longest a search may collect hits before it answers with what it has, flagged partial
 * @param auth the access file of tokens and users ({@code --auth FILE}); empty: no access control
 */
public record ServerConfig(
    Path index,
    String host,
    int port,
    Duration reopenInterval,
    long exportCap,
    Duration queryTimeLimit,
    Optional<Path> auth)
    implements ApiConfig {

  public static final String DEFAULT_HOST = "127.0.0.1";
  public static final int DEFAULT_PORT = 7070;
  public static final Duration DEFAULT_REOPEN_INTERVAL = Duration.ofSeconds(2);
  public static final long DEFAULT_EXPORT_CAP = ApiConfig.DEFAULT_EXPORT_CAP;
  public static final long DEFAULT_QUERY_TIME_LIMIT_MS =
      LuceneSearchService.DEFAULT_QUERY_TIME_LIMIT_MS;
  public static final Duration DEFAULT_QUERY_TIME_LIMIT =
      Duration.ofMillis(DEFAULT_QUERY_TIME_LIMIT_MS);

  public ServerConfig {
    Objects.requireNonNull(index, "index");
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(reopenInterval, "reopenInterval");
    Objects.requireNonNull(auth, "auth");
    Objects.requireNonNull(queryTimeLimit, "queryTimeLimit");
    if (host.isBlank()) {
      throw new IllegalArgumentException("host must not be blank");
    }
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("port must be between 0 and 65535, was " + port);
    }
    if (reopenInterval.isNegative() || reopenInterval.isZero()) {
      throw new IllegalArgumentException("reopenInterval must be positive, was " + reopenInterval);
    }
    if (exportCap < 1) {
      throw new IllegalArgumentException("exportCap must be at least 1, was " + exportCap);
    }
    if (queryTimeLimit.isNegative() || queryTimeLimit.isZero()) {
      throw new IllegalArgumentException("queryTimeLimit must be positive, was " + queryTimeLimit);
    }
  }

  /**
   * Every default, over the given index folder, without access control. Change a value with the
   * {@code with…} methods: a new setting adds a component and one such method, not another constructor.
   */
  public static ServerConfig defaults(Path index) {
    return new ServerConfig(
        index,
        DEFAULT_HOST,
        DEFAULT_PORT,
        DEFAULT_REOPEN_INTERVAL,
        DEFAULT_EXPORT_CAP,
        DEFAULT_QUERY_TIME_LIMIT,
        Optional.empty());
  }

  public ServerConfig withHost(String value) {
    return new ServerConfig(index, value, port, reopenInterval, exportCap, queryTimeLimit, auth);
  }

  public ServerConfig withPort(int value) {
    return new ServerConfig(index, host, value, reopenInterval, exportCap, queryTimeLimit, auth);
  }

  public ServerConfig withReopenInterval(Duration value) {
    return new ServerConfig(index, host, port, value, exportCap, queryTimeLimit, auth);
  }

  public ServerConfig withExportCap(long value) {
    return new ServerConfig(index, host, port, reopenInterval, value, queryTimeLimit, auth);
  }

  public ServerConfig withQueryTimeLimit(Duration value) {
    return new ServerConfig(index, host, port, reopenInterval, exportCap, value, auth);
  }

  public ServerConfig withAuth(Optional<Path> value) {
    return new ServerConfig(index, host, port, reopenInterval, exportCap, queryTimeLimit, value);
  }
}
