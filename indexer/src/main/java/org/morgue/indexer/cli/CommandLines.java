package org.morgue.indexer.cli;

import java.util.List;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;

/**
 * The one way Morgue's commands read their arguments: picocli fills an annotated options object, and its
 * errors become the short messages every command prints ({@code --index needs a value}, {@code unknown
 * option --fast}). The help text is picocli's, generated from the same annotations, so an option cannot
 * be added without its line in {@code --help}.
 */
public final class CommandLines {

  private CommandLines() {}

  /**
   * Fills {@code options} from the arguments. A repeated option keeps its last value, as a shell user
   * overriding an alias expects.
   *
   * @throws UsageException naming what is wrong
   */
  public static <T> T parse(T options, List<String> args) throws UsageException {
    CommandLine line = commandLine(options);
    try {
      line.parseArgs(args.toArray(String[]::new));
      return options;
    } catch (ParameterException e) {
      throw new UsageException(
          message(e, !line.getCommandSpec().positionalParameters().isEmpty()));
    }
  }

  /** True when the arguments ask for help ({@code -h} or {@code --help}) anywhere. */
  public static boolean wantsHelp(List<String> args) {
    return args.contains("-h") || args.contains("--help");
  }

  /** The generated help of an options class: synopsis, description, options, exit codes. */
  public static String usage(Object options) {
    return usage(options, List.of());
  }

  /** The generated help with lines added at the end (lists made from the code, such as the formats). */
  public static String usage(Object options, List<String> footer) {
    CommandLine line = commandLine(options);
    if (!footer.isEmpty()) {
      line.getCommandSpec().usageMessage().footer(footer.toArray(String[]::new));
    }
    return line.getUsageMessage(CommandLine.Help.Ansi.OFF);
  }

  /**
   * The generated help of a subcommand, its synopsis naming the whole command ({@code morgue eval copies}).
   *
   * @param parent the command whose {@code subcommands} include {@code name}
   */
  public static String usage(Object parent, String name) {
    return commandLine(parent)
        .getSubcommands()
        .get(name)
        .getUsageMessage(CommandLine.Help.Ansi.OFF);
  }

  /** A converter's refusal, with the message the user sees as is. */
  public static TypeConversionException refuse(String message) {
    return new TypeConversionException(message);
  }

  private static CommandLine commandLine(Object options) {
    CommandLine line = new CommandLine(options);
    line.setOverwrittenOptionsAllowed(true);
    line.setCaseInsensitiveEnumValuesAllowed(false);
    line.setUsageHelpWidth(110);
    return line;
  }

  /**
   * @param takesWords whether the command has positional arguments, so an unknown word is an input and
   *     only an unknown {@code -x} is an error
   */
  private static String message(ParameterException e, boolean takesWords) {
    if (e.getCause() instanceof TypeConversionException refused) {
      return refused.getMessage();
    }
    if (e instanceof CommandLine.MissingParameterException missing
        && !missing.getMissing().isEmpty()) {
      ArgSpec spec = missing.getMissing().get(0);
      if (spec instanceof OptionSpec option) {
        return option.arity().max() > 1
            ? option.longestName() + " needs at least one "
                + option.paramLabel().toLowerCase(Locale.ROOT)
            : option.longestName() + " needs a value";
      }
    }
    if (e instanceof CommandLine.UnmatchedArgumentException unmatched
        && !unmatched.getUnmatched().isEmpty()) {
      String first = unmatched.getUnmatched().get(0);
      return takesWords ? "unknown option " + first : "unknown argument '" + first + "'";
    }
    return e.getMessage();
  }
}
