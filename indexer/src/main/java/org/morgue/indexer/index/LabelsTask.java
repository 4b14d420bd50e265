package org.morgue.indexer.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Ranks a build's entity labels and writes {@code labels.json} on a thread of its own, so that it
 * runs beside the writer's final flush and single-threaded merge instead of after them.
 */
final class LabelsTask {

  private final CompletableFuture<EntityLabels> result;

  private LabelsTask(CompletableFuture<EntityLabels> result) {
    this.result = result;
  }

  /**
   * @param labels the counts, complete (no story is added any more)
   * @param buildDir where to write the table; {@code null} when nothing was indexed (the build is discarded)
   */
  static LabelsTask start(EntityLabels.Builder labels, Path buildDir) {
    return new LabelsTask(CompletableFuture.supplyAsync(
        () -> {
          EntityLabels table = labels.build();
          if (buildDir != null) {
            try {
              table.write(buildDir);
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          }
          return table;
        },
        runnable -> {
          Thread thread = new Thread(runnable, "morgue-labels");
          thread.setDaemon(true);
          thread.start();
        }));
  }

  /** The table, once written; rethrows a failure to write it. */
  EntityLabels await() throws IOException {
    try {
      return result.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof UncheckedIOException io) {
        throw io.getCause();
      }
      if (e.getCause() instanceof RuntimeException re) {
        throw re;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw e;
    }
  }

  /** Waits for the task to end, whatever its outcome (the build is being given up). */
  void awaitQuietly() {
    try {
      result.join();
    } catch (CompletionException | java.util.concurrent.CancellationException e) {
      // The build fails for another reason already being reported.
    }
  }
}
