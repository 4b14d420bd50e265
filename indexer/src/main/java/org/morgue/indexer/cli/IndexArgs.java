package org.morgue.indexer.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.morgue.indexer.copies.CopyParams;
import org.morgue.indexer.events.EventParams;
import org.morgue.indexer.read.StoryReaders;

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
 * @param events event-clustering parameters; empty with {@code --no-events}
 * @param reworded whether a rebuild also finds reworded versions ({@code --reworded}; needs events)
 */
public record IndexArgs(
    Path index,
    List<Path> inputs,
    int threads,
    boolean entities,
    boolean progress,
    Optional<Path> aliases,
    boolean cache,
    Optional<Update> update,
    Optional<CopyParams> copies,
    Optional<Boolean> exact,
    Optional<EventParams> events,
    boolean reworded) {

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

  /**
   * The generated help: options from {@link IndexOptions}' annotations, formats from the readers
   * themselves, so neither list can fall behind the code.
   */
  public static String help() {
    List<String> footer = new ArrayList<>();
    footer.add("");
    footer.add(
        "Formats (by file name; files with other names are recognised by their content or reported");
    footer.add("as an unknown format):");
    new StoryReaders().formatHelp().forEach(line -> footer.add("  " + line));
    return CommandLines.usage(new IndexOptions(), footer);
  }

  public IndexArgs {
    Objects.requireNonNull(index, "index");
    inputs = List.copyOf(inputs);
    Objects.requireNonNull(aliases, "aliases");
    Objects.requireNonNull(update, "update");
    Objects.requireNonNull(copies, "copies");
    Objects.requireNonNull(exact, "exact");
  }

  /**
   * Parses the arguments after the {@code index} word.
   *
   * @return empty-handed never: {@code --help} is reported by {@link #wantsHelp}
   * @throws UsageException with a message naming the problem
   */
  public static IndexArgs parse(List<String> args, int defaultThreads, boolean tty)
      throws UsageException {
    IndexOptions o = CommandLines.parse(new IndexOptions(), args);
    Path index = o.index;
    List<Path> inputs = o.inputs;
    int threads = o.threads == null ? defaultThreads : o.threads;
    Path aliases = o.aliases;
    Path deletions = o.deletions;
    List<String> deleteIds = o.deleteIds;
    boolean update = o.update;
    double threshold = o.copyThreshold == null ? CopyParams.DEFAULT_THRESHOLD : o.copyThreshold;
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
      throw new UsageException(
          "input paths with --delete or --deletions need --update (a rebuild would delete everything else)");
    }
    for (Path input : inputs) {
      if (!Files.exists(input)) {
        throw new UsageException("input does not exist: " + input);
      }
    }
    Optional<Update> updating = update || !deleteIds.isEmpty() || deletions != null
        ? Optional.of(new Update(deleteIds, Optional.ofNullable(deletions)))
        : Optional.empty();
    if (updating.isPresent() && (o.noCopies || o.copyThreshold != null)) {
      // Groups can only be extended with the rules that made them; the build records those rules.
      throw new UsageException(
          "--no-copies and --copy-threshold apply to a rebuild; an update groups copies as "
              + "its build did");
    }
    return rebuild(index, inputs, threads)
        .withEntities(!o.noEntities)
        .withProgress(tty && !o.noProgress)
        .withAliases(Optional.ofNullable(aliases))
        .withCache(!o.noCache)
        .withUpdate(updating)
        .withCopies(
            o.noCopies
                ? Optional.empty()
                : Optional.of(CopyParams.defaults().withThreshold(threshold)))
        .withExact(o.noExact ? Optional.of(false) : o.exact ? Optional.of(true) : Optional.empty())
        .withEvents(o.noEvents ? Optional.empty() : Optional.of(EventParams.defaults()))
        .withReworded(o.reworded && !o.noEvents);
  }

  /**
   * A rebuild at every default: entities, cache, copy grouping and events on, no progress bar, the bundled
   * alias table, exact fields by input size, no reworded versions. Change a value with the {@code with…}
   * methods: a new option adds a component and one such method, not another constructor.
   */
  public static IndexArgs rebuild(Path index, List<Path> inputs, int threads) {
    return new IndexArgs(
        index,
        inputs,
        threads,
        true,
        false,
        Optional.empty(),
        true,
        Optional.empty(),
        Optional.of(CopyParams.defaults()),
        Optional.empty(),
        Optional.of(EventParams.defaults()),
        false);
  }

  public IndexArgs withEntities(boolean value) {
    return new IndexArgs(
        index, inputs, threads, value, progress, aliases, cache, update, copies, exact, events,
        reworded);
  }

  public IndexArgs withProgress(boolean value) {
    return new IndexArgs(
        index, inputs, threads, entities, value, aliases, cache, update, copies, exact, events,
        reworded);
  }

  public IndexArgs withAliases(Optional<Path> value) {
    return new IndexArgs(
        index, inputs, threads, entities, progress, value, cache, update, copies, exact, events,
        reworded);
  }

  public IndexArgs withCache(boolean value) {
    return new IndexArgs(
        index, inputs, threads, entities, progress, aliases, value, update, copies, exact, events,
        reworded);
  }

  public IndexArgs withUpdate(Optional<Update> value) {
    return new IndexArgs(
        index, inputs, threads, entities, progress, aliases, cache, value, copies, exact, events,
        reworded);
  }

  public IndexArgs withCopies(Optional<CopyParams> value) {
    return new IndexArgs(
        index, inputs, threads, entities, progress, aliases, cache, update, value, exact, events,
        reworded);
  }

  public IndexArgs withExact(Optional<Boolean> value) {
    return new IndexArgs(
        index, inputs, threads, entities, progress, aliases, cache, update, copies, value, events,
        reworded);
  }

  public IndexArgs withEvents(Optional<EventParams> value) {
    return new IndexArgs(
        index, inputs, threads, entities, progress, aliases, cache, update, copies, exact, value,
        reworded);
  }

  public IndexArgs withReworded(boolean value) {
    return new IndexArgs(
        index, inputs, threads, entities, progress, aliases, cache, update, copies, exact, events,
        value);
  }

  public static boolean wantsHelp(List<String> args) {
    return CommandLines.wantsHelp(args);
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
}
