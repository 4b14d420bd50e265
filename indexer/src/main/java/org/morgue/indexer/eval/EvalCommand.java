package org.morgue.indexer.eval;

import java.io.PrintStream;
import java.util.List;
import org.morgue.indexer.cli.CommandLines;
import picocli.CommandLine.Command;

/**
 * {@code morgue eval <what> [options]}: dispatches to one evaluation program. Each program prints its
 * report to {@code out} and returns a process exit code (0 done, 2 bad arguments).
 */
public final class EvalCommand {

  /** The evaluations, each a picocli command whose annotations give its line here and its own help. */
  @Command(
      name = "morgue eval",
      synopsisHeading = "",
      customSynopsis = "usage: morgue eval <what> [options]",
      description = {
        "",
        "Evaluations print a report measured on the shared corpora (default ../shared/corpora);",
        "each says so and exits 0 when the corpora are absent. 'morgue eval <what> --help' lists its options."
      },
      commandListHeading = "%nEvaluations:%n",
      subcommands = {
        EntityEval.Options.class,
        CopiesEval.Options.class,
        EventsEval.Options.class,
        RewordedEval.Options.class
      })
  static final class Evaluations {}

  static String usage() {
    return CommandLines.usage(new Evaluations());
  }

  /** The help of one evaluation, {@code entities} or {@code copies}. */
  static String usage(String what) {
    return CommandLines.usage(new Evaluations(), what);
  }

  private EvalCommand() {}

  public static int run(List<String> args, PrintStream out, PrintStream err) {
    if (args.isEmpty()) {
      err.print(usage());
      return 2;
    }
    List<String> rest = args.subList(1, args.size());
    return switch (args.get(0)) {
      // Each evaluation program adds its one case here.
      case "entities" -> EntityEval.run(rest, out, err);
      case "copies" -> CopiesEval.run(rest, out, err);
      case "events" -> EventsEval.run(rest, out, err);
      case "reworded" -> RewordedEval.run(rest, out, err);
      case "-h", "--help", "help" -> {
        out.print(usage());
        yield 0;
      }
      default -> {
        err.println("morgue eval: unknown evaluation '" + args.get(0) + "'");
        err.print(usage());
        yield 2;
      }
    };
  }
}
