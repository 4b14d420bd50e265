package org.morgue.server;

import io.javalin.Javalin;
import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.morgue.indexer.opensearch.ClusterUnavailableException;
import org.morgue.indexer.opensearch.OpenSearchClient;
import org.morgue.indexer.opensearch.OpenSearchIndexCommand;
import org.morgue.server.http.Guard;
import org.morgue.server.http.MorgueApp;
import org.morgue.server.search.opensearch.OpenSearchSearchService;

/**
 * {@code morgue serve --backend opensearch [--opensearch URL[,URL…]] [--alias NAME]}: the same server
 * and page over the index an OpenSearch alias points to; every other option is {@code serve}'s own.
 */
final class OpenSearchServeCommand {

  static final String USAGE = """
      usage: morgue serve --backend opensearch [--opensearch URL[,URL…]] [--alias NAME] [serve options]

        --opensearch URL  the cluster's nodes, comma-separated (default http://127.0.0.1:9200); a request a
                          node cannot answer is sent to the next
        --alias NAME      the alias 'morgue index --backend opensearch' published (default morgue)
      The server looks at the alias every few seconds and switches to a new build when it moves. A cluster
      that is down or red answers 503 with a JSON error. --index is not needed (nothing is read from disk).
      """;

  private OpenSearchServeCommand() {}

  static int run(String[] args, PrintStream out, PrintStream err) {
    String url = OpenSearchClient.DEFAULT_URL;
    String alias = OpenSearchIndexCommand.DEFAULT_ALIAS;
    List<String> rest = new ArrayList<>();
    ServerConfig config;
    try {
      boolean index = false;
      for (int i = 0; i < args.length; i++) {
        switch (args[i]) {
          case "--backend" -> i++;
          case "--opensearch" -> url = value(args, ++i, "--opensearch");
          case "--alias" -> alias = value(args, ++i, "--alias");
          case "-h", "--help" -> {
            out.print(USAGE);
            return ServeCommand.EXIT_OK;
          }
          default -> {
            index |= args[i].equals("--index");
            rest.add(args[i]);
          }
        }
      }
      if (!index) {
        // Nothing is read from this folder; the configuration record names what is served.
        rest.add("--index");
        rest.add("opensearch");
      }
      config = ServeCommand.parse(rest.toArray(String[]::new));
    } catch (IllegalArgumentException e) {
      err.println("morgue serve: " + e.getMessage());
      err.println("run 'morgue serve --backend opensearch --help' for usage");
      return ServeCommand.EXIT_USAGE;
    }
    OpenSearchClient client;
    try {
      client = new OpenSearchClient(url, OpenSearchClient.DEFAULT_TIMEOUT);
      client.get("/_cluster/health");
    } catch (IllegalArgumentException e) {
      err.println("morgue serve: " + e.getMessage());
      return ServeCommand.EXIT_USAGE;
    } catch (ClusterUnavailableException e) {
      err.println("morgue serve: " + e.getMessage());
      err.println(
          "Start a local cluster with './morgue cluster start', or give its address with --opensearch URL.");
      return ServeCommand.EXIT_CANNOT_START;
    }
    try {
      Guard guard = Guard.of(ServeCommand.accessPolicy(config));
      OpenSearchSearchService search = OpenSearchSearchService.open(
          client, alias, config.reopenInterval(), config.queryTimeLimit());
      Javalin app;
      try {
        app = MorgueApp.create(search, config, guard).start(config.host(), config.port());
      } catch (RuntimeException e) {
        search.close();
        throw e;
      }
      String host = config.host().contains(":") ? "[" + config.host() + "]" : config.host();
      out.println(String.format(
          Locale.ROOT,
          "Morgue is serving OpenSearch alias '%s' on %s at http://%s:%d/",
          alias,
          client.url(),
          host,
          app.port()));
      out.flush();
      Runtime.getRuntime()
          .addShutdownHook(new Thread(
              () -> {
                app.stop();
                search.close();
                client.close();
              },
              "morgue-shutdown"));
      return ServeCommand.EXIT_OK;
    } catch (IOException | RuntimeException e) {
      err.println("morgue serve: cannot start: " + e.getMessage());
      return ServeCommand.EXIT_CANNOT_START;
    }
  }

  private static String value(String[] args, int i, String option) {
    if (i >= args.length || args[i].startsWith("--")) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return args[i];
  }
}
