package org.morgue.indexer.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.morgue.indexer.copies.CopyParams;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The options of {@code morgue index} as picocli reads them, before {@link IndexArgs#parse} checks how
 * they combine. The annotations are also the help text: each option is described where it is declared.
 */
@Command(
    name = "morgue index",
    sortOptions = false,
    synopsisHeading = "",
    customSynopsis = {
      "Usage: morgue index --index DIR [options] PATH...",
      "       morgue index --index DIR [options] --update [PATH...] [--delete ID...] [--deletions FILE]",
      ""
    },
    description = {
      "Rebuilds the index in DIR from scratch from the story files and folders given (folders are read",
      "recursively; .gz files are decompressed on the fly). With --update, --delete or --deletions it",
      "updates the current index instead: the stories given are added, or replace the stories with the",
      "same id, and the ids given are removed; the rest of the index is kept as it is. A server serving",
      "DIR keeps answering from the old index until the new one is complete.",
      ""
    },
    parameterListHeading = "Arguments:%n",
    optionListHeading = "%nOptions:%n",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every input was indexed and the new index is published",
      "1:the index could not be written; the serving index is unchanged",
      "2:bad arguments or an input path that does not exist; nothing was done",
      "3:some inputs were skipped (listed in the summary); the rest is indexed and published",
      "4:nothing could be indexed; the serving index is unchanged",
      "5:another indexer is writing to the same index folder"
    })
final class IndexOptions {

  @Option(names = "--index", paramLabel = "DIR", description = "index folder (required)")
  Path index;

  @Option(
      names = "--threads",
      paramLabel = "N",
      converter = PositiveInt.class,
      description = "worker threads for entity extraction (default: number of cores)")
  Integer threads;

  @Option(
      names = "--no-entities",
      description = "skip entity extraction (no person/org/place facets)")
  boolean noEntities;

  @Option(names = "--no-progress", description = "no progress bar on stderr")
  boolean noProgress;

  @Option(
      names = "--aliases",
      paramLabel = "FILE",
      description =
          "alias table "
              + "(ALIAS<TAB>CANONICAL<TAB>person|org|place a line) to use instead of the bundled one, e.g. an edited copy of it")
  Path aliases;

  @Option(
      names = "--no-cache",
      description =
          "tag every story afresh, embed every sentence afresh, and leave the caches (DIR/cache) alone")
  boolean noCache;

  @Option(
      names = "--update",
      description = "update the current index with the stories in PATH... (no rebuild)")
  boolean update;

  @Option(
      names = "--delete",
      paramLabel = "ID",
      arity = "1..*",
      description = "remove these story ids (every argument up to the next option)")
  List<String> deleteIds = new ArrayList<>();

  @Option(
      names = "--deletions",
      paramLabel = "FILE",
      description = "remove the story ids listed in FILE, one a line (# starts a comment)")
  Path deletions;

  @Option(
      names = "--no-copies",
      description = "do not group syndicated copies (every story its own group)")
  boolean noCopies;

  @Option(
      names = "--no-events",
      description = "do not cluster stories into event threads (every story its own event)")
  boolean noEvents;

  // Off by default: the sentence model embeds every candidate story (about 40 stories/s on 2
  // cores), and on
  // Reuters-21578 too many stories pass the candidate filter for a build to finish in reasonable
  // time yet.
  @Option(
      names = "--reworded",
      description = "also find reworded versions among an event's stories (MiniLM "
          + "sentence alignment; slow on large archives; needs events)")
  boolean reworded;

  @Option(
      names = "--copy-threshold",
      paramLabel = "J",
      converter = Threshold.class,
      description =
          "Jaccard " + "similarity of word shingles at which two stories are copies (default "
              + CopyParams.DEFAULT_THRESHOLD + ", in (0, 1])")
  Double copyThreshold;

  @Option(
      names = "--exact",
      description =
          "index the exact title and body that exact: and mode=exact search "
              + "(default: when the inputs total at most 2 GiB; an update keeps the choice of the index it updates)")
  boolean exact;

  @Option(
      names = "--no-exact",
      description = "leave the exact title and body out (about 40%% less index)")
  boolean noExact;

  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "this text")
  boolean help;

  @Parameters(paramLabel = "PATH", arity = "0..*", description = "story files and folders")
  List<Path> inputs = new ArrayList<>();

  /** A whole number of at least 1, refused with the option's name. */
  static final class PositiveInt implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      try {
        int n = Integer.parseInt(value);
        if (n >= 1) {
          return n;
        }
      } catch (NumberFormatException e) {
        // refused below
      }
      throw CommandLines.refuse(
          "--threads takes a whole number of at least 1, not '" + value + "'");
    }
  }

  /** A copy threshold in (0, 1]. */
  static final class Threshold implements ITypeConverter<Double> {
    @Override
    public Double convert(String value) throws UsageException {
      try {
        return IndexArgs.threshold(value);
      } catch (UsageException e) {
        throw CommandLines.refuse(e.getMessage());
      }
    }
  }
}
