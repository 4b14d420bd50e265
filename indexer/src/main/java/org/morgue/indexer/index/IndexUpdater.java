package org.morgue.indexer.index;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.FSDirectory;
import org.morgue.indexer.copies.CopyParams;
import org.morgue.indexer.events.EventAssigner;
import org.morgue.indexer.entity.ArchiveNames;
import org.morgue.indexer.entity.Entity;
import org.morgue.indexer.entity.EntityExtractor;
import org.morgue.indexer.read.Skip;
import org.morgue.indexer.story.Story;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Adds, replaces (by id) and deletes stories without a rebuild. The new build starts as hard links
 * to the serving build's files ({@link BuildLinks}), an {@link IndexWriter} in append mode applies
 * the changes, and the result is committed and published atomically through {@link IndexLayout}: a
 * server switches to it on its next reopen and never sees a half-applied update, and a killed update
 * leaves the serving build untouched (its unpublished folder is removed by the next run).
 *
 * <p>Entity names: the stories given are extracted (through the cache when the extractor has one)
 * and given archive-wide names computed from their own entities together with every kept story's
 * stored entities, so a new story saying only "Trump" joins the "Donald Trump" of the archive. Kept
 * stories are not rewritten for their names: these stay as the last rebuild or update computed them. The
 * label table is recomputed from all stories' entities. Copy groups are kept right by {@link UpdateCopies}:
 * kept stories whose group, lead or group size changed are rewritten from their stored fields.
 */
public final class IndexUpdater {

  private static final Logger LOG = LoggerFactory.getLogger(IndexUpdater.class);

  private final Schema schema;
  private final EntityExtractor extractor;
  private final IndexBuilder.Options options;
  private final Clock clock;

  public IndexUpdater(Schema schema, EntityExtractor extractor, IndexBuilder.Options options, Clock clock) {
    this.schema = schema;
    this.extractor = extractor;
    this.options = options;
    this.clock = clock;
  }

  /**
   * Applies the source's stories and the deletions to the current build and publishes the result;
   * an index folder with nothing published yet starts empty.
   *
   * @param deleteIds ids to remove; a story with one of these ids in the source is kept (replaced)
   * @throws IndexLockedException when another indexer holds the index folder
   * @throws IOException when the index cannot be written (the serving index is left as it was)
   */
  public UpdateReport update(IndexLayout layout, StorySource source, Collection<String> deleteIds,
      IndexProgress progress) throws IOException {
    Instant start = clock.instant();
    try (IndexLayout.WriteLock lock = layout.lockForWriting()) {
      Optional<Path> current = layout.currentBuild();
      Path build = layout.newBuild(clock);
      try {
        current.ifPresent(dir -> LOG.info("updating build {}", dir));
        if (current.isPresent()) {
          BuildLinks.linkAll(current.get(), build);
        }
        progress.totalBytes(source.totalBytes());
        // Group as the build did: its copy options, not this command's defaults (the build records them).
        Optional<CopyParams> copies = current.isPresent() ? BuildInfo.read(current.get()).copies() : options.copies();
        UpdateRun run = new UpdateRun(progress, copies);
        run.extract(source);
        run.laterWins = LaterWins.of(run.extracted.size(), position -> {
          UpdateRun.Extracted first = run.extracted.get(position);
          return first == null ? null : first.id();
        });
        StoredStories kept = StoredStories.read(schema, current, run.ids, Set.copyOf(deleteIds));
        Set<String> leaving = new HashSet<>(deleteIds);
        leaving.addAll(run.ids);
        leaving.retainAll(kept.ids());
        EntityLabels.Builder labels = new EntityLabels.Builder();
        kept.entities().forEach(labels::add);
        List<List<Entity>> all = new ArrayList<>(kept.entities());
        all.addAll(run.extracted.values().stream().map(UpdateRun.Extracted::entities).toList());
        ArchiveNames names = ArchiveNames.compute(all);
        List<String> unknown = new ArrayList<>(new TreeSet<>(deleteIds));
        unknown.removeAll(kept.ids());
        long deleted;
        long stories;
        try (DirectoryReader old = current.isPresent() ? DirectoryReader.open(FSDirectory.open(current.get())) : null;
            IndexWriter writer = new IndexWriter(FSDirectory.open(build), writerConfig(current.isPresent()))) {
          Optional<IndexSearcher> oldSearcher = Optional.ofNullable(old).map(IndexSearcher::new);
          run.copies.plan(oldSearcher, leaving);
          run.eventSearcher = oldSearcher;
          deleted = deleteKnown(writer, deleteIds, kept.ids(), run.ids);
          run.write(source, writer, labels, names, kept.ids());
          if (oldSearcher.isPresent()) {
            run.copies.rewriteKept(oldSearcher.get(), writer);
          }
          LOG.info("copy groups: {} kept stories rewritten with their new group, lead or versions",
              run.copies.keptToRewrite());
          // The writer's own count ignores deletes not yet applied; an NRT reader applies them.
          try (DirectoryReader applied = DirectoryReader.open(writer)) {
            stories = applied.numDocs();
          }
          writer.setLiveCommitData(new BuildInfo(clock.instant(), stories, run.params).toUserData().entrySet());
          writer.commit();
        }
        EntityLabels table = labels.build();
        Optional<Path> published = Optional.empty();
        if (run.added.get() + run.replaced.get() + deleted > 0) {
          table.write(build);
          IndexBuilder.writeNameTable(schema, build, table);
          published = Optional.of(layout.publish(build));
          LOG.info("published update {}: {} added, {} replaced, {} deleted", published.get(), run.added.get(),
              run.replaced.get(), deleted);
        } else {
          layout.discard(build);
          LOG.warn("the update changed nothing; the serving index (if any) is unchanged");
        }
        return new UpdateReport(run.added.get(), run.replaced.get(), deleted, unknown, run.sortedSkips(),
            run.perFormat, run.laterWins.replacements(), stories, table.size(), Duration.between(start, clock.instant()),
            published);
      } catch (IOException | RuntimeException | Error e) {
        layout.discard(build);
        throw e;
      }
    }
  }

  /** Deletes the ids the index holds, except those the update brings back. */
  private static long deleteKnown(IndexWriter writer, Collection<String> deleteIds, Set<String> existing,
      Set<String> updated) throws IOException {
    long deleted = 0;
    for (String id : new TreeSet<>(deleteIds)) {
      if (existing.contains(id) && !updated.contains(id)) {
        writer.deleteDocuments(new Term(Schema.ID, id));
        deleted++;
      }
    }
    return deleted;
  }

  private IndexWriterConfig writerConfig(boolean append) {
    IndexWriterConfig config = new IndexWriterConfig(schema.analyzer());
    config.setOpenMode(append ? IndexWriterConfig.OpenMode.APPEND : IndexWriterConfig.OpenMode.CREATE);
    config.setRAMBufferSizeMB(options.ramBufferMb());
    if (options.maxBufferedDocs() > 0) {
      config.setMaxBufferedDocs(options.maxBufferedDocs());
    }
    return config;
  }

  /** The state of one update: the two reads of the source, as in a rebuild. */
  private final class UpdateRun {
    record Extracted(String id, List<Entity> entities) {}

    final IndexProgress progress;
    final Map<Long, Extracted> extracted = new ConcurrentHashMap<>();
    final Optional<CopyParams> params;
    final UpdateCopies copies;
    final Optional<EventAssigner> events = options.events().map(p -> new EventAssigner(schema, p));
    /** The build being updated, where new stories find their events; empty for a first build. */
    Optional<IndexSearcher> eventSearcher = Optional.empty();
    final Set<String> ids = ConcurrentHashMap.newKeySet();
    final Set<String> written = ConcurrentHashMap.newKeySet();
    final AtomicLong added = new AtomicLong();
    final AtomicLong replaced = new AtomicLong();
    /** Which story of each id repeated in the update is written, from the first read's ids. */
    LaterWins laterWins;
    final Map<String, Long> perFormat = new ConcurrentHashMap<>();
    final List<Skip> skips = Collections.synchronizedList(new ArrayList<>());
    volatile IOException writeFailure;

    /** @param params the copy grouping of the build being updated */
    UpdateRun(IndexProgress progress, Optional<CopyParams> params) {
      this.progress = progress;
      this.params = params;
      this.copies = new UpdateCopies(schema, params);
    }

    void extract(StorySource source) throws IOException {
      StoryPool.forEach(source, options.threads(), (position, story) -> {
        ids.add(story.id());
        extracted.put(position, new Extracted(story.id(), entitiesOf(story)));
        copies.add(position, story);
        progress.storyIndexed();
      }, skip -> {
        LOG.warn("skipped {}", skip);
        skips.add(skip);
        progress.skip();
      }, progress::fileDone);
    }

    void write(StorySource source, IndexWriter writer, EntityLabels.Builder labels, ArchiveNames names,
        Set<String> existing) throws IOException {
      StoryPool.forEach(source, options.threads(), (position, story) -> {
        Extracted first = extracted.get(position);
        boolean same = first != null && first.id().equals(story.id());
        if (same) {
          laterWins.reread(position, story);
          if (laterWins.replaced(position)) {
            return;
          }
        }
        List<Entity> entities = same ? first.entities() : entitiesOf(story);
        write(story, names.apply(entities), writer, labels, existing);
      }, null, null);
      if (writeFailure != null) {
        throw writeFailure;
      }
      for (ReplacedStory replaced : laterWins.replacements()) {
        LOG.warn("{}: id {} is repeated by the later story at {} of this update, which is kept", replaced.origin(),
            replaced.id(), replaced.keptOrigin());
      }
    }

    private void write(Story story, List<Entity> entities, IndexWriter writer, EntityLabels.Builder labels,
        Set<String> existing) {
      if (writeFailure != null) {
        return;
      }
      try {
        Document doc = schema.toDocument(new IndexedStory(story, entities));
        schema.addCopyFields(doc, copies.infoOf(story.id()), copies.keysOf(story));
        String event = story.id();
        if (events.isPresent() && eventSearcher.isPresent()) {
          event = events.get().assign(eventSearcher.get(), story, entities);
        }
        schema.addEventField(doc, event);
        writer.updateDocument(new Term(Schema.ID, story.id()), doc);
      } catch (IOException e) {
        writeFailure = e;
        return;
      } catch (IllegalArgumentException e) {
        skips.add(new Skip(story.origin(), "cannot be indexed: " + e.getMessage()));
        return;
      }
      if (!written.add(story.id())) {
        // Only a story that changed between the reads gets here (LaterWins lets each id through once).
        LOG.warn("{}: id {} changed while updating and was written twice; the last written is kept", story.origin(),
            story.id());
      } else if (existing.contains(story.id())) {
        replaced.incrementAndGet();
      } else {
        added.incrementAndGet();
      }
      labels.add(entities);
      perFormat.merge(story.format(), 1L, Long::sum);
    }

    private List<Entity> entitiesOf(Story story) {
      try {
        return extractor.extract(story.title(), story.body());
      } catch (RuntimeException e) {
        LOG.warn("{}: entity extraction failed ({}); indexed without entities", story.origin(), e.toString());
        return List.of();
      }
    }

    List<Skip> sortedSkips() {
      synchronized (skips) {
        return List.copyOf(skips);
      }
    }
  }
}
