package org.morgue.server.search.lucene;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.MultiReader;
import org.apache.lucene.search.ReferenceManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.morgue.indexer.index.BuildInfo;
import org.morgue.indexer.index.EntityLabels;
import org.morgue.indexer.index.IndexLayout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lucene's own lifecycle for the served build: a {@link ReferenceManager} whose refresh notices that
 * {@code current} points to another build and opens it. Requests {@code acquire} and {@code release} the
 * searcher; a refresh swaps the new one in atomically and the old build closes when its last request
 * releases it (its reader's reference count is the only count). Until a build is published it serves a
 * stand-in over no documents, so acquiring never fails for want of a build.
 *
 * <p>{@link #openBuild} is the one place a build is opened, for the first build and every later one: a
 * build that cannot be opened there throws, the refresh fails, and the previous build keeps serving.
 */
final class ArchiveSearcherManager extends ReferenceManager<ArchiveSearcher> {

  private static final Logger LOG = LoggerFactory.getLogger(ArchiveSearcherManager.class);

  private final IndexLayout layout;
  private final FacetsConfig config;
  /** The last published build that failed verification, so it is not re-read on every refresh. */
  private final AtomicReference<Path> damaged = new AtomicReference<>();

  /** @throws IOException when the current build exists but cannot be opened */
  ArchiveSearcherManager(IndexLayout layout, FacetsConfig config) throws IOException {
    this.layout = layout;
    this.config = config;
    Optional<Path> build = layout.currentBuild();
    current = build.isPresent() ? openBuild(build.get()) : nothingPublished();
  }

  @Override
  protected ArchiveSearcher refreshIfNeeded(ArchiveSearcher serving) throws IOException {
    Optional<Path> build = layout.currentBuild();
    if (build.isEmpty() || build.equals(serving.build()) || build.get().equals(damaged.get())) {
      return null;
    }
    try {
      return openBuild(build.get());
    } catch (BuildVerifier.DamagedBuildException e) {
      // Refused once: a damaged build stays damaged until a new one is published.
      damaged.set(build.get());
      throw e;
    }
  }

  /**
   * Opens a published build: its reader, label table and build info, and the searcher's per-build
   * tables. The directory closes with the reader, whether the build is retired or fails to open.
   */
  ArchiveSearcher openBuild(Path build) throws IOException {
    Directory directory = FSDirectory.open(build);
    DirectoryReader reader;
    try {
      long start = System.nanoTime();
      int files = BuildVerifier.verify(build, directory);
      LOG.info(
          "verified {} files of build {} in {} ms",
          files,
          build,
          (System.nanoTime() - start) / 1_000_000);
      reader = DirectoryReader.open(directory);
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw e;
    }
    reader.getReaderCacheHelper().addClosedListener(key -> {
      directory.close();
      LOG.info("closed build {}", build);
    });
    try {
      BuildInfo info = BuildInfo.fromUserData(reader.getIndexCommit().getUserData());
      ArchiveSearcher searcher = new ArchiveSearcher(
          reader, config, Optional.of(build), EntityLabels.read(build), Optional.of(info));
      LOG.info("serving build {} ({} stories, built {})", build, info.stories(), info.builtAt());
      return searcher;
    } catch (IOException | RuntimeException e) {
      reader.close();
      throw e;
    }
  }

  /** The stand-in before the first build: no documents, no labels, no build info. */
  private ArchiveSearcher nothingPublished() throws IOException {
    return new ArchiveSearcher(
        new MultiReader(), config, Optional.empty(), EntityLabels.empty(), Optional.empty());
  }

  /** The build being served, if any (for log lines; a refresh may change it right after). */
  Optional<Path> serving() {
    try {
      ArchiveSearcher searcher = acquire();
      try {
        return searcher.build();
      } finally {
        release(searcher);
      }
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  @Override
  protected boolean tryIncRef(ArchiveSearcher searcher) {
    return searcher.getIndexReader().tryIncRef();
  }

  @Override
  protected void decRef(ArchiveSearcher searcher) throws IOException {
    searcher.getIndexReader().decRef();
  }

  @Override
  protected int getRefCount(ArchiveSearcher searcher) {
    return searcher.getIndexReader().getRefCount();
  }
}
