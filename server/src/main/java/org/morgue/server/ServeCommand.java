package org.morgue.server;

import io.javalin.Javalin;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import org.morgue.indexer.index.IndexLayout;
import org.morgue.server.access.AccessFileException;
import org.morgue.server.access.AccessPolicy;
import org.morgue.server.http.Guard;
import org.morgue.server.http.MorgueApp;
import org.morgue.server.search.lucene.LuceneSearchService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code morgue serve --index DIR [--port 7070] [--host 127.0.0.1]}: serves an index folder's
 * published build over HTTP and follows new builds as they are published.
 */
public final class ServeCommand {

  private static final Logger LOG = LoggerFactory.getLogger(ServeCommand.class);

  public static final int EXIT_OK = 0;
  /** The index exists but cannot be read, or the port cannot be bound. */
  public static final int EXIT_CANNOT_START = 1;
  public static final int EXIT_USAGE = 2;

  static final String USAGE = """
      usage: morgue serve --index DIR [--port PORT] [--host HOST] [--auth FILE]
                          [--export-cap N] [--query-time-limit MS]

        --index DIR   index folder written by 'morgue index' (required); it may still be empty:
                      the server starts and picks up the first build when it is published
        --port PORT   TCP port (default %d)
        --host HOST   interface to listen on (default %s, this machine only;
                      use 0.0.0.0 to let other machines reach the archive)
        --auth FILE   require a token or user for the API and the page alike; FILE lists
                      'user NAME HASH' and 'token NAME sha256:HEX' lines (see 'morgue auth --help')
        --export-cap N          most stories one export writes (default %d); the response
                                headers X-Morgue-Total and X-Morgue-Truncated say when it cut
        --query-time-limit MS   a search collecting longer answers with what it has so far,
                                flagged "partial": true (default %d)
        --help        this text

      Exit codes: 0 served and stopped, 1 cannot start (unreadable index, port in use), 2 bad arguments.
      """.formatted(ServerConfig.DEFAULT_PORT, ServerConfig.DEFAULT_HOST, ServerConfig.DEFAULT_EXPORT_CAP,
          ServerConfig.DEFAULT_QUERY_TIME_LIMIT.toMillis());

  private ServeCommand() {}

  public static void main(String[] args) {
    int code = run(args, System.out, System.err);
    if (code != EXIT_OK) {
      System.exit(code);
    }
  }

  /** Starts the server and returns once it listens; it stops with the JVM. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    ServerConfig config;
    try {
      if (args.length == 1 && (args[0].equals("--help") || args[0].equals("-h"))) {
        out.print(USAGE);
        return EXIT_OK;
      }
      config = parse(args);
    } catch (IllegalArgumentException e) {
      err.println("morgue serve: " + e.getMessage());
      err.println("run 'morgue serve --help' for usage");
      return EXIT_USAGE;
    }
    try {
      Running running = start(config, out);
      Runtime.getRuntime().addShutdownHook(new Thread(running::close, "morgue-shutdown"));
      return EXIT_OK;
    } catch (IOException | RuntimeException e) {
      err.println("morgue serve: cannot start: " + e.getMessage());
      return EXIT_CANNOT_START;
    }
  }

  /** Parses the arguments into a validated configuration. */
  static ServerConfig parse(String[] args) {
    Path index = null;
    String host = ServerConfig.DEFAULT_HOST;
    int port = ServerConfig.DEFAULT_PORT;
    Path auth = null;
    long exportCap = ServerConfig.DEFAULT_EXPORT_CAP;
    Duration timeLimit = ServerConfig.DEFAULT_QUERY_TIME_LIMIT;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      switch (arg) {
        case "--index" -> index = Path.of(value(args, ++i, arg));
        case "--host" -> host = value(args, ++i, arg);
        case "--port" -> port = port(value(args, ++i, arg));
        case "--auth" -> auth = Path.of(value(args, ++i, arg));
        case "--export-cap" -> exportCap = positive(arg, value(args, ++i, arg));
        case "--query-time-limit" -> timeLimit = Duration.ofMillis(positive(arg, value(args, ++i, arg)));
        case "--help", "-h" -> throw new IllegalArgumentException("--help cannot be combined with other arguments");
        default -> throw new IllegalArgumentException("unknown argument '" + arg + "'");
      }
    }
    if (index == null) {
      throw new IllegalArgumentException("--index DIR is required");
    }
    return new ServerConfig(index, host, port, ServerConfig.DEFAULT_REOPEN_INTERVAL, exportCap, timeLimit,
        java.util.Optional.ofNullable(auth));
  }

  private static long positive(String option, String text) {
    try {
      long value = Long.parseLong(text);
      if (value < 1) {
        throw new IllegalArgumentException(option + " must be at least 1, was " + text);
      }
      return value;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(option + " must be a number, was '" + text + "'");
    }
  }

  private static String value(String[] args, int i, String option) {
    if (i >= args.length || args[i].startsWith("--")) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return args[i];
  }

  private static int port(String text) {
    try {
      int port = Integer.parseInt(text);
      if (port < 0 || port > 65_535) {
        throw new IllegalArgumentException("--port must be between 0 and 65535, was " + text);
      }
      return port;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("--port must be a number, was '" + text + "'");
    }
  }

  /** Opens the index and starts listening; prints the URL. */
  static Running start(ServerConfig config, PrintStream out) throws IOException {
    LOG.info("starting with {}", config);
    Guard guard = Guard.of(accessPolicy(config));
    LuceneSearchService search = LuceneSearchService.open(new IndexLayout(config.index()), config.reopenInterval(),
        config.queryTimeLimit());
    try {
      Javalin app = MorgueApp.create(search, config, guard).start(config.host(), config.port());
      String host = config.host().contains(":") ? "[" + config.host() + "]" : config.host();
      String url = String.format(Locale.ROOT, "http://%s:%d/", host, app.port());
      out.println("Morgue is serving " + config.index() + " at " + url);
      out.flush();
      return new Running(app, search, url);
    } catch (RuntimeException e) {
      search.close();
      throw e;
    }
  }

  /** The access file's policy; serving beyond loopback without one is allowed but warned about. */
  static AccessPolicy accessPolicy(ServerConfig config) throws IOException {
    if (config.auth().isEmpty()) {
      if (!isLoopback(config.host())) {
        LOG.warn("listening on {} without --auth: anyone who reaches this port can read the archive", config.host());
      }
      return AccessPolicy.OPEN;
    }
    try {
      AccessPolicy policy = AccessPolicy.load(config.auth().get());
      LOG.info("access control on: {} (users: {}, tokens: {})", config.auth().get(), policy.hasUsers(), policy.hasTokens());
      return policy;
    } catch (AccessFileException e) {
      throw new IOException(e.getMessage(), e);
    }
  }

  private static boolean isLoopback(String host) {
    return host.equals("localhost") || host.startsWith("127.") || host.equals("::1") || host.equals("[::1]");
  }

  /** A started server; closing stops it and releases the index. */
  record Running(Javalin app, LuceneSearchService search, String url) implements AutoCloseable {
    @Override
    public void close() {
      app.stop();
      search.close();
    }
  }
}
