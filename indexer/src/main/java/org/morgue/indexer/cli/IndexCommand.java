package org.morgue.indexer.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.morgue.indexer.cache.CachedExtractor;
import org.morgue.indexer.cache.ExtractionCache;
import org.morgue.indexer.entity.AliasTableException;
import org.morgue.indexer.entity.Aliases;
import org.morgue.indexer.entity.CrfEntityExtractor;
import org.morgue.indexer.entity.EntityExtractor;
import org.morgue.indexer.entity.Extraction;
import org.morgue.indexer.entity.MentionTagger;
import org.morgue.indexer.index.IndexBuilder;
import org.morgue.indexer.index.IndexLayout;
import org.morgue.indexer.index.IndexLockedException;
import org.morgue.indexer.index.IndexProgress;
import org.morgue.indexer.index.IndexReport;
import org.morgue.indexer.index.IndexUpdater;
import org.morgue.indexer.index.Schema;
import org.morgue.indexer.index.StorySource;
import org.morgue.indexer.index.UpdateReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code morgue index}: rebuilds an index from story files, with a progress bar on stderr, a summary
 * on stdout and the exit codes of {@link ExitCode}. Its collaborators are passed in so that tests
 * and the demo can run it in-process.
 */
public final class IndexCommand {

  private static final Logger LOG = LoggerFactory.getLogger(IndexCommand.class);

  private final Supplier<String> taggerIdentity;
  private final Supplier<? extends MentionTagger> tagger;
  private final Function<List<Path>, StorySource> sources;
  private final Clock clock;

  /**
   * @param taggerIdentity the identity of the tagger {@code tagger} loads, without loading it
   * @param tagger loads the entity tagger (only called when a story has to be tagged)
   * @param sources opens the readers over the inputs
   */
  public IndexCommand(
      Supplier<String> taggerIdentity,
      Supplier<? extends MentionTagger> tagger,
      Function<List<Path>, StorySource> sources,
      Clock clock) {
    this.taggerIdentity = taggerIdentity;
    this.tagger = tagger;
    this.sources = sources;
    this.clock = clock;
  }

  /** The command as the launcher runs it: the format readers and the CoreNLP CRF tagger. */
  public static IndexCommand standard(Clock clock) {
    return new IndexCommand(
        CrfEntityExtractor::defaultIdentity,
        CrfEntityExtractor::loadDefault,
        ReadersSource::new,
        clock);
  }

  /** Runs the command; never throws for bad input, returns the exit code. */
  public ExitCode run(List<String> args, PrintStream out, PrintStream err, boolean tty) {
    if (IndexArgs.wantsHelp(args)) {
      out.print(IndexArgs.help());
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
    // Without a terminal there is no bar, but a line every few seconds, unless --no-progress asked
    // for silence.
    return run(parsed, out, err, !tty && !args.contains("--no-progress"));
  }

  /** Runs a build with already parsed arguments. */
  public ExitCode run(IndexArgs args, PrintStream out, PrintStream err) {
    return run(args, out, err, false);
  }

  /** @param progressLines write a progress line every few seconds (when there is no bar) */
  private ExitCode run(IndexArgs args, PrintStream out, PrintStream err, boolean progressLines) {
    IndexLayout layout = new IndexLayout(args.index());
    EntityExtractor ner = EntityExtractor.NONE;
    ExtractionCache cache = null;
    if (args.entities()) {
      Aliases aliases;
      try {
        // Read before the model: a typo in an edited table should fail in a second, not after
        // loading.
        aliases = args.aliases().map(Aliases::load).orElseGet(Aliases::bundled);
      } catch (AliasTableException e) {
        err.println("morgue index: " + e.getMessage());
        return ExitCode.USAGE;
      }
      LOG.info("alias table {}: {} names", aliases.origin(), aliases.size());
      if (args.cache()) {
        try {
          cache = ExtractionCache.open(layout.root());
        } catch (IndexLockedException e) {
          err.println("morgue index: " + e.getMessage());
          return ExitCode.LOCKED;
        } catch (IOException e) {
          err.println("morgue index: cannot open the extraction cache in " + layout.root() + ": "
              + e.getMessage());
          return ExitCode.FAILED;
        }
        ner = new CachedExtractor(cache, taggerIdentity.get(), tagger, aliases);
      } else {
        ner = Extraction.uncached(tagger.get(), aliases);
      }
    }
    try {
      return args.update().isPresent()
          ? update(args, layout, ner, out, err, progressLines)
          : rebuild(args, layout, ner, cache, out, err, progressLines);
    } finally {
      if (cache != null) {
        try {
          cache.close();
        } catch (IOException e) {
          // The index is published; a cache that could not be flushed only costs speed next time.
          LOG.warn("cannot close the extraction cache: {}", e.toString());
        }
      }
    }
  }

  private ExitCode rebuild(
      IndexArgs args,
      IndexLayout layout,
      EntityExtractor ner,
      ExtractionCache cache,
      PrintStream out,
      PrintStream err,
      boolean progressLines) {
    StorySource source = sources.apply(args.inputs());
    boolean exact =
        args.exact().orElse(source.totalBytes() <= Schema.EXACT_FIELDS_AUTO_LIMIT_BYTES);
    if (!exact && args.exact().isEmpty()) {
      err.println(
          "morgue index: the inputs exceed " + Schema.EXACT_FIELDS_AUTO_LIMIT_BYTES / (1024 * 1024)
              + " MiB, so the exact title and body are left out (about 40% more index); give --exact to index them");
    }
    IndexBuilder builder = new IndexBuilder(
        new Schema(exact),
        ner,
        withSentenceCache(
            new IndexBuilder.Options(
                args.threads(),
                0,
                IndexBuilder.Options.DEFAULT_RAM_BUFFER_MB,
                args.copies(),
                args.events()),
            args.cache(),
            args.reworded()),
        clock);
    IndexProgress progress = new IndexProgress();
    IndexReport report;
    try (ProgressBar bar = progressView(args, progressLines, err, progress)) {
      report = builder.rebuild(layout, source, progress);
    } catch (IndexLockedException e) {
      err.println("morgue index: " + e.getMessage());
      return ExitCode.LOCKED;
    } catch (IOException e) {
      err.println(
          "morgue index: cannot write the index in " + layout.root() + ": " + e.getMessage());
      err.println("The index that was being served (if any) is unchanged.");
      return ExitCode.FAILED;
    }
    out.print(Summary.render(report));
    if (cache != null) {
      int pruned = 0;
      if (report.published().isPresent()) {
        try {
          // Only after a full rebuild does "used in this run" mean "still in the archive".
          pruned = cache.compact();
        } catch (IOException e) {
          LOG.warn("cannot prune the extraction cache: {}", e.toString());
        }
      }
      out.print(CacheLine.render(cache.stats(), pruned));
    }
    out.flush();
    if (report.indexed() == 0) {
      return ExitCode.NOTHING_INDEXED;
    }
    return report.skipped().isEmpty() ? ExitCode.OK : ExitCode.PARTIAL;
  }

  /**
   * Reworded versions only with {@code --reworded}; {@code --no-cache} leaves the cache folder alone, so
   * sentence vectors are then not cached either.
   */
  private static IndexBuilder.Options withSentenceCache(
      IndexBuilder.Options options, boolean cache, boolean reworded) {
    if (!reworded) {
      return options.withReworded(Optional.empty());
    }
    return cache ? options : options.withReworded(options.reworded().map(r -> r.uncached()));
  }

  /**
   * Whether an update's stories get the exact fields: as the index it updates has them, so its
   * exact searches stay complete (a mixed index is refused for exact search); for a first build, as asked.
   */
  private static boolean updateKeepsExact(IndexLayout layout, IndexArgs args, PrintStream err) {
    Optional<Path> current;
    try {
      current = layout.currentBuild();
      if (current.isEmpty()) {
        return args.exact().orElse(true);
      }
      try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(current.get()))) {
        boolean has = Schema.hasExactFields(reader);
        if (args.exact().isPresent() && args.exact().get() != has) {
          err.println("morgue index: the index " + (has ? "has" : "has no")
              + " exact fields and an update keeps " + "that; rebuild it to change it");
        }
        return has;
      }
    } catch (IOException e) {
      // The update itself opens the build next and reports what is wrong with it.
      return args.exact().orElse(true);
    }
  }

  private static ProgressBar progressView(
      IndexArgs args, boolean lines, PrintStream err, IndexProgress progress) {
    return args.progress()
        ? ProgressBar.start(err, progress)
        : lines ? ProgressBar.lines(err, progress) : null;
  }

  private ExitCode update(
      IndexArgs args,
      IndexLayout layout,
      EntityExtractor ner,
      PrintStream out,
      PrintStream err,
      boolean progressLines) {
    IndexArgs.Update update = args.update().orElseThrow();
    IndexUpdater updater = new IndexUpdater(
        new Schema(updateKeepsExact(layout, args, err)),
        ner,
        new IndexBuilder.Options(args.threads(), 0, IndexBuilder.Options.DEFAULT_RAM_BUFFER_MB)
            .withEvents(args.events()),
        clock);
    IndexProgress progress = new IndexProgress();
    UpdateReport report;
    try (ProgressBar bar = progressView(args, progressLines, err, progress)) {
      List<String> deletions = DeletionsFile.ids(update);
      report = updater.update(layout, sources.apply(args.inputs()), deletions, progress);
    } catch (IndexLockedException e) {
      err.println("morgue index: " + e.getMessage());
      return ExitCode.LOCKED;
    } catch (IOException e) {
      err.println(
          "morgue index: cannot update the index in " + layout.root() + ": " + e.getMessage());
      err.println("The index that was being served (if any) is unchanged.");
      return ExitCode.FAILED;
    }
    out.print(UpdateSummary.render(report));
    out.flush();
    if (!report.changed()) {
      return ExitCode.NOTHING_INDEXED;
    }
    return report.skipped().isEmpty() && report.unknownIds().isEmpty()
        ? ExitCode.OK
        : ExitCode.PARTIAL;
  }
}
