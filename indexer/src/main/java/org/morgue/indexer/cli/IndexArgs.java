package org.morgue.indexer.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.morgue.indexer.copies.CopyParams;

/**
 * The parsed arguments of {@code morgue index}.
 *
 * @param index the index folder (created if missing)
 * @param inputs story files and folders, each checked to exist
 * @param threads worker threads
 * @param entities whether to run entity extraction
 * @param progress whether to draw the progress bar
 * @param aliases the alias table file to use instead of the bundled one
 * @param copies copy-grouping parameters; empty with {@code --no-copies}
 */
public record IndexArgs(Path index, List<Path> inputs, int threads, boolean entities, boolean progress,
    Optional<Path> aliases, Optional<CopyParams> copies) {

  public static final String HELP = """
      Usage: morgue index --index DIR [options] PATH...

      Rebuilds the index in DIR from scratch from the story files and folders given (folders are read
      recursively; .gz files are decompressed on the fly). Formats: .txt (scraped plain text),
      .jsonl/.ndjson (JSON Lines), .csv (with a header row), .sgm (Reuters-21578 SGML); files with
      other names are recognised by their content or reported as an unknown format.
      A server serving DIR keeps answering from the old index until the new one is complete.

      Options:
        --index DIR      index folder (required)
        --threads N      worker threads for entity extraction (default: number of cores)
        --no-entities    skip entity extraction (no person/org/place facets)
        --no-progress    no progress bar on stderr
        --aliases FILE   alias table (ALIAS<TAB>CANONICAL<TAB>person|org|place a line) to use
                         instead of the bundled one, e.g. an edited copy of it
        --no-copies      do not group syndicated copies (every story its own group)
        --copy-threshold J  Jaccard similarity of word shingles at which two stories are copies
                         (default 0.5, in (0, 1])
        -h, --help       this text

      Exit codes:
        0  every input was indexed and the new index is published
        1  the index could not be written; the serving index is unchanged
        2  bad arguments or an input path that does not exist; nothing was done
        3  some inputs were skipped (listed in the summary); the rest is indexed and published
        4  nothing could be indexed; the serving index is unchanged
        5  another indexer is writing to the same index folder
      """;

  public IndexArgs {
    Objects.requireNonNull(index, "index");
    inputs = List.copyOf(inputs);
    Objects.requireNonNull(aliases, "aliases");
    Objects.requireNonNull(copies, "copies");
  }

  /** Arguments with copy grouping at its defaults. */
  public IndexArgs(Path index, List<Path> inputs, int threads, boolean entities, boolean progress,
      Optional<Path> aliases) {
    this(index, inputs, threads, entities, progress, aliases, Optional.of(CopyParams.defaults()));
  }

  /**
   * Parses the arguments after the {@code index} word.
   *
   * @return empty-handed never: {@code --help} is reported by {@link #wantsHelp}
   * @throws UsageException with a message naming the problem
   */
  public static IndexArgs parse(List<String> args, int defaultThreads, boolean tty) throws UsageException {
    Path index = null;
    List<Path> inputs = new ArrayList<>();
    int threads = defaultThreads;
    boolean entities = true;
    boolean progress = tty;
    Path aliases = null;
    boolean copies = true;
    double threshold = CopyParams.DEFAULT_THRESHOLD;
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      switch (arg) {
        case "--index" -> index = Path.of(value(args, ++i, arg));
        case "--threads" -> threads = positiveInt(value(args, ++i, arg), arg);
        case "--no-entities" -> entities = false;
        case "--no-progress" -> progress = false;
        case "--aliases" -> aliases = Path.of(value(args, ++i, arg));
        case "--no-copies" -> copies = false;
        case "--copy-threshold" -> threshold = threshold(value(args, ++i, arg));
        default -> {
          if (arg.startsWith("-")) {
            throw new UsageException("unknown option " + arg);
          }
          inputs.add(Path.of(arg));
        }
      }
    }
    if (index == null) {
      throw new UsageException("--index DIR is required");
    }
    if (aliases != null && !Files.isRegularFile(aliases)) {
      throw new UsageException("alias table does not exist: " + aliases);
    }
    if (inputs.isEmpty()) {
      throw new UsageException("no input files or folders given");
    }
    for (Path input : inputs) {
      if (!Files.exists(input)) {
        throw new UsageException("input does not exist: " + input);
      }
    }
    return new IndexArgs(index, inputs, threads, entities, progress, Optional.ofNullable(aliases),
        copies ? Optional.of(CopyParams.defaults().withThreshold(threshold)) : Optional.empty());
  }

  public static boolean wantsHelp(List<String> args) {
    return args.contains("-h") || args.contains("--help");
  }

  private static String value(List<String> args, int i, String option) throws UsageException {
    if (i >= args.size()) {
      throw new UsageException(option + " needs a value");
    }
    return args.get(i);
  }

  /** A copy threshold in (0, 1]. */
  public static double threshold(String value) throws UsageException {
    try {
      double t = Double.parseDouble(value);
      if (t > 0 && t <= 1) {
        return t;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new UsageException("--copy-threshold takes a number in (0, 1], not '" + value + "'");
  }

  private static int positiveInt(String value, String option) throws UsageException {
    try {
      int n = Integer.parseInt(value);
      if (n >= 1) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new UsageException(option + " takes a whole number of at least 1, not '" + value + "'");
  }
}
