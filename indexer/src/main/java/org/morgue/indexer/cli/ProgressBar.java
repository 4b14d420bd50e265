package org.morgue.indexer.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.morgue.indexer.index.IndexProgress;

/**
 * Draws a one-line progress bar on stderr while an index is built: the share of input bytes read,
 * stories indexed, stories per second and the estimated time left (when the total size is known).
 */
public final class ProgressBar implements AutoCloseable {

  private static final int WIDTH = 24;
  private static final long REFRESH_MS = 250;

  private final PrintStream err;
  private final IndexProgress progress;
  private final LongSupplier nanoTime;
  private final long startNanos;
  private final ScheduledExecutorService timer;

  private ProgressBar(PrintStream err, IndexProgress progress, LongSupplier nanoTime) {
    this.err = err;
    this.progress = progress;
    this.nanoTime = nanoTime;
    this.startNanos = nanoTime.getAsLong();
    this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "morgue-progress");
      t.setDaemon(true);
      return t;
    });
  }

  /** Starts redrawing the bar until closed. */
  public static ProgressBar start(PrintStream err, IndexProgress progress) {
    ProgressBar bar = new ProgressBar(err, progress, System::nanoTime);
    bar.timer.scheduleAtFixedRate(bar::draw, REFRESH_MS, REFRESH_MS, TimeUnit.MILLISECONDS);
    return bar;
  }

  private void draw() {
    Duration elapsed = Duration.ofNanos(nanoTime.getAsLong() - startNanos);
    err.print("\r" + render(progress.stories(), progress.skipped(), progress.bytesDone(), progress.totalBytes(),
        elapsed) + "\u001b[K");
    err.flush();
  }

  /** The bar's text for the given counters; pure, for tests. */
  public static String render(long stories, long skipped, long bytesDone, long totalBytes, Duration elapsed) {
    double seconds = Math.max(elapsed.toMillis(), 1) / 1000.0;
    StringBuilder line = new StringBuilder();
    if (totalBytes > 0) {
      double share = Math.min(1.0, (double) bytesDone / totalBytes);
      int filled = (int) Math.round(share * WIDTH);
      line.append('[').append("#".repeat(filled)).append(".".repeat(WIDTH - filled)).append("] ")
          .append(String.format(Locale.ROOT, "%3d%% ", Math.round(share * 100)));
    }
    line.append(String.format(Locale.ROOT, "%,d stories  %,.0f/s", stories, stories / seconds));
    if (totalBytes > 0 && bytesDone > 0 && bytesDone < totalBytes) {
      long etaSeconds = Math.round(seconds * (totalBytes - bytesDone) / bytesDone);
      line.append("  ETA ").append(clock(etaSeconds));
    }
    if (skipped > 0) {
      line.append(String.format(Locale.ROOT, "  (%,d skipped)", skipped));
    }
    return line.toString();
  }

  private static String clock(long seconds) {
    return seconds >= 3600
        ? String.format(Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
        : String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
  }

  /** Stops drawing and ends the line. */
  @Override
  public void close() {
    timer.shutdownNow();
    draw();
    err.println();
  }
}
