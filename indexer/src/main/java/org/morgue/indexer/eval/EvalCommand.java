package org.morgue.indexer.eval;

import java.io.PrintStream;
import java.util.List;

/**
 * {@code morgue eval <what> [options]}: dispatches to one evaluation program. Each program prints its
 * report to {@code out} and returns a process exit code (0 done, 2 bad arguments).
 */
public final class EvalCommand {

  static final String USAGE = """
      usage: morgue eval <what> [options]

      Evaluations print a report measured on the shared corpora (default ../shared/corpora);
      each says so and exits 0 when the corpora are absent.

        entities   CoNLL-2003/CoNLL++ F1, Reuters-21578 recall of coded names, seed facet values
        copies [--corpora DIR] [--seeds DIR] [--copy-threshold J] [--sample N]
                 syndicated-copy grouping on Reuters-21578, Reuters 2006-2013, ECB+ and the seeds
                 (precision on the labelled pairs in testdata/labels, byte-identical recall)
        events [--corpora DIR] [--seeds DIR] [--event-threshold T] [--no-entities] [--print-pairs N]
                 event threads: the seeds, ECB+ B-cubed and ARI, a Reuters 2006-2013 sample to read
      """;

  private EvalCommand() {}

  public static int run(List<String> args, PrintStream out, PrintStream err) {
    if (args.isEmpty()) {
      err.print(USAGE);
      return 2;
    }
    List<String> rest = args.subList(1, args.size());
    return switch (args.get(0)) {
      // Each evaluation program adds its one case here.
      case "entities" -> EntityEval.run(rest, out, err);
      case "copies" -> CopiesEval.run(rest, out, err);
      case "events" -> EventsEval.run(rest, out, err);
      case "-h", "--help", "help" -> {
        out.print(USAGE);
        yield 0;
      }
      default -> {
        err.println("morgue eval: unknown evaluation '" + args.get(0) + "'");
        err.print(USAGE);
        yield 2;
      }
    };
  }
}
