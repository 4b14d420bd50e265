package org.morgue.indexer.eval;

import java.io.PrintStream;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.morgue.indexer.cli.CommandLines;
import org.morgue.indexer.cli.UsageException;

/**
 * How an evaluation program runs from its picocli options: parse, answer {@code --help}, run, and turn
 * a bad option or value into its usage text and exit code 2 (0 when it ran).
 */
final class EvalRun {

  private EvalRun() {}

  /**
   * @param what the evaluation's name ({@code copies}, {@code events}, {@code reworded})
   * @param blank a fresh options object for picocli to fill
   * @param help whether the parsed options ask for the help text
   * @param body the evaluation itself; an {@link IllegalArgumentException} from it is a bad value
   */
  static <O> int run(
      String what,
      O blank,
      Predicate<O> help,
      List<String> args,
      PrintStream out,
      PrintStream err,
      Consumer<O> body) {
    try {
      O options = CommandLines.parse(blank, args);
      if (help.test(options)) {
        out.print(EvalCommand.usage(what));
        return 0;
      }
      body.accept(options);
      return 0;
    } catch (UsageException | IllegalArgumentException e) {
      err.println("morgue eval " + what + ": " + e.getMessage());
      err.print(EvalCommand.usage(what));
      return 2;
    }
  }
}
