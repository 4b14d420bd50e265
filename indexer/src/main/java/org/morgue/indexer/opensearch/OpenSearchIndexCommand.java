package org.morgue.indexer.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.morgue.indexer.cli.ExitCode;
import org.morgue.indexer.cli.IndexCommand;
import org.morgue.indexer.index.BuildInfo;
import org.morgue.indexer.index.IndexLayout;

/**
 * {@code morgue index --backend opensearch}: the embedded index command builds the archive (the same
 * readers, cleaning, entities, archive names and copy groups), then {@link ClusterLoader} ships that
 * build into the cluster and publishes it. With {@code --index DIR} the build and the extraction cache
 * stay in DIR (a rebuild then reuses the cache); without it they live in a temporary folder.
 */
public final class OpenSearchIndexCommand {

  static final String HELP = """
      Usage: morgue index --backend opensearch [--opensearch URL[,URL…]] [--alias NAME] [--replicas N]
                          [--index DIR] [index options] PATH...

      Builds the archive exactly as 'morgue index' does, then loads it into an OpenSearch cluster: a new
      index named after the alias and the time, loaded without replicas, force-merged, given its
      replicas, and published by moving the alias in one call, so a server searching the alias never
      sees a partial build and a failed run leaves the alias where it was.

        --opensearch URL  the cluster (default http://127.0.0.1:9200; start one with ./morgue cluster start)
        --alias NAME      the alias searches use (default morgue)
        --replicas N      replicas per shard once loaded (default 1, or 0 on a one-node cluster)
        --index DIR       keep the embedded build and the extraction cache in DIR (default: a temporary folder)
      Updates (--update, --delete, --deletions) need --index DIR holding the build the alias serves: DIR's
      build is updated as 'morgue index --update' does, then the served index is cloned, the stories that
      changed are written into the clone and the deleted ones removed, and the alias moves to it in one call.
      """;
  public static final String DEFAULT_ALIAS = "morgue";
  private static final java.util.Set<String> UPDATE_OPTIONS =
      java.util.Set.of("--update", "--delete", "--deletions");

  private final IndexCommand embedded;
  private final Clock clock;

  public OpenSearchIndexCommand(IndexCommand embedded, Clock clock) {
    this.embedded = embedded;
    this.clock = clock;
  }

  /** Runs the command; never throws for bad input or an absent cluster, returns the exit code. */
  public ExitCode run(List<String> args, PrintStream out, PrintStream err, boolean tty) {
    String url = OpenSearchClient.DEFAULT_URL;
    String alias = DEFAULT_ALIAS;
    Optional<Integer> replicas = Optional.empty();
    Optional<String> index = Optional.empty();
    List<String> rest = new ArrayList<>();
    boolean updating = false;
    try {
      for (int i = 0; i < args.size(); i++) {
        String arg = args.get(i);
        switch (arg) {
          case "--backend" -> {
            String value = value(args, ++i, arg);
            if (!value.equals("opensearch")) {
              throw new IllegalArgumentException(
                  "this command indexes into opensearch, not '" + value + "'");
            }
          }
          case "--opensearch" -> url = value(args, ++i, arg);
          case "--alias" -> alias = value(args, ++i, arg);
          case "--replicas" -> replicas = Optional.of(Integer.parseInt(value(args, ++i, arg)));
          case "--index" -> index = Optional.of(value(args, ++i, arg));
          case "-h", "--help" -> {
            out.print(HELP);
            return ExitCode.OK;
          }
          default -> {
            // The embedded command parses the update's options; this one only needs to know it is
            // one.
            updating |= UPDATE_OPTIONS.contains(
                arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg);
            rest.add(arg);
          }
        }
      }
      if (updating && index.isEmpty()) {
        throw new IllegalArgumentException(
            "--update, --delete and --deletions with --backend opensearch need --index DIR, "
                + "the folder of the embedded build the alias was published from: the update changes that build, then the cluster");
      }
      if (replicas.isPresent() && replicas.get() < 0) {
        throw new IllegalArgumentException("--replicas must be 0 or more");
      }
    } catch (IllegalArgumentException e) {
      err.println("morgue index: " + e.getMessage());
      err.println("Try 'morgue index --backend opensearch --help'.");
      return ExitCode.USAGE;
    }
    OpenSearchClient client;
    ClusterLoader loader;
    int copies;
    try {
      client = new OpenSearchClient(url, OpenSearchClient.DEFAULT_TIMEOUT);
      loader = new ClusterLoader(client, alias, clock);
      // Ask the cluster first: an hour of entity extraction should not end in "connection refused".
      JsonNode health = client.get("/_cluster/health");
      copies = replicas.orElse(Math.min(1, health.path("number_of_data_nodes").asInt(1) - 1));
    } catch (IllegalArgumentException e) {
      err.println("morgue index: " + e.getMessage());
      return ExitCode.USAGE;
    } catch (ClusterUnavailableException e) {
      err.println("morgue index: " + e.getMessage());
      err.println(
          "Start a local cluster with './morgue cluster start', or give its address with --opensearch URL.");
      return ExitCode.FAILED;
    }
    Path dir = null;
    try {
      dir = index.isPresent()
          ? Path.of(index.get())
          : Files.createTempDirectory("morgue-opensearch-build");
      List<String> embeddedArgs = new ArrayList<>(List.of("--index", dir.toString()));
      embeddedArgs.addAll(rest);
      if (updating) {
        return update(
            new ClusterUpdater(loader),
            new IndexLayout(dir),
            embeddedArgs,
            copies,
            alias,
            out,
            err,
            tty);
      }
      ExitCode built = embedded.run(embeddedArgs, out, err, tty);
      if (built != ExitCode.OK && built != ExitCode.PARTIAL) {
        return built;
      }
      Path build = new IndexLayout(dir)
          .currentBuild()
          .orElseThrow(() -> new IOException("the build was not published"));
      ClusterLoader.Loaded loaded = loader.load(build, copies);
      out.printf(
          Locale.ROOT,
          "OpenSearch: %d stories published as alias '%s' (index %s, %d replica%s) at %s;"
              + " _bulk %.0f stories/s, load and publish %.1f s%n",
          loaded.stories(),
          alias,
          loaded.index(),
          copies,
          copies == 1 ? "" : "s",
          client.url(),
          perSecond(loaded.stories(), loaded.bulkTime()),
          loaded.total().toMillis() / 1000.0);
      out.flush();
      return built;
    } catch (ClusterUnavailableException | OpenSearchException e) {
      err.println("morgue index: " + e.getMessage());
      err.println("The alias '" + alias + "' (and what it serves) is unchanged.");
      return ExitCode.FAILED;
    } catch (IOException e) {
      err.println("morgue index: " + e.getMessage());
      return ExitCode.FAILED;
    } finally {
      client.close();
      if (index.isEmpty() && dir != null) {
        deleteQuietly(dir);
      }
    }
  }

  /**
   * An update: only when the folder's current build is the one the alias serves (else an update of
   * one would not be an update of the other), the embedded update of that build, then the cluster's
   * clone-apply-swap of what changed between the two builds.
   */
  private ExitCode update(
      ClusterUpdater updater,
      IndexLayout layout,
      List<String> embeddedArgs,
      int copies,
      String alias,
      PrintStream out,
      PrintStream err,
      boolean tty)
      throws IOException {
    Optional<Path> served = layout.currentBuild();
    if (served.isEmpty()) {
      err.println(
          "morgue index: " + layout.root() + " holds no build to update; build it first with "
              + "'morgue index --backend opensearch --index " + layout.root() + " PATH...'");
      return ExitCode.FAILED;
    }
    Instant local = BuildInfo.read(served.get()).builtAt();
    Optional<Instant> onCluster = updater.servedBuiltAt();
    if (!onCluster.equals(Optional.of(local))) {
      err.println("morgue index: the alias '" + alias + "' serves "
          + onCluster.map(t -> "the build of " + t).orElse("no build")
          + ", but the current build in " + layout.root() + " is of " + local + "; rebuild with "
          + "'morgue index --backend opensearch --index " + layout.root() + " PATH...' instead");
      return ExitCode.FAILED;
    }
    ExitCode built = embedded.run(embeddedArgs, out, err, tty);
    if (built != ExitCode.OK && built != ExitCode.PARTIAL) {
      return built;
    }
    Path updated =
        layout.currentBuild().orElseThrow(() -> new IOException("the update was not published"));
    ClusterUpdater.Updated done = updater.update(served.get(), updated, copies);
    out.printf(
        Locale.ROOT,
        "OpenSearch: update published as alias '%s' (index %s, cloned from the served one): "
            + "%d stories written, %d deleted, %d in all; %.1f s%n",
        alias,
        done.index(),
        done.written(),
        done.deleted(),
        done.stories(),
        done.total().toMillis() / 1000.0);
    out.flush();
    return built;
  }

  private static double perSecond(long count, Duration time) {
    return time.toNanos() == 0 ? 0 : count * 1e9 / time.toNanos();
  }

  private static String value(List<String> args, int i, String option) {
    if (i >= args.size() || args.get(i).startsWith("--")) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return args.get(i);
  }

  private static void deleteQuietly(Path dir) {
    try (var paths = Files.walk(dir)) {
      paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // A temporary folder left behind costs disk space only; the load is done.
    }
  }
}
