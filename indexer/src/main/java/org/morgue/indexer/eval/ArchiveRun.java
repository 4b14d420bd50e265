package org.morgue.indexer.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.morgue.indexer.entity.ArchiveNames;
import org.morgue.indexer.entity.Entity;
import org.morgue.indexer.entity.EntityExtractor;
import org.morgue.indexer.read.InputNotFoundException;
import org.morgue.indexer.read.ReadSummary;
import org.morgue.indexer.read.Skip;
import org.morgue.indexer.read.StoryListener;
import org.morgue.indexer.read.StoryReaders;
import org.morgue.indexer.story.Story;

/**
 * The entity facets an index build would give a set of inputs, without writing an index: the same
 * readers, the same extractor (model, in-story rules, alias table) and the same archive pass
 * ({@link ArchiveNames}) as {@code IndexBuilder}, in the same order.
 *
 * @param stories every story read, in input order
 * @param facets each story's entities after the archive pass, same order
 * @param read what the readers read and skipped
 */
public record ArchiveRun(List<Story> stories, List<List<Entity>> facets, ReadSummary read) {

  public ArchiveRun {
    stories = List.copyOf(stories);
    facets = List.copyOf(facets);
    Objects.requireNonNull(read, "read");
    if (stories.size() != facets.size()) {
      throw new IllegalArgumentException(
          stories.size() + " stories but " + facets.size() + " facet lists");
    }
  }

  /** Reads the inputs and extracts every story's entities on all cores. */
  public static ArchiveRun of(List<Path> inputs, EntityExtractor extractor)
      throws InputNotFoundException {
    List<Story> stories = new ArrayList<>();
    ReadSummary read = new StoryReaders().read(inputs, new StoryListener() {
      @Override
      public void onStory(Story story) {
        stories.add(story);
      }

      @Override
      public void onSkip(Skip skip) {
        // Counted in the summary; the evaluations report the count, not each skip.
      }
    });
    List<List<Entity>> extracted = stories.parallelStream()
        .map(s -> extractor.extract(s.title(), s.body()))
        .toList();
    ArchiveNames names = ArchiveNames.compute(extracted);
    return new ArchiveRun(stories, extracted.stream().map(names::apply).toList(), read);
  }
}
