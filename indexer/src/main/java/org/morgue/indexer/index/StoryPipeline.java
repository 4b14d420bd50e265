package org.morgue.indexer.index;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.morgue.indexer.copies.CopyParams;
import org.morgue.indexer.entity.ArchiveNames;
import org.morgue.indexer.entity.Entity;
import org.morgue.indexer.entity.EntityExtractor;
import org.morgue.indexer.read.Skip;
import org.morgue.indexer.story.Story;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The pipeline a rebuild ({@link IndexBuilder}) and an update ({@link IndexUpdater}) both run, in one
 * place: a new build folder under the write lock, the first read of the source (each story's entities
 * extracted on the worker pool, skips logged and counted), which story of a repeated id is written
 * ({@link LaterWins}), the archive-wide names, the second read that writes each story's document with
 * those names, the commit of the build's record and its publication. The two differ only in what they
 * do between the reads, which {@link Steps} carries: a rebuild groups copies and clusters events over
 * the whole archive, an update finds each new story's group and event in the build it updates. When
 * these steps were written twice they drifted: an update silently dropped a story Lucene refused (no
 * warning, no count in the progress bar) where a rebuild reported it.
 */
final class StoryPipeline {

  private static final Logger LOG = LoggerFactory.getLogger(StoryPipeline.class);

  /** What the first read keeps of a story: its id, to check the second read, and its entities. */
  record Extracted(String id, List<Entity> entities) {}

  /** What a rebuild or an update adds to the shared passes. */
  interface Steps {
    /** First read, on a worker thread: what else the story feeds (copy shingles, event terms, kept text). */
    void firstRead(long position, Story story, List<Entity> entities);

    /**
     * Second read, on a worker thread: the fields that depend on the between-reads steps (copy group,
     * event, reworded versions).
     *
     * @param unchanged the story is the one the first read saw at this position
     */
    void addFields(
        Document doc, long position, Story story, List<Entity> entities, boolean unchanged)
        throws IOException;

    /** Second read: the story's document was written (for counts of the caller's own). */
    default void written(Story story) {}
  }

  /** The work done in a new build folder; the folder is discarded when it throws. */
  interface InBuild<T> {
    T run(Path build) throws IOException;
  }

  private final Schema schema;
  private final EntityExtractor extractor;
  private final int threads;
  private final IndexProgress progress;
  private final PositionTable<Extracted> extracted = new PositionTable<>();
  private final AtomicLong written = new AtomicLong();
  private final Map<String, Long> perFormat = new ConcurrentHashMap<>();
  private final List<Skip> skips = Collections.synchronizedList(new ArrayList<>());
  private volatile IOException writeFailure;
  private LaterWins laterWins;

  StoryPipeline(Schema schema, EntityExtractor extractor, int threads, IndexProgress progress) {
    this.schema = schema;
    this.extractor = extractor;
    this.threads = threads;
    this.progress = progress;
  }

  /**
   * Runs the work in a new build folder under the index's write lock; a failure discards the folder, so
   * whatever was serving keeps serving.
   *
   * @throws IndexLockedException when another indexer holds the index folder
   */
  static <T> T inNewBuild(IndexLayout layout, Clock clock, InBuild<T> work) throws IOException {
    try (IndexLayout.WriteLock lock = layout.lockForWriting()) {
      Path build = layout.newBuild(clock);
      try {
        return work.run(build);
      } catch (IOException | RuntimeException | Error e) {
        layout.discard(build);
        throw e;
      }
    }
  }

  /** The writer's settings shared by rebuilds and updates; {@code CREATE} for a build from nothing. */
  static IndexWriterConfig writerConfig(
      Schema schema, IndexBuilder.Options options, IndexWriterConfig.OpenMode mode) {
    IndexWriterConfig config = new IndexWriterConfig(schema.analyzer());
    config.setOpenMode(mode);
    config.setRAMBufferSizeMB(options.ramBufferMb());
    if (options.maxBufferedDocs() > 0) {
      config.setMaxBufferedDocs(options.maxBufferedDocs());
    }
    return config;
  }

  /** Commits the build with its record ({@link BuildInfo}: when, how many stories, the copy grouping). */
  static void commit(IndexWriter writer, Clock clock, long stories, Optional<CopyParams> copies)
      throws IOException {
    writer.setLiveCommitData(
        new BuildInfo(clock.instant(), stories, copies).toUserData().entrySet());
    writer.commit();
  }

  /**
   * Publishes the committed build with its name table when it changed anything, else discards it.
   *
   * @param labels the build's label table, already written into the build
   * @return the published folder; empty when discarded
   */
  Optional<Path> publishIf(boolean changed, IndexLayout layout, Path build, EntityLabels labels)
      throws IOException {
    if (!changed) {
      layout.discard(build);
      return Optional.empty();
    }
    writeNameTable(schema, build, labels);
    return Optional.of(layout.publish(build));
  }

  /**
   * Writes the typeahead's name table into the committed build, so that no server builds it when it
   * opens the build (the server still builds it for a build without the file).
   */
  static void writeNameTable(Schema schema, Path build, EntityLabels labels) throws IOException {
    long start = System.nanoTime();
    NameTable names = NameTable.of(build, schema.facetsConfig(), labels);
    names.write(build);
    LOG.info(
        "wrote {} typeahead names in {} ms", names.size(), (System.nanoTime() - start) / 1_000_000);
  }

  /** First read: every story's entities on all workers, kept by position; then which repeat is written. */
  void extract(StorySource source, Steps steps) throws IOException {
    progress.totalBytes(source.totalBytes());
    StoryPool.forEach(
        source,
        threads,
        (position, story) -> {
          List<Entity> entities = entitiesOf(story);
          extracted.put(position, new Extracted(story.id(), entities));
          steps.firstRead(position, story, entities);
          progress.storyIndexed();
        },
        this::skipped,
        progress::fileDone);
    laterWins = LaterWins.of(extracted.size(), position -> {
      Extracted first = extracted.get(position);
      return first == null ? null : first.id();
    });
  }

  /** Which story of each repeated id is written (after {@link #extract}). */
  LaterWins laterWins() {
    return laterWins;
  }

  /**
   * The archive-wide names from the first read's entities and, for an update, the kept stories' stored
   * ones, so that a new story saying only "Trump" joins the "Donald Trump" of the archive.
   */
  ArchiveNames names(List<List<Entity>> keptStories) {
    Iterable<List<Entity>> all = () -> Stream.concat(
            keptStories.stream(),
            StreamSupport.stream(extracted.values().spliterator(), false).map(Extracted::entities))
        .iterator();
    ArchiveNames names = ArchiveNames.compute(all);
    LOG.info("archive names: {} partial person names take a full name", names.linkedNames());
    return names;
  }

  /**
   * Second read: each story written with its archive-wide names, once per id (the later story wins).
   *
   * @param fresh the build started empty: a story the first read saw unchanged has no earlier document,
   *     so it is added (no delete to buffer and apply at flush); otherwise every document replaces by id
   * @param where how the replacement warnings name the source ("" or " of this update")
   */
  void write(
      StorySource source,
      IndexWriter writer,
      ArchiveNames names,
      EntityLabels.Builder labels,
      boolean fresh,
      String where,
      Steps steps)
      throws IOException {
    StoryPool.forEach(
        source,
        threads,
        (position, story) -> index(position, story, writer, names, labels, fresh, steps),
        null,
        null);
    if (writeFailure != null) {
      throw writeFailure;
    }
    for (ReplacedStory replaced : laterWins.replacements()) {
      LOG.warn(
          "{}: id {} is repeated by the later story at {}{}, which is kept",
          replaced.origin(),
          replaced.id(),
          replaced.keptOrigin(),
          where);
    }
  }

  private void index(
      long position,
      Story story,
      IndexWriter writer,
      ArchiveNames names,
      EntityLabels.Builder labels,
      boolean fresh,
      Steps steps) {
    if (writeFailure != null) {
      return;
    }
    Extracted first = extracted.remove(position);
    boolean same = first != null && first.id().equals(story.id());
    if (same) {
      laterWins.reread(position, story);
      if (laterWins.replaced(position)) {
        return;
      }
    }
    List<Entity> entities;
    if (same) {
      entities = first.entities();
    } else {
      // The input changed between the two reads: this story's entities are extracted afresh.
      LOG.warn(
          "{}: story {} changed while indexing; its entities are extracted again",
          story.origin(),
          story.id());
      entities = entitiesOf(story);
    }
    entities = names.apply(entities);
    try {
      Document doc = schema.toDocument(new IndexedStory(story, entities));
      steps.addFields(doc, position, story, entities, same);
      if (same && fresh) {
        // LaterWins lets each id of the first read through once: no earlier document to replace.
        writer.addDocument(doc);
      } else {
        writer.updateDocument(new Term(Schema.ID, story.id()), doc);
      }
    } catch (IOException e) {
      writeFailure = e;
      return;
    } catch (IllegalArgumentException e) {
      // Lucene rejects a document (e.g. a term longer than 32 KB): skip the story, say why.
      skipped(new Skip(story.origin(), "cannot be indexed: " + e.getMessage()));
      return;
    }
    steps.written(story);
    labels.add(entities);
    perFormat.merge(story.format(), 1L, Long::sum);
    written.incrementAndGet();
  }

  private List<Entity> entitiesOf(Story story) {
    try {
      return extractor.extract(story.title(), story.body());
    } catch (RuntimeException e) {
      // One story the tagger cannot handle must not cost the archive: index it without entities.
      LOG.warn(
          "{}: entity extraction failed ({}); indexed without entities",
          story.origin(),
          e.toString());
      return List.of();
    }
  }

  /**
   * Records and logs a skip. Readers report skips on both reads; only the first read passes them here,
   * so each is logged once.
   */
  private void skipped(Skip skip) {
    LOG.warn("skipped {}", skip);
    skips.add(skip);
    progress.skip();
  }

  /** Stories whose document was written by the second read. */
  long written() {
    return written.get();
  }

  /** Stories written per input format. */
  Map<String, Long> perFormat() {
    return perFormat;
  }

  List<Skip> skips() {
    synchronized (skips) {
      return List.copyOf(skips);
    }
  }
}
