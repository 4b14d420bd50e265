package org.morgue.indexer.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.morgue.indexer.entity.AliasTableException;
import org.morgue.indexer.entity.Aliases;
import org.morgue.indexer.entity.CrfEntityExtractor;
import org.morgue.indexer.entity.EntityExtractor;
import org.morgue.indexer.index.IndexBuilder;
import org.morgue.indexer.index.IndexLayout;
import org.morgue.indexer.index.IndexLockedException;
import org.morgue.indexer.index.IndexProgress;
import org.morgue.indexer.index.IndexReport;
import org.morgue.indexer.index.Schema;
import org.morgue.indexer.index.StorySource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code morgue index}: rebuilds an index from story files, with a progress bar on stderr, a summary
 * on stdout and the exit codes of {@link ExitCode}. Its collaborators are passed in so that tests
 * and the demo can run it in-process.
 */
public final class IndexCommand {

  private static final Logger LOG = LoggerFactory.getLogger(IndexCommand.class);

  private final Supplier<EntityExtractor> extractor;
  private final Function<List<Path>, StorySource> sources;
  private final Clock clock;

  /**
   * @param extractor loads the entity extractor (only called when extraction is on)
   * @param sources opens the readers over the inputs
   */
  public IndexCommand(Supplier<EntityExtractor> extractor, Function<List<Path>, StorySource> sources, Clock clock) {
    this.extractor = extractor;
    this.sources = sources;
    this.clock = clock;
  }

  /** The command as the launcher runs it: the format readers and the CoreNLP CRF tagger. */
  public static IndexCommand standard(Clock clock) {
    return new IndexCommand(CrfEntityExtractor::loadDefault, ReadersSource::new, clock);
  }

  /** Runs the command; never throws for bad input, returns the exit code. */
  public ExitCode run(List<String> args, PrintStream out, PrintStream err, boolean tty) {
    if (IndexArgs.wantsHelp(args)) {
      out.print(IndexArgs.HELP);
      return ExitCode.OK;
    }
    IndexArgs parsed;
    try {
      parsed = IndexArgs.parse(args, IndexBuilder.Options.DEFAULT_THREADS, tty);
    } catch (UsageException e) {
      err.println("morgue index: " + e.getMessage());
      err.println("Try 'morgue index --help'.");
      return ExitCode.USAGE;
    }
    return run(parsed, out, err);
  }

  /** Runs a build with already parsed arguments. */
  public ExitCode run(IndexArgs args, PrintStream out, PrintStream err) {
    IndexLayout layout = new IndexLayout(args.index());
    EntityExtractor ner = EntityExtractor.NONE;
    if (args.entities()) {
      Aliases aliases;
      try {
        // Read before the model: a typo in an edited table should fail in a second, not after loading.
        aliases = args.aliases().map(Aliases::load).orElseGet(Aliases::bundled);
      } catch (AliasTableException e) {
        err.println("morgue index: " + e.getMessage());
        return ExitCode.USAGE;
      }
      LOG.info("alias table {}: {} names", aliases.origin(), aliases.size());
      ner = aliases.applyTo(extractor.get());
    }
    IndexBuilder builder = new IndexBuilder(new Schema(), ner,
        new IndexBuilder.Options(args.threads(), 0, IndexBuilder.Options.DEFAULT_RAM_BUFFER_MB, args.copies()), clock);
    IndexProgress progress = new IndexProgress();
    IndexReport report;
    try (ProgressBar bar = args.progress() ? ProgressBar.start(err, progress) : null) {
      report = builder.rebuild(layout, sources.apply(args.inputs()), progress);
    } catch (IndexLockedException e) {
      err.println("morgue index: " + e.getMessage());
      return ExitCode.LOCKED;
    } catch (IOException e) {
      err.println("morgue index: cannot write the index in " + layout.root() + ": " + e.getMessage());
      err.println("The index that was being served (if any) is unchanged.");
      return ExitCode.FAILED;
    }
    out.print(Summary.render(report));
    out.flush();
    if (report.indexed() == 0) {
      return ExitCode.NOTHING_INDEXED;
    }
    return report.skipped().isEmpty() ? ExitCode.OK : ExitCode.PARTIAL;
  }
}
