package org.morgue.indexer.index;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.FSDirectory;
import org.morgue.indexer.entity.Entity;
import org.morgue.indexer.entity.EntityExtractor;
import org.morgue.indexer.read.Skip;
import org.morgue.indexer.read.StoryListener;
import org.morgue.indexer.story.Story;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rebuilds an index from scratch: reads every story from a {@link StorySource}, extracts entities
 * on a pool of worker threads (one shared extractor), writes documents through one
 * {@link IndexWriter}, and publishes the finished build atomically through {@link IndexLayout}.
 * Until the publish, whatever was serving keeps serving; if nothing could be indexed, nothing is
 * published.
 */
public final class IndexBuilder {

  private static final Logger LOG = LoggerFactory.getLogger(IndexBuilder.class);

  /**
   * @param threads worker threads for extraction and writing
   * @param maxBufferedDocs flush a segment every this many documents (0: flush by RAM); tests use a
   *     small value to get an index with several segments
   * @param ramBufferMb IndexWriter RAM buffer
   */
  public record Options(int threads, int maxBufferedDocs, double ramBufferMb) {
    public static final int DEFAULT_THREADS = Runtime.getRuntime().availableProcessors();
    public static final double DEFAULT_RAM_BUFFER_MB = 128;

    public Options {
      if (threads < 1) {
        throw new IllegalArgumentException("threads must be at least 1, was " + threads);
      }
      if (maxBufferedDocs != 0 && maxBufferedDocs < 2) {
        throw new IllegalArgumentException("maxBufferedDocs must be 0 or at least 2, was " + maxBufferedDocs);
      }
    }

    public static Options defaults() {
      return new Options(DEFAULT_THREADS, 0, DEFAULT_RAM_BUFFER_MB);
    }
  }

  private final Schema schema;
  private final EntityExtractor extractor;
  private final Options options;
  private final Clock clock;

  public IndexBuilder(Schema schema, EntityExtractor extractor, Options options, Clock clock) {
    this.schema = schema;
    this.extractor = extractor;
    this.options = options;
    this.clock = clock;
  }

  /**
   * Builds a new index from the source and publishes it.
   *
   * @throws IndexLockedException when another indexer holds the index folder
   * @throws IOException when the index cannot be written (the serving index is left as it was)
   */
  public IndexReport rebuild(IndexLayout layout, StorySource source, IndexProgress progress) throws IOException {
    Instant start = clock.instant();
    try (IndexLayout.WriteLock lock = layout.lockForWriting()) {
      Path build = layout.newBuild(clock);
      try {
        Run run = new Run(progress);
        progress.totalBytes(source.totalBytes());
        EntityLabels.Builder labels = new EntityLabels.Builder();
        try (IndexWriter writer = new IndexWriter(FSDirectory.open(build), writerConfig())) {
          run.write(source, writer, labels);
          long stories = writer.getDocStats().numDocs;
          writer.setLiveCommitData(new BuildInfo(clock.instant(), stories).toUserData().entrySet());
          writer.commit();
        }
        Optional<Path> published = Optional.empty();
        EntityLabels table = labels.build();
        if (run.indexed.get() > 0) {
          table.write(build);
          published = Optional.of(layout.publish(build));
          LOG.info("published build {} with {} stories", published.get(), run.indexed.get());
        } else {
          layout.discard(build);
          LOG.warn("nothing could be indexed; the serving index (if any) is unchanged");
        }
        return new IndexReport(run.indexed.get(), run.sortedSkips(), new TreeMap<>(run.perFormat),
            run.duplicates.get(), table.size(), Duration.between(start, clock.instant()), published);
      } catch (IOException | RuntimeException | Error e) {
        layout.discard(build);
        throw e;
      }
    }
  }

  private IndexWriterConfig writerConfig() {
    IndexWriterConfig config = new IndexWriterConfig(schema.analyzer());
    config.setOpenMode(IndexWriterConfig.OpenMode.CREATE);
    config.setRAMBufferSizeMB(options.ramBufferMb());
    if (options.maxBufferedDocs() > 0) {
      config.setMaxBufferedDocs(options.maxBufferedDocs());
    }
    return config;
  }

  /** The state of one build run. */
  private final class Run {
    final IndexProgress progress;
    final AtomicLong indexed = new AtomicLong();
    final AtomicLong duplicates = new AtomicLong();
    final Map<String, Long> perFormat = new ConcurrentHashMap<>();
    final List<Skip> skips = Collections.synchronizedList(new ArrayList<>());
    final Set<String> ids = ConcurrentHashMap.newKeySet();
    volatile IOException writeFailure;

    Run(IndexProgress progress) {
      this.progress = progress;
    }

    void write(StorySource source, IndexWriter writer, EntityLabels.Builder labels) throws IOException {
      // A bounded queue with caller-runs back-pressure: the reading thread helps when workers lag,
      // so memory stays bounded whatever the input size.
      ThreadPoolExecutor pool = new ThreadPoolExecutor(options.threads(), options.threads(), 0, TimeUnit.SECONDS,
          new ArrayBlockingQueue<>(options.threads() * 64), new ThreadPoolExecutor.CallerRunsPolicy());
      try {
        source.readAll(new StoryListener() {
          @Override
          public void onStory(Story story) {
            pool.execute(() -> index(story, writer, labels));
          }

          @Override
          public void onSkip(Skip skip) {
            skipped(skip);
          }

          @Override
          public void onFileDone(Path file, String format, long bytes) {
            progress.fileDone(bytes);
          }
        });
      } finally {
        pool.shutdown();
        awaitQuietly(pool);
      }
      if (writeFailure != null) {
        throw writeFailure;
      }
    }

    private void index(Story story, IndexWriter writer, EntityLabels.Builder labels) {
      if (writeFailure != null) {
        return;
      }
      List<Entity> entities;
      try {
        entities = extractor.extract(story.title(), story.body());
      } catch (RuntimeException e) {
        // One story the tagger cannot handle must not cost the archive: index it without entities.
        LOG.warn("{}: entity extraction failed ({}); indexed without entities", story.origin(), e.toString());
        entities = List.of();
      }
      try {
        if (!ids.add(story.id())) {
          duplicates.incrementAndGet();
          LOG.warn("{}: id {} repeats an earlier story; the later one is kept", story.origin(), story.id());
        }
        writer.updateDocument(new Term(Schema.ID, story.id()), schema.toDocument(new IndexedStory(story, entities)));
        labels.add(entities);
        perFormat.merge(story.format(), 1L, Long::sum);
        indexed.incrementAndGet();
        progress.storyIndexed();
      } catch (IOException e) {
        writeFailure = e;
      } catch (IllegalArgumentException e) {
        // Lucene rejects a document (e.g. a term longer than 32 KB): skip the story, say why.
        Skip skip = new Skip(story.origin(), "cannot be indexed: " + e.getMessage());
        LOG.warn("skipped {}", skip);
        skipped(skip);
      }
    }

    /** Records a skip; the reader that found it has already logged it. */
    private void skipped(Skip skip) {
      skips.add(skip);
      progress.skip();
    }

    List<Skip> sortedSkips() {
      synchronized (skips) {
        return List.copyOf(skips);
      }
    }
  }

  private static void awaitQuietly(ThreadPoolExecutor pool) {
    boolean interrupted = false;
    while (true) {
      try {
        if (pool.awaitTermination(1, TimeUnit.MINUTES)) {
          break;
        }
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
