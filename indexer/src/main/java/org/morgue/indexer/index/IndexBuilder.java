package org.morgue.indexer.index;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.morgue.indexer.cache.ExtractionCache;
import org.morgue.indexer.copies.CopyDetector;
import org.morgue.indexer.copies.CopyGroups;
import org.morgue.indexer.copies.CopyParams;
import org.morgue.indexer.copies.MinHash;
import org.morgue.indexer.entity.ArchiveNames;
import org.morgue.indexer.entity.Entity;
import org.morgue.indexer.entity.EntityExtractor;
import org.morgue.indexer.events.EventClusterer;
import org.morgue.indexer.events.EventGroups;
import org.morgue.indexer.events.EventParams;
import org.morgue.indexer.reworded.MiniLmEncoder;
import org.morgue.indexer.reworded.RewordDetector;
import org.morgue.indexer.reworded.RewordLinks;
import org.morgue.indexer.reworded.RewordParams;
import org.morgue.indexer.reworded.SentenceCache;
import org.morgue.indexer.story.Story;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rebuilds an index from scratch in two passes over a {@link StorySource}: the first extracts each
 * story's entities on a pool of worker threads (one shared extractor) and keeps only those, from
 * which {@link ArchiveNames} computes the archive's canonical names; the second writes each document with its
 * archive-wide names through one {@link IndexWriter}. The stories themselves are kept from the first
 * read when they fit an eighth of the heap, and read again otherwise (readers are cheap, the tagger is
 * not: it runs once), so memory stays bounded for any archive. The finished build is published atomically
 * through {@link IndexLayout}.
 * Until the publish, whatever was serving keeps serving; if nothing could be indexed, nothing is
 * published. The reads, the names, the write and the publication are the {@link StoryPipeline} an update
 * runs too; what is a rebuild's own is what happens between the reads (copy groups, events and reworded
 * versions over the whole archive) and keeping the stories for the later passes.
 */
public final class IndexBuilder {

  private static final Logger LOG = LoggerFactory.getLogger(IndexBuilder.class);
  /**
   * Text the first pass may keep for the later ones: an eighth of the heap (at two bytes a character,
   * the worst case). Reuters-21578 (about 25M characters) fits the launcher's default heap many times;
   * an archive that does not is simply read again.
   */
  static final long DEFAULT_KEEP_CHARS = Runtime.getRuntime().maxMemory() / 16;

  /**
   * @param threads worker threads for extraction and writing
   * @param maxBufferedDocs flush a segment every this many documents (0: flush by RAM)
   * @param ramBufferMb IndexWriter RAM buffer
   * @param copies copy-grouping parameters; empty to index without grouping (every story its own group)
   * @param events event-clustering parameters; empty to index without (every story its own event)
   * @param reworded reworded-version parameters; empty to index without (they need the events' vocabulary,
   *     so they are off when events are)
   * @param mergeToOneSegment force-merge the build before it is published (production always does: see
   *     why at {@code IndexBuilder.mergeToOneSegment}); tests turn it off with {@link #keepingSegments()}
   *     and a small {@code maxBufferedDocs} to search an index of several segments, as an updated build is
   */
  public record Options(
      int threads,
      int maxBufferedDocs,
      double ramBufferMb,
      Optional<CopyParams> copies,
      Optional<EventParams> events,
      Optional<RewordParams> reworded,
      boolean mergeToOneSegment) {
    public static final int DEFAULT_THREADS = Runtime.getRuntime().availableProcessors();
    public static final double DEFAULT_RAM_BUFFER_MB = 128;

    public Options {
      if (threads < 1) {
        throw new IllegalArgumentException("threads must be at least 1, was " + threads);
      }
      if (maxBufferedDocs != 0 && maxBufferedDocs < 2) {
        throw new IllegalArgumentException(
            "maxBufferedDocs must be 0 or at least 2, was " + maxBufferedDocs);
      }
      java.util.Objects.requireNonNull(copies, "copies");
      java.util.Objects.requireNonNull(events, "events");
      java.util.Objects.requireNonNull(reworded, "reworded");
    }

    /**
     * Options with reworded versions on at their defaults whenever events are on, merged into one segment
     * as every production build is.
     */
    public Options(
        int threads,
        int maxBufferedDocs,
        double ramBufferMb,
        Optional<CopyParams> copies,
        Optional<EventParams> events) {
      this(
          threads,
          maxBufferedDocs,
          ramBufferMb,
          copies,
          events,
          events.map(e -> RewordParams.defaults()),
          true);
    }

    /** Options with event clustering on at its default parameters. */
    public Options(
        int threads, int maxBufferedDocs, double ramBufferMb, Optional<CopyParams> copies) {
      this(threads, maxBufferedDocs, ramBufferMb, copies, Optional.of(EventParams.defaults()));
    }

    /** The same options with other event parameters (empty: no clustering). */
    public Options withEvents(Optional<EventParams> newEvents) {
      return new Options(
          threads,
          maxBufferedDocs,
          ramBufferMb,
          copies,
          newEvents,
          newEvents.isEmpty() ? Optional.empty() : reworded,
          mergeToOneSegment);
    }

    /** The same options with other reworded-version parameters (empty: none found). */
    public Options withReworded(Optional<RewordParams> newReworded) {
      return new Options(
          threads, maxBufferedDocs, ramBufferMb, copies, events, newReworded, mergeToOneSegment);
    }

    /** The same options publishing the segments the writer flushed, unmerged (tests only). */
    public Options keepingSegments() {
      return new Options(threads, maxBufferedDocs, ramBufferMb, copies, events, reworded, false);
    }

    /** Options with copy grouping on at its default parameters. */
    public Options(int threads, int maxBufferedDocs, double ramBufferMb) {
      this(threads, maxBufferedDocs, ramBufferMb, Optional.of(CopyParams.defaults()));
    }

    public static Options defaults() {
      return new Options(DEFAULT_THREADS, 0, DEFAULT_RAM_BUFFER_MB);
    }
  }

  private final Schema schema;
  private final EntityExtractor extractor;
  private final Options options;
  private final Clock clock;
  private final long keepChars;

  public IndexBuilder(Schema schema, EntityExtractor extractor, Options options, Clock clock) {
    this(schema, extractor, options, clock, DEFAULT_KEEP_CHARS);
  }

  /** With another budget for the stories kept between the passes (tests: 0 reads the inputs again). */
  IndexBuilder(
      Schema schema, EntityExtractor extractor, Options options, Clock clock, long keepChars) {
    this.schema = schema;
    this.extractor = extractor;
    this.options = options;
    this.clock = clock;
    this.keepChars = keepChars;
  }

  /**
   * Builds a new index from the source and publishes it.
   *
   * @throws IndexLockedException when another indexer holds the index folder
   * @throws IOException when the index cannot be written (the serving index is left as it was)
   */
  public IndexReport rebuild(IndexLayout layout, StorySource source, IndexProgress progress)
      throws IOException {
    Instant start = clock.instant();
    return StoryPipeline.inNewBuild(layout, clock, build -> {
      StoryPipeline pipeline = new StoryPipeline(schema, extractor, options.threads(), progress);
      Run run = new Run(pipeline);
      pipeline.extract(source, run);
      ArchiveNames names = pipeline.names(List.of());
      StorySource again = run.again(source);
      run.groupCopies(again);
      run.clusterEvents();
      run.findReworded(again, layout);
      EntityLabels.Builder labels = new EntityLabels.Builder();
      EntityLabels table;
      try (IndexWriter writer = new IndexWriter(FSDirectory.open(build), writerConfig())) {
        pipeline.write(again, writer, names, labels, true, "", run);
        // The label table is complete once every story is written: it is ranked and written beside
        // the flush and the merge, which leave a core idle (on 1.15M headlines it took 2-3 s).
        LabelsTask labelsTask = LabelsTask.start(labels, pipeline.written() > 0 ? build : null);
        try {
          ParallelFlush.flushAll(writer, options.threads());
          if (options.mergeToOneSegment()) {
            mergeToOneSegment(writer);
          }
          StoryPipeline.commit(writer, clock, writer.getDocStats().numDocs, options.copies());
        } catch (IOException | RuntimeException | Error e) {
          // The build is about to be discarded: let the table's writer finish with the folder
          // first.
          labelsTask.awaitQuietly();
          throw e;
        }
        table = labelsTask.await();
      }
      Optional<Path> published = pipeline.publishIf(pipeline.written() > 0, layout, build, table);
      if (published.isPresent()) {
        LOG.info("published build {} with {} stories", published.get(), pipeline.written());
      } else {
        LOG.warn("nothing could be indexed; the serving index (if any) is unchanged");
      }
      return new IndexReport(
          pipeline.written(),
          pipeline.skips(),
          new TreeMap<>(pipeline.perFormat()),
          pipeline.laterWins().replacements(),
          table.size(),
          Duration.between(start, clock.instant()),
          published);
    });
  }

  /**
   * Merges the build into one segment before it is published. A build is written once and searched
   * many times: with one segment each facet value's ordinal is the global one (no ordinal map to
   * consult per matching story and value) and every query pays its per-segment costs once. On 1.15M
   * headlines the flushes of two writer threads left 27 segments, and facet counting through the
   * ordinal map was 30% of the server's CPU. Updates keep Lucene's own merge policy.
   */
  private static void mergeToOneSegment(IndexWriter writer) throws IOException {
    long start = System.nanoTime();
    writer.forceMerge(1);
    LOG.info("merged the build into one segment in {} ms", (System.nanoTime() - start) / 1_000_000);
  }

  private IndexWriterConfig writerConfig() {
    IndexWriterConfig config =
        StoryPipeline.writerConfig(schema, options, IndexWriterConfig.OpenMode.CREATE);
    // A fresh build is written once and read many times: separate files spare every flush the copy
    // into a compound file (the serving side opens the few segments of a build either way).
    config.setUseCompoundFile(false);
    return config;
  }

  /** A rebuild's own steps of the pipeline: what it keeps between the reads, copies, events, reworded. */
  private final class Run implements StoryPipeline.Steps {
    final StoryPipeline pipeline;
    /** Stories kept from the first read while they fit the budget, so later passes need not read again. */
    final PositionTable<Story> kept = new PositionTable<>();

    final AtomicLong keptChars = new AtomicLong();
    volatile boolean keptAll = true;
    final Optional<CopyDetector> copyDetector = options.copies().map(CopyDetector::new);
    final Optional<MinHash> minHash = options.copies().map(MinHash::new);
    CopyGroups copies = CopyGroups.none();
    final Optional<EventClusterer> eventClusterer = options
        .events()
        .map(p -> new EventClusterer(
            schema.analyzer(),
            p,
            options.reworded().map(RewordParams::minVocabulary).orElse(2.0)));
    EventGroups events = EventGroups.none();
    RewordLinks reworded = RewordLinks.none();

    Run(StoryPipeline pipeline) {
      this.pipeline = pipeline;
    }

    /** First read: the event terms, the story kept for the later passes, its copy shingles. */
    @Override
    public void firstRead(long position, Story story, List<Entity> entities) {
      eventClusterer.ifPresent(e -> e.add(position, story, entities));
      keep(position, story);
      copyDetector.ifPresent(copies -> copies.add(position, story));
    }

    @Override
    public void addFields(
        Document doc, long position, Story story, List<Entity> entities, boolean unchanged) {
      // The first read's keys are reused (MinHash is a large share of a copy-aware build's CPU);
      // a story that changed between the reads is hashed afresh, as its entities are.
      int[] bandKeys = unchanged && copyDetector.isPresent()
          ? copyDetector.get().bandKeys(position)
          : minHash.map(m -> m.bandKeys(story.body())).orElse(new int[0]);
      schema.addCopyFields(doc, copies.of(position, story.id()), bandKeys);
      schema.addEventField(doc, events.of(position, story.id()));
      schema.addRewordedFields(doc, reworded.of(position, story.id()));
    }

    private void keep(long position, Story story) {
      if (!keptAll) {
        return;
      }
      if (keptChars.addAndGet(story.title().length() + (long) story.body().length()) > keepChars) {
        keptAll = false;
        kept.clear();
        return;
      }
      kept.put(position, story);
    }

    /**
     * What the later passes read: the stories kept in memory when all of them fitted (positions run
     * 0..n-1 in reading order, as the pool numbers them), else the inputs again. With cached
     * extractions, parsing the inputs three times was a fifth of a Reuters-21578 rebuild.
     */
    StorySource again(StorySource source) {
      if (!keptAll) {
        kept.clear();
        LOG.info(
            "the stories exceed the in-memory budget ({} characters): later passes read the inputs again",
            keepChars);
        return source;
      }
      List<Story> inOrder = new ArrayList<>(kept.size());
      for (long position = 0; position < kept.size(); position++) {
        inOrder.add(kept.get(position));
      }
      kept.clear();
      return StorySource.of(inOrder);
    }

    /**
     * Between the passes: stories sharing a MinHash band are read once more (readers are cheap) to
     * keep their exact shingles, and every candidate pair is verified before grouping.
     */
    void groupCopies(StorySource source) throws IOException {
      if (copyDetector.isEmpty()) {
        return;
      }
      CopyDetector detector = copyDetector.get();
      detector.candidates();
      if (detector.candidateStories() > 0) {
        // A replaced story is not written, so it must not join (or lead) a copy group.
        StoryPool.forEach(
            source,
            options.threads(),
            (position, story) -> {
              if (!pipeline.laterWins().replaced(position)) {
                detector.verify(position, story);
              }
            },
            null,
            null);
      }
      copies = detector.groups();
      LOG.info(
          "copy groups: {} groups hold {} stories ({} candidate stories, {} pairs checked, {} verified,"
              + " band keys {} KB)",
          copies.count(),
          copies.groupedStories(),
          copies.stats().candidateStories(),
          copies.stats().candidatePairs(),
          copies.stats().verifiedPairs(),
          copies.stats().bandBytes() / 1024);
    }

    /** Between the passes: every story's event, from the term counts the first pass kept. */
    void clusterEvents() {
      if (eventClusterer.isEmpty()) {
        return;
      }
      long start = System.nanoTime();
      events = eventClusterer.get().cluster();
      LOG.info(
          "events: {} events ({} candidate pairs) in {} ms",
          events.events(),
          events.candidatePairs(),
          (System.nanoTime() - start) / 1_000_000);
    }

    /**
     * Between the passes: reworded versions among the pairs the event clustering found close, not already
     * copies of one another. Sentence vectors come from the cache in the index folder, so only new
     * sentences are embedded; the cache keeps what this build used.
     */
    void findReworded(StorySource source, IndexLayout layout) throws IOException {
      if (options.reworded().isEmpty() || eventClusterer.isEmpty()) {
        return;
      }
      long start = System.nanoTime();
      List<int[]> candidates = new ArrayList<>();
      List<int[]> close = eventClusterer.get().pairsSharingVocabulary(events);
      for (int[] pair : close) {
        // Copies of one another are versions already.
        String group = copies.groupAt(pair[0]);
        if (group.isEmpty() || !group.equals(copies.groupAt(pair[1]))) {
          candidates.add(pair);
        }
      }
      if (!options.reworded().get().cached()) {
        reworded = new RewordDetector(options.reworded().get(), new MiniLmEncoder())
            .detect(candidates, readAll(source));
        LOG.info(
            "reworded versions: {} pairs of {} compared ({} pairs sharing vocabulary; {} stories, {} sentences"
                + " embedded, no cache) in {} ms",
            reworded.stats().pairs(),
            reworded.stats().candidatePairs(),
            close.size(),
            reworded.stats().stories(),
            reworded.stats().sentences(),
            (System.nanoTime() - start) / 1_000_000);
        return;
      }
      try (SentenceCache cache =
          SentenceCache.open(layout.root().resolve(ExtractionCache.DIR), new MiniLmEncoder())) {
        RewordDetector detector = new RewordDetector(options.reworded().get(), cache);
        reworded = detector.detect(candidates, readAll(source));
        int dropped = cache.compact();
        SentenceCache.Stats stats = cache.stats();
        LOG.info(
            "reworded versions: {} pairs of {} compared ({} pairs sharing vocabulary; {} stories, {} sentences: {} cached, {}"
                + " embedded; {} cache entries, {} dropped) in {} ms",
            reworded.stats().pairs(),
            reworded.stats().candidatePairs(),
            close.size(),
            reworded.stats().stories(),
            reworded.stats().sentences(),
            stats.hits(),
            stats.misses(),
            stats.entries(),
            dropped,
            (System.nanoTime() - start) / 1_000_000);
      } catch (java.io.UncheckedIOException e) {
        throw e.getCause();
      }
    }

    /** One more pass over the stories, for the detector (a read failure surfaces as the IOException it was). */
    private java.util.function.Consumer<java.util.function.BiConsumer<Long, Story>> readAll(
        StorySource source) {
      return visit -> {
        try {
          StoryPool.forEach(
              source,
              options.threads(),
              (position, story) -> visit.accept(position, story),
              null,
              null);
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      };
    }
  }
}
