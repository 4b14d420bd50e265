package org.morgue.server;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.morgue.indexer.cli.ExitCode;
import org.morgue.indexer.cli.IndexCommand;

/**
 * {@code morgue demo --index DIR [--port P] [--host H] PATH...}: rebuilds DIR from the paths (the
 * launcher passes the bundled testdata/), then serves it. Skipped awkward test files are expected:
 * the demo goes on when some inputs were skipped, and stops only when nothing could be indexed.
 */
final class DemoCommand {

  private DemoCommand() {}

  private static final Pattern SKIPPED =
      Pattern.compile("(?m)^  skipped: ([\\d,]+)\\R((?:    .*\\R)*)");
  /** A skip names its input as {@code path}, {@code path:line} or {@code path#record N (line L)}. */
  private static final Pattern SKIP_FILE =
      Pattern.compile("^ {4}(.+?)(?:#record \\d+.*|:\\d+:.*|: .*)$");

  /**
   * The index summary as the demo shows it: the bundled test data holds broken files on purpose (to show
   * how bad input is reported), and listing each of them on a first screen reads like a failure. They
   * are summed up in one line; a real {@code morgue index} run lists every one.
   */
  static String quiet(String summary) {
    Matcher m = SKIPPED.matcher(summary);
    if (!m.find() || m.group(1).equals("0")) {
      return summary;
    }
    Set<String> files = new LinkedHashSet<>();
    for (String line : m.group(2).split("\\R")) {
      Matcher f = SKIP_FILE.matcher(line);
      if (f.matches()) {
        files.add(f.group(1));
      }
    }
    String line = "  skipped on purpose: " + m.group(1) + " inputs in " + files.size()
        + " test files that are broken by design (testdata/README.md says how)"
        + System.lineSeparator();
    return summary.substring(0, m.start()) + line + summary.substring(m.end());
  }

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
    out.println("Morgue demo: indexing "
        + String.join(" ", indexArgs.subList(Math.min(2, indexArgs.size()), indexArgs.size())));
    // The demo's archive is small, so it shows reworded versions too (a real build asks with
    // --reworded).
    indexArgs.add(0, "--reworded");
    ByteArrayOutputStream summary = new ByteArrayOutputStream();
    ExitCode indexed = IndexCommand.standard(clock)
        .run(indexArgs, new PrintStream(summary, true, StandardCharsets.UTF_8), err, tty);
    if (indexed != ExitCode.OK && indexed != ExitCode.PARTIAL) {
      out.print(summary.toString(StandardCharsets.UTF_8));
      return indexed.code();
    }
    out.print(quiet(summary.toString(StandardCharsets.UTF_8)));
    int served = ServeCommand.run(serveArgs.toArray(String[]::new), out, err);
    if (served == ServeCommand.EXIT_OK) {
      out.println(
          "Open the URL above in a browser and search, e.g. for: embassy   (Ctrl-C stops the demo)");
    }
    return served;
  }
}
