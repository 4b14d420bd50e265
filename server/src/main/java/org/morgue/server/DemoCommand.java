package org.morgue.server;

import java.io.PrintStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.morgue.indexer.cli.ExitCode;
import org.morgue.indexer.cli.IndexCommand;

/**
 * {@code morgue demo --index DIR [--port P] [--host H] PATH...}: rebuilds DIR from the paths (the
 * launcher passes the bundled testdata/), then serves it. Skipped awkward test files are expected:
 * the demo goes on when some inputs were skipped, and stops only when nothing could be indexed.
 */
final class DemoCommand {

  private DemoCommand() {}

  static int run(String[] args, PrintStream out, PrintStream err, boolean tty, Clock clock) {
    List<String> indexArgs = new ArrayList<>();
    List<String> serveArgs = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--index" -> {
          if (i + 1 >= args.length) {
            err.println("morgue demo: --index needs a value");
            return ExitCode.USAGE.code();
          }
          indexArgs.add(args[i]);
          indexArgs.add(args[i + 1]);
          serveArgs.add(args[i]);
          serveArgs.add(args[++i]);
        }
        case "--port", "--host" -> {
          if (i + 1 >= args.length) {
            err.println("morgue demo: " + args[i] + " needs a value");
            return ExitCode.USAGE.code();
          }
          serveArgs.add(args[i]);
          serveArgs.add(args[++i]);
        }
        default -> indexArgs.add(args[i]);
      }
    }
    out.println("Morgue demo: indexing " + String.join(" ", indexArgs.subList(Math.min(2, indexArgs.size()),
        indexArgs.size())));
    ExitCode indexed = IndexCommand.standard(clock).run(indexArgs, out, err, tty);
    if (indexed != ExitCode.OK && indexed != ExitCode.PARTIAL) {
      return indexed.code();
    }
    int served = ServeCommand.run(serveArgs.toArray(String[]::new), out, err);
    if (served == ServeCommand.EXIT_OK) {
      out.println("Open the URL above in a browser and search, e.g. for: embassy   (Ctrl-C stops the demo)");
    }
    return served;
  }
}
