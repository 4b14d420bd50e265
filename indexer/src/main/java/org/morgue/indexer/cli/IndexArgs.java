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
 * @param cache whether to use the extraction cache in {@code DIR/cache}
 * @param update present for an update of the current index instead of a rebuild
 * @param copies copy-grouping parameters; empty with {@code --no-copies}
 * @param exact true with {@code --exact}, false with {@code --no-exact}; empty: by input size
 */
public record IndexArgs(Path index, List<Path> inputs, int threads, boolean entities, boolean progress,
    Optional<Path> aliases, boolean cache, Optional<Update> update, Optional<CopyParams> copies,
    Optional<Boolean> exact) {

  /**
   * An update: the inputs are added or replace stories with the same id; these ids are removed.
   *
   * @param deleteIds ids given with {@code --delete}
   * @param deletionsFile a file of ids, one a line, given with {@code --deletions}
   */
  public record Update(List<String> deleteIds, Optional<Path> deletionsFile) {
    public Update {
      deleteIds = List.copyOf(deleteIds);
      Objects.requireNonNull(deletionsFile, "deletionsFile");
    }
  }

  public static final String HELP = """
      Usage: morgue index --index DIR [options] PATH...
             morgue index --index DIR [options] --update [PATH...] [--delete ID...] [--deletions FILE]

      Rebuilds the index in DIR from scratch from the story files and folders given (folders are read
      recursively; .gz files are decompressed on the fly). With --update, --delete or --deletions it
      updates the current index instead: the stories given are added, or replace the stories with
      the same id, and the ids given are removed; the rest of the index is kept as it is. Formats: .txt (scraped plain text),
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
        --no-cache       tag every story afresh and leave the extraction cache (DIR/cache) alone
        --update         update the current index with the stories in PATH... (no rebuild)
        --delete ID...   remove these story ids (every argument up to the next option)
        --deletions FILE remove the story ids listed in FILE, one a line (# starts a comment)
        --no-copies      do not group syndicated copies (every story its own group)
        --copy-threshold J  Jaccard similarity of word shingles at which two stories are copies
                         (default 0.5, in (0, 1])
        --exact, --no-exact  index (or not) the exact title and body that exact: and mode=exact
                         search; default: on when the inputs total at most 2 GiB. An update keeps
                         the choice of the index it updates
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
    Objects.requireNonNull(update, "update");
    Objects.requireNonNull(copies, "copies");
    Objects.requireNonNull(exact, "exact");
  }

  /** With the exact fields chosen by input size. */
  public IndexArgs(Path index, List<Path> inputs, int threads, boolean entities, boolean progress,
      Optional<Path> aliases, boolean cache, Optional<Update> update, Optional<CopyParams> copies) {
    this(index, inputs, threads, entities, progress, aliases, cache, update, copies, Optional.empty());
  }

  /** A rebuild with the extraction cache on and copy grouping at its defaults. */
  public IndexArgs(Path index, List<Path> inputs, int threads, boolean entities, boolean progress,
      Optional<Path> aliases) {
    this(index, inputs, threads, entities, progress, aliases, true, Optional.empty(),
        Optional.of(CopyParams.defaults()));
  }

  /** With copy grouping at its defaults. */
  public IndexArgs(Path index, List<Path> inputs, int threads, boolean entities, boolean progress,
      Optional<Path> aliases, boolean cache, Optional<Update> update) {
    this(index, inputs, threads, entities, progress, aliases, cache, update, Optional.of(CopyParams.defaults()));
  }

  /** A rebuild with the extraction cache on. */
  public IndexArgs(Path index, List<Path> inputs, int threads, boolean entities, boolean progress,
      Optional<Path> aliases, Optional<CopyParams> copies) {
    this(index, inputs, threads, entities, progress, aliases, true, Optional.empty(), copies);
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
    boolean cache = true;
    boolean update = false;
    List<String> deleteIds = new ArrayList<>();
    Path deletions = null;
    boolean copies = true;
    double threshold = CopyParams.DEFAULT_THRESHOLD;
    Boolean exact = null;
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      switch (arg) {
        case "--index" -> index = Path.of(value(args, ++i, arg));
        case "--threads" -> threads = positiveInt(value(args, ++i, arg), arg);
        case "--no-entities" -> entities = false;
        case "--no-progress" -> progress = false;
        case "--aliases" -> aliases = Path.of(value(args, ++i, arg));
        case "--no-cache" -> cache = false;
        case "--update" -> update = true;
        case "--deletions" -> deletions = Path.of(value(args, ++i, arg));
        case "--delete" -> {
          int first = i + 1;
          while (i + 1 < args.size() && !args.get(i + 1).startsWith("-")) {
            deleteIds.add(args.get(++i));
          }
          if (i < first) {
            throw new UsageException("--delete needs at least one story id");
          }
        }
        case "--no-copies" -> copies = false;
        case "--copy-threshold" -> threshold = threshold(value(args, ++i, arg));
        case "--exact" -> exact = true;
        case "--no-exact" -> exact = false;
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
    if (deletions != null && !Files.isRegularFile(deletions)) {
      throw new UsageException("deletions file does not exist: " + deletions);
    }
    boolean deleting = !deleteIds.isEmpty() || deletions != null;
    if (inputs.isEmpty() && !deleting) {
      throw new UsageException("no input files or folders given");
    }
    if (!update && !inputs.isEmpty() && deleting) {
      throw new UsageException("input paths with --delete or --deletions need --update (a rebuild would delete everything else)");
    }
    for (Path input : inputs) {
      if (!Files.exists(input)) {
        throw new UsageException("input does not exist: " + input);
      }
    }
    Optional<Update> updating = update || !deleteIds.isEmpty() || deletions != null
        ? Optional.of(new Update(deleteIds, Optional.ofNullable(deletions)))
        : Optional.empty();
    return new IndexArgs(index, inputs, threads, entities, progress, Optional.ofNullable(aliases), cache, updating,
        copies ? Optional.of(CopyParams.defaults().withThreshold(threshold)) : Optional.empty(),
        Optional.ofNullable(exact));
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
