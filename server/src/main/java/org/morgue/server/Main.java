package org.morgue.server;

import java.io.PrintStream;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import org.morgue.indexer.cli.EntitiesCommand;
import org.morgue.indexer.cli.IndexCommand;
import org.morgue.indexer.cli.SuppressForbidden;
import org.morgue.indexer.eval.EvalCommand;
import org.morgue.indexer.opensearch.OpenSearchIndexCommand;

/**
 * The launcher's entry point: {@code index}, {@code serve}, {@code demo}, {@code eval} and {@code entities}. The only place that
 * reads the environment (whether stderr is a terminal, told by the launcher script).
 */
public final class Main {

  static final String USAGE = """
      usage: morgue <command> [options]

        index   rebuild an index from story files and folders   (morgue index --help)
        serve   serve an index: search API and page               (morgue serve --help)
        demo    index the given paths into --index DIR, then serve it
        eval    evaluation reports on the shared corpora           (morgue eval --help)
        entities  top facet values with contexts, why a value exists (morgue entities --help)
        auth    hash a password or make an API token for --auth    (morgue auth --help)
      """;

  private Main() {}

  @SuppressForbidden(
      reason =
          "The one place the process's standard streams are handed to the command, which writes only to the streams it is given")
  public static void main(String[] args) {
    boolean tty = System.getenv("MORGUE_TTY") != null;
    int code = run(args, System.out, System.err, tty, Clock.systemUTC());
    if (code != 0) {
      System.exit(code);
    }
    // With code 0 after serve/demo the HTTP server's threads keep the JVM running.
  }

  static int run(String[] args, PrintStream out, PrintStream err, boolean tty, Clock clock) {
    if (args.length == 0) {
      err.print(USAGE);
      return 2;
    }
    String[] rest = Arrays.copyOfRange(args, 1, args.length);
    return switch (args[0]) {
      case "index" ->
        Backend.of(rest) == Backend.OPENSEARCH
            ? new OpenSearchIndexCommand(IndexCommand.standard(clock), clock)
                .run(List.of(rest), out, err, tty)
                .code()
            : IndexCommand.standard(clock)
                .run(Backend.strip(rest), out, err, tty)
                .code();
      case "serve" ->
        Backend.of(rest) == Backend.OPENSEARCH
            ? OpenSearchServeCommand.run(rest, out, err)
            : ServeCommand.run(Backend.strip(rest).toArray(String[]::new), out, err);
      case "demo" -> DemoCommand.run(rest, out, err, tty, clock);
      case "eval" -> EvalCommand.run(List.of(rest), out, err);
      case "entities" -> EntitiesCommand.run(List.of(rest), out, err);
      case "auth" ->
        AuthCommand.run(List.of(rest), System.in, out, err, new java.security.SecureRandom());
      case "-h", "--help", "help" -> {
        out.print(USAGE);
        yield 0;
      }
      default -> {
        err.println("morgue: unknown command '" + args[0] + "'");
        err.print(USAGE);
        yield 2;
      }
    };
  }
}
