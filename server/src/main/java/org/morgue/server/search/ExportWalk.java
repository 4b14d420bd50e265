package org.morgue.server.search;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * An export's walk, the same on both backends: batches in the request's order, each handed to the
 * sink before the next is read (memory stays at one batch however many stories match), until the cap,
 * the end of the matches, or the backend says stop (a time limit). A backend only says how to read
 * one batch after a cursor.
 */
public final class ExportWalk {

  private ExportWalk() {}

  /**
   * One backend's batches.
   *
   * @param <C> the backend's cursor: the last row's sort position
   */
  @FunctionalInterface
  public interface Batches<C> {
    /**
     * At most {@code size} rows after {@code after} (null: from the first); empty when a time limit cut
     * the batch, so that none of a batch that may have missed matches is written.
     */
    Optional<Batch<C>> next(C after, int size) throws IOException;

    /** Whether to stop after a full batch was written (a time limit passed); never, unless overridden. */
    default boolean stop() {
      return false;
    }
  }

  /** The rows of one batch and the cursor after its last row (null when the batch is empty). */
  public record Batch<C>(List<StoryRow> rows, C last) {
    public Batch {
      rows = List.copyOf(rows);
    }
  }

  /**
   * Writes batches of at most {@code batch} rows until {@code cap} rows, the end of the matches or a stop.
   *
   * @return rows written
   */
  public static <C> long walk(int batch, long cap, StoryRow.Sink sink, Batches<C> batches)
      throws IOException {
    long written = 0;
    C after = null;
    while (written < cap) {
      int size = (int) Math.min(batch, cap - written);
      Optional<Batch<C>> round = batches.next(after, size);
      if (round.isEmpty()) {
        return written;
      }
      for (StoryRow row : round.get().rows()) {
        sink.accept(row);
        written++;
      }
      if (round.get().rows().size() < size || batches.stop()) {
        return written;
      }
      after = round.get().last();
    }
    return written;
  }
}
