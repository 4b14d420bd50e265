package org.morgue.server;

import io.javalin.Javalin;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.morgue.indexer.cli.CommandLines;
import org.morgue.indexer.cli.SuppressForbidden;
import org.morgue.indexer.cli.UsageException;
import org.morgue.indexer.index.IndexLayout;
import org.morgue.server.access.AccessFileException;
import org.morgue.server.access.AccessPolicy;
import org.morgue.server.http.Guard;
import org.morgue.server.http.MorgueApp;
import org.morgue.server.saved.AlertWatcher;
import org.morgue.server.saved.SavedSearchStore;
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

  /** The generated help, from {@link ServeOptions}' annotations. */
  static String usage() {
    return CommandLines.usage(new ServeOptions());
  }

  private ServeCommand() {}

  @SuppressForbidden(
      reason =
          "The one place the process's standard streams are handed to the command, which writes only to the streams it is given")
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
        out.print(usage());
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

  /**
   * Parses the arguments into a validated configuration.
   *
   * @throws IllegalArgumentException naming what is wrong
   */
  static ServerConfig parse(String[] args) {
    ServeOptions o;
    try {
      o = CommandLines.parse(new ServeOptions(), List.of(args));
    } catch (UsageException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
    if (o.help) {
      throw new IllegalArgumentException("--help cannot be combined with other arguments");
    }
    if (o.index == null) {
      throw new IllegalArgumentException("--index DIR is required");
    }
    return new ServerConfig(
        o.index,
        o.host,
        o.port,
        ServerConfig.DEFAULT_REOPEN_INTERVAL,
        o.exportCap,
        Duration.ofMillis(o.queryTimeLimitMs),
        Optional.ofNullable(o.auth));
  }

  /** What serve says about a folder with no published build in it. */
  static String noBuild(Path index) {
    String where =
        Files.isDirectory(index) ? index + " has no build yet" : index + " does not exist";
    return "Note: " + where + ", so the archive is empty. Make a build with\n"
        + "  morgue index --index " + index + " PATH...\n"
        + "and this server picks it up as soon as it is published.";
  }

  /** Opens the index and starts listening; prints the URL, and a note when there is no build to serve. */
  static Running start(ServerConfig config, PrintStream out) throws IOException {
    LOG.info("starting with {}", config);
    Guard guard = Guard.of(accessPolicy(config));
    // Looked at before opening, which may create the folder.
    String note =
        new IndexLayout(config.index()).currentBuild().isEmpty() ? noBuild(config.index()) : null;
    // The state file first: a second server on this index folder is refused before it opens
    // anything else.
    SavedSearchStore saved =
        SavedSearchStore.open(SavedSearchStore.fileOf(config.index()), Clock.systemUTC());
    LuceneSearchService search;
    try {
      search = LuceneSearchService.open(
          new IndexLayout(config.index()), config.reopenInterval(), config.queryTimeLimit());
    } catch (IOException | RuntimeException e) {
      saved.close();
      throw e;
    }
    AlertWatcher alerts = new AlertWatcher(saved, search, MorgueApp::savedSearch);
    try {
      Javalin app = MorgueApp.create(search, config, guard, Optional.of(saved))
          .start(config.host(), config.port());
      alerts.start(config.reopenInterval());
      String host = config.host().contains(":") ? "[" + config.host() + "]" : config.host();
      String url = String.format(Locale.ROOT, "http://%s:%d/", host, app.port());
      out.println("Morgue is serving " + config.index() + " at " + url);
      if (note != null) {
        // It still serves (and takes the first build when one is published), but a typo in --index
        // must not look like an empty archive.
        out.println(note);
      }
      out.flush();
      return new Running(app, search, url, saved, alerts);
    } catch (RuntimeException e) {
      alerts.close();
      search.close();
      saved.close();
      throw e;
    }
  }

  /** The access file's policy; serving beyond loopback without one is allowed but warned about. */
  static AccessPolicy accessPolicy(ServerConfig config) throws IOException {
    if (config.auth().isEmpty()) {
      if (!isLoopback(config.host())) {
        LOG.warn(
            "listening on {} without --auth: anyone who reaches this port can read the archive",
            config.host());
      }
      return AccessPolicy.OPEN;
    }
    try {
      AccessPolicy policy = AccessPolicy.load(config.auth().get());
      LOG.info(
          "access control on: {} (users: {}, tokens: {})",
          config.auth().get(),
          policy.hasUsers(),
          policy.hasTokens());
      return policy;
    } catch (AccessFileException e) {
      throw new IOException(e.getMessage(), e);
    }
  }

  private static boolean isLoopback(String host) {
    return host.equals("localhost")
        || host.startsWith("127.")
        || host.equals("::1")
        || host.equals("[::1]");
  }

  /** A started server; closing stops it and releases the index. */
  record Running(
      Javalin app,
      LuceneSearchService search,
      String url,
      SavedSearchStore saved,
      AlertWatcher alerts)
      implements AutoCloseable {
    @Override
    public void close() {
      app.stop();
      alerts.close();
      search.close();
      saved.close();
    }
  }
}
