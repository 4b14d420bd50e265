package org.morgue.indexer.index;

import java.io.IOException;
import java.nio.file.Path;

/** Another indexer is writing to the same index folder. */
public final class IndexLockedException extends IOException {
  private static final long serialVersionUID = 1L;

  public IndexLockedException(Path root) {
    super("another indexer is already writing to " + root + " (lock "
        + root.resolve(IndexLayout.WRITE_LOCK) + "); wait for it to finish");
  }
}
