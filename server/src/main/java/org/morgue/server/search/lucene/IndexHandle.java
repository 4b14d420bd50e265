package org.morgue.server.search.lucene;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.morgue.indexer.index.BuildInfo;
import org.morgue.indexer.index.EntityLabels;
import org.morgue.indexer.index.Schema;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One open, published build: its searcher manager, label table and build info. Reference counted so
 * that a newer build can replace it while requests still run on it: the service holds one reference,
 * each request another, and the last release closes the index.
 */
final class IndexHandle {

  private static final Logger LOG = LoggerFactory.getLogger(IndexHandle.class);

  private final Path build;
  private final Directory directory;
  private final SearcherManager manager;
  private final EntityLabels labels;
  private final BuildInfo info;
  private final AtomicInteger refs = new AtomicInteger(1);

  private IndexHandle(Path build, Directory directory, SearcherManager manager, EntityLabels labels, BuildInfo info) {
    this.build = build;
    this.directory = directory;
    this.manager = manager;
    this.labels = labels;
    this.info = info;
  }

  static IndexHandle open(Path build, Schema schema) throws IOException {
    Directory directory = FSDirectory.open(build);
    try {
      long start = System.nanoTime();
      int files = BuildVerifier.verify(build, directory);
      LOG.info("verified {} files of build {} in {} ms", files, build, (System.nanoTime() - start) / 1_000_000);
      SearcherManager manager = new SearcherManager(directory, new ArchiveSearcher.Factory(schema.facetsConfig()));
      ArchiveSearcher searcher = (ArchiveSearcher) manager.acquire();
      BuildInfo info;
      EntityLabels labels = EntityLabels.read(build);
      try {
        info = BuildInfo.fromUserData(((DirectoryReader) searcher.getIndexReader()).getIndexCommit().getUserData());
        // Build the typeahead's name table now, while the previous build still serves, not on the first keystroke.
        searcher.entityNames(labels);
        if (searcher.facetState().isPresent()) {
          searcher.facetOrder(labels);
        }
      } finally {
        manager.release(searcher);
      }
      return new IndexHandle(build, directory, manager, labels, info);
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw e;
    }
  }

  Path build() {
    return build;
  }

  EntityLabels labels() {
    return labels;
  }

  BuildInfo info() {
    return info;
  }

  SearcherManager manager() {
    return manager;
  }

  /** Takes a reference unless the handle is already closed. */
  boolean tryIncRef() {
    while (true) {
      int count = refs.get();
      if (count <= 0) {
        return false;
      }
      if (refs.compareAndSet(count, count + 1)) {
        return true;
      }
    }
  }

  /** Drops a reference; the last one closes the index. */
  void decRef() {
    if (refs.decrementAndGet() == 0) {
      try {
        manager.close();
        directory.close();
        LOG.info("closed build {}", build);
      } catch (IOException e) {
        LOG.warn("closing build {} failed: {}", build, e.toString());
      }
    }
  }
}
