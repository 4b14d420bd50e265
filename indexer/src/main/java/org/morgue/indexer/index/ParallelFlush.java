package org.morgue.indexer.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.lucene.index.IndexWriter;

/**
 * Flushes an {@link IndexWriter}'s in-memory segments on several threads. Each indexing thread leaves
 * its own buffered segment; {@link IndexWriter#commit} would then flush them one after the other on
 * the committing thread, which was the single-threaded tail of a rebuild (about a fifth of a cached
 * Reuters-21578 rebuild). {@link IndexWriter#flushNextBuffer} flushes one buffer on the calling thread
 * and is safe to call concurrently, so each thread here takes buffers until none is left.
 */
final class ParallelFlush {

  private ParallelFlush() {}

  static void flushAll(IndexWriter writer, int threads) throws IOException {
    if (threads < 2) {
      while (writer.flushNextBuffer()) {
        // one buffer per call
      }
      return;
    }
    ExecutorService pool = Executors.newFixedThreadPool(
        threads, Thread.ofPlatform().name("morgue-flush-", 0).factory());
    try {
      List<Future<Void>> done = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        done.add(pool.submit(() -> {
          while (writer.flushNextBuffer()) {
            // one buffer per call
          }
          return null;
        }));
      }
      for (Future<Void> f : done) {
        await(f);
      }
    } finally {
      pool.shutdown();
    }
  }

  private static void await(Future<Void> f) throws IOException {
    try {
      f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while flushing the index", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      if (e.getCause() instanceof RuntimeException re) {
        throw re;
      }
      throw new IOException("flushing the index failed", e.getCause());
    }
  }
}
