package org.morgue.indexer.index;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Live counters of a running build, read by the CLI's progress bar from another thread.
 */
public final class IndexProgress {
  private final AtomicLong stories = new AtomicLong();
  private final AtomicLong skipped = new AtomicLong();
  private final AtomicLong bytesDone = new AtomicLong();
  private volatile long totalBytes;

  public long stories() {
    return stories.get();
  }

  public long skipped() {
    return skipped.get();
  }

  public long bytesDone() {
    return bytesDone.get();
  }

  /** Total input bytes, or 0 when unknown. */
  public long totalBytes() {
    return totalBytes;
  }

  void totalBytes(long total) {
    this.totalBytes = total;
  }

  void storyIndexed() {
    stories.incrementAndGet();
  }

  void skip() {
    skipped.incrementAndGet();
  }

  void fileDone(long bytes) {
    bytesDone.addAndGet(bytes);
  }
}
