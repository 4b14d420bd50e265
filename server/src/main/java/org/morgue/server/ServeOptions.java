package org.morgue.server;

import java.nio.file.Path;
import org.morgue.indexer.cli.CommandLines;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;

/**
 * The options of {@code morgue serve} as picocli reads them; {@link ServeCommand#parse} turns them into a
 * {@link ServerConfig}. The annotations are the help text.
 */
@Command(
    name = "morgue serve",
    sortOptions = false,
    synopsisHeading = "",
    customSynopsis = {
      "usage: morgue serve --index DIR [--port PORT] [--host HOST] [--auth FILE]",
      "                    [--export-cap N] [--query-time-limit MS]",
      ""
    },
    description =
        "Serves an index folder's published build (search API and page) and follows new builds as they are published.",
    optionListHeading = "%nOptions:%n",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:served and stopped",
      "1:cannot start (unreadable index, port in use)",
      "2:bad arguments"
    })
final class ServeOptions {

  @Option(
      names = "--index",
      paramLabel = "DIR",
      description =
          "index folder written by 'morgue index' (required); it may still be empty: the server "
              + "starts and picks up the first build when it is published")
  Path index;

  @Option(
      names = "--port",
      paramLabel = "PORT",
      converter = Port.class,
      defaultValue = "" + ServerConfig.DEFAULT_PORT,
      description = "TCP port (default ${DEFAULT-VALUE})")
  int port;

  @Option(
      names = "--host",
      paramLabel = "HOST",
      defaultValue = ServerConfig.DEFAULT_HOST,
      description =
          "interface to listen on (default ${DEFAULT-VALUE}, this machine only; use 0.0.0.0 to let "
              + "other machines reach the archive)")
  String host;

  @Option(
      names = "--auth",
      paramLabel = "FILE",
      description =
          "require a token or user for the API and the page alike; FILE lists 'user NAME HASH' and "
              + "'token NAME sha256:HEX' lines (see 'morgue auth --help')")
  Path auth;

  @Option(
      names = "--export-cap",
      paramLabel = "N",
      converter = ExportCap.class,
      defaultValue = "" + ServerConfig.DEFAULT_EXPORT_CAP,
      description =
          "most stories one export writes (default ${DEFAULT-VALUE}); the response headers X-Morgue-"
              + "Total and X-Morgue-Truncated say when it cut")
  long exportCap;

  @Option(
      names = "--query-time-limit",
      paramLabel = "MS",
      converter = TimeLimit.class,
      defaultValue = "" + ServerConfig.DEFAULT_QUERY_TIME_LIMIT_MS,
      description =
          "a search collecting longer answers with what it has so far, flagged \"partial\": true "
              + "(default ${DEFAULT-VALUE})")
  long queryTimeLimitMs;

  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "this text")
  boolean help;

  /** A TCP port number. */
  static final class Port implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String text) {
      int port = (int) number("--port", text);
      if (port < 0 || port > 65_535) {
        throw CommandLines.refuse("--port must be between 0 and 65535, was " + text);
      }
      return port;
    }
  }

  /** The export cap, at least 1. */
  static final class ExportCap implements ITypeConverter<Long> {
    @Override
    public Long convert(String text) {
      return positive("--export-cap", text);
    }
  }

  /** The query time limit in milliseconds, at least 1. */
  static final class TimeLimit implements ITypeConverter<Long> {
    @Override
    public Long convert(String text) {
      return positive("--query-time-limit", text);
    }
  }

  private static long positive(String option, String text) {
    long value = number(option, text);
    if (value < 1) {
      throw CommandLines.refuse(option + " must be at least 1, was " + text);
    }
    return value;
  }

  private static long number(String option, String text) {
    try {
      return Long.parseLong(text);
    } catch (NumberFormatException e) {
      throw CommandLines.refuse(option + " must be a number, was '" + text + "'");
    }
  }
}
