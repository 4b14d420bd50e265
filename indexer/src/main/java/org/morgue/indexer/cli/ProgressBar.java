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
 * Without a terminal (a log file, CI, {@code nohup}) the same text is written as a plain line every
 * {@link #LINE_EVERY_MS} instead: a redrawn bar would pile up carriage returns and escape codes, and
 * no output at all left a long run looking hung for minutes.
 */
public final class ProgressBar implements AutoCloseable {

  private static final int WIDTH = 24;
  private static final long REFRESH_MS = 250;
  /** How often a progress line is written without a terminal. */
  static final long LINE_EVERY_MS = 5_000;

  private final PrintStream err;
  private final IndexProgress progress;
  private final LongSupplier nanoTime;
  private final long startNanos;
  private final ScheduledExecutorService timer;
  /** A terminal: redraw one line in place; otherwise append a line each time. */
  private final boolean terminal;

  ProgressBar(PrintStream err, IndexProgress progress, LongSupplier nanoTime, boolean terminal) {
    this.err = err;
    this.terminal = terminal;
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
    ProgressBar bar = new ProgressBar(err, progress, System::nanoTime, true);
    bar.timer.scheduleAtFixedRate(bar::draw, REFRESH_MS, REFRESH_MS, TimeUnit.MILLISECONDS);
    return bar;
  }

  /** Starts writing a plain progress line every {@link #LINE_EVERY_MS}, for output that is not a terminal. */
  public static ProgressBar lines(PrintStream err, IndexProgress progress) {
    ProgressBar bar = new ProgressBar(err, progress, System::nanoTime, false);
    bar.timer.scheduleAtFixedRate(bar::draw, LINE_EVERY_MS, LINE_EVERY_MS, TimeUnit.MILLISECONDS);
    return bar;
  }

  void draw() {
    Duration elapsed = Duration.ofNanos(nanoTime.getAsLong() - startNanos);
    String text = render(
        progress.stories(),
        progress.skipped(),
        progress.bytesDone(),
        progress.totalBytes(),
        elapsed);
    if (terminal) {
      err.print("\r" + text + "\u001b[K");
    } else {
      err.println("indexing: " + text + " after " + clock(elapsed.toSeconds()));
    }
    err.flush();
  }

  /** The bar's text for the given counters; pure, for tests. */
  public static String render(
      long stories, long skipped, long bytesDone, long totalBytes, Duration elapsed) {
    double seconds = Math.max(elapsed.toMillis(), 1) / 1000.0;
    StringBuilder line = new StringBuilder();
    if (totalBytes > 0) {
      double share = Math.min(1.0, (double) bytesDone / totalBytes);
      int filled = (int) Math.round(share * WIDTH);
      line.append('[')
          .append("#".repeat(filled))
          .append(".".repeat(WIDTH - filled))
          .append("] ")
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
        ? String.format(
            Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
        : String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
  }

  /** Stops drawing and ends the bar's line (the summary that follows says where a line-mode run ended). */
  @Override
  public void close() {
    timer.shutdownNow();
    if (terminal) {
      draw();
      err.println();
    }
  }
}
