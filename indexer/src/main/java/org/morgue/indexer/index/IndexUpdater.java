package org.morgue.indexer.index;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
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
import org.morgue.indexer.entity.ArchiveNames;
import org.morgue.indexer.entity.Entity;
import org.morgue.indexer.entity.EntityExtractor;
import org.morgue.indexer.events.EventAssigner;
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
 * The reads, the names, the write and the publication are the {@link StoryPipeline} a rebuild runs too.
 */
public final class IndexUpdater {

  private static final Logger LOG = LoggerFactory.getLogger(IndexUpdater.class);

  private final Schema schema;
  private final EntityExtractor extractor;
  private final IndexBuilder.Options options;
  private final Clock clock;

  public IndexUpdater(
      Schema schema, EntityExtractor extractor, IndexBuilder.Options options, Clock clock) {
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
  public UpdateReport update(
      IndexLayout layout, StorySource source, Collection<String> deleteIds, IndexProgress progress)
      throws IOException {
    Instant start = clock.instant();
    return StoryPipeline.inNewBuild(layout, clock, build -> {
      // Read under the write lock: no other indexer can publish between this and our publish.
      Optional<Path> current = layout.currentBuild();
      current.ifPresent(dir -> LOG.info("updating build {}", dir));
      if (current.isPresent()) {
        BuildLinks.linkAll(current.get(), build);
      }
      // Group as the build did: its copy options, not this command's defaults (the build records
      // them).
      Optional<CopyParams> copies =
          current.isPresent() ? BuildInfo.read(current.get()).copies() : options.copies();
      StoryPipeline pipeline = new StoryPipeline(schema, extractor, options.threads(), progress);
      UpdateRun run = new UpdateRun(copies);
      pipeline.extract(source, run);
      StoredStories kept = StoredStories.read(schema, current, run.ids, Set.copyOf(deleteIds));
      Set<String> leaving = new HashSet<>(deleteIds);
      leaving.addAll(run.ids);
      leaving.retainAll(kept.ids());
      EntityLabels.Builder labels = new EntityLabels.Builder();
      kept.entities().forEach(labels::add);
      ArchiveNames names = pipeline.names(kept.entities());
      List<String> unknown = new ArrayList<>(new TreeSet<>(deleteIds));
      unknown.removeAll(kept.ids());
      long deleted;
      long stories;
      IndexWriterConfig.OpenMode mode = current.isPresent()
          ? IndexWriterConfig.OpenMode.APPEND
          : IndexWriterConfig.OpenMode.CREATE;
      try (DirectoryReader old =
              current.isPresent() ? DirectoryReader.open(FSDirectory.open(current.get())) : null;
          IndexWriter writer = new IndexWriter(
              FSDirectory.open(build), StoryPipeline.writerConfig(schema, options, mode))) {
        Optional<IndexSearcher> oldSearcher = Optional.ofNullable(old).map(IndexSearcher::new);
        run.copies.plan(oldSearcher, leaving);
        run.eventSearcher = oldSearcher;
        run.existing = kept.ids();
        deleted = deleteKnown(writer, deleteIds, kept.ids(), run.ids);
        pipeline.write(source, writer, names, labels, false, " of this update", run);
        if (oldSearcher.isPresent()) {
          run.copies.rewriteKept(oldSearcher.get(), writer);
        }
        LOG.info(
            "copy groups: {} kept stories rewritten with their new group, lead or versions",
            run.copies.keptToRewrite());
        // The writer's own count ignores deletes not yet applied; an NRT reader applies them.
        try (DirectoryReader applied = DirectoryReader.open(writer)) {
          stories = applied.numDocs();
        }
        StoryPipeline.commit(writer, clock, stories, copies);
      }
      EntityLabels table = labels.build();
      boolean changed = run.added.get() + run.replaced.get() + deleted > 0;
      if (changed) {
        table.write(build);
      }
      Optional<Path> published = pipeline.publishIf(changed, layout, build, table);
      if (published.isPresent()) {
        LOG.info(
            "published update {}: {} added, {} replaced, {} deleted",
            published.get(),
            run.added.get(),
            run.replaced.get(),
            deleted);
      } else {
        LOG.warn("the update changed nothing; the serving index (if any) is unchanged");
      }
      return new UpdateReport(
          run.added.get(),
          run.replaced.get(),
          deleted,
          unknown,
          pipeline.skips(),
          pipeline.perFormat(),
          pipeline.laterWins().replacements(),
          stories,
          table.size(),
          Duration.between(start, clock.instant()),
          published);
    });
  }

  /** Deletes the ids the index holds, except those the update brings back. */
  private static long deleteKnown(
      IndexWriter writer, Collection<String> deleteIds, Set<String> existing, Set<String> updated)
      throws IOException {
    long deleted = 0;
    for (String id : new TreeSet<>(deleteIds)) {
      if (existing.contains(id) && !updated.contains(id)) {
        writer.deleteDocuments(new Term(Schema.ID, id));
        deleted++;
      }
    }
    return deleted;
  }

  /**
   * An update's own steps of the pipeline: the ids it brings, each new story's copy group and event found
   * in the build being updated, and the added/replaced counts.
   */
  private final class UpdateRun implements StoryPipeline.Steps {
    final UpdateCopies copies;
    final Optional<EventAssigner> events = options.events().map(p -> new EventAssigner(schema, p));
    /** The build being updated, where new stories find their events; empty for a first build. */
    Optional<IndexSearcher> eventSearcher = Optional.empty();
    /** Ids of the stories the update brings (first read). */
    final Set<String> ids = ConcurrentHashMap.newKeySet();
    /** Ids the build being updated holds and keeps, set before the second read. */
    Set<String> existing = Set.of();

    final Set<String> written = ConcurrentHashMap.newKeySet();
    final AtomicLong added = new AtomicLong();
    final AtomicLong replaced = new AtomicLong();

    /** @param params the copy grouping of the build being updated */
    UpdateRun(Optional<CopyParams> params) {
      this.copies = new UpdateCopies(schema, params);
    }

    @Override
    public void firstRead(long position, Story story, List<Entity> entities) {
      ids.add(story.id());
      copies.add(position, story);
    }

    @Override
    public void addFields(
        Document doc, long position, Story story, List<Entity> entities, boolean unchanged)
        throws IOException {
      schema.addCopyFields(doc, copies.infoOf(story.id()), copies.keysOf(story));
      String event = story.id();
      if (events.isPresent() && eventSearcher.isPresent()) {
        event = events.get().assign(eventSearcher.get(), story, entities);
      }
      schema.addEventField(doc, event);
    }

    @Override
    public void written(Story story) {
      if (!written.add(story.id())) {
        // Only a story that changed between the reads gets here (LaterWins lets each id through
        // once).
        LOG.warn(
            "{}: id {} changed while updating and was written twice; the last written is kept",
            story.origin(),
            story.id());
      } else if (existing.contains(story.id())) {
        replaced.incrementAndGet();
      } else {
        added.incrementAndGet();
      }
    }
  }
}
