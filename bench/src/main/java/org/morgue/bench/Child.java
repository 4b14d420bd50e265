package org.morgue.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A child process of the harness: Morgue's launcher, the baseline indexer or the Solr peer, each in
 * its own JVM so its peak resident memory is its own. The peak is read from Linux's
 * {@code /proc/PID/status} ({@code VmHWM}, the resident high-water mark) while the child runs; on
 * other systems it is unknown. Output goes to a log file, which errors quote.
 */
public final class Child implements AutoCloseable {

  /** How a finished child went: exit code, wall time, peak RSS (if known) and its output. */
  public record Result(int exit, double seconds, Optional<Long> peakRssBytes, String output) {}

  private static final long POLL_MS = 100;

  private final Process process;
  private final Path log;
  private final long start = System.nanoTime();
  private volatile long peakKb = -1;
  private final Thread poller;

  private Child(Process process, Path log) {
    this.process = process;
    this.log = log;
    this.poller = Thread.ofPlatform().daemon().name("rss-" + process.pid()).start(this::poll);
  }

  /** Starts a command with extra environment, output (stdout and stderr) to {@code log}. */
  public static Child start(List<String> command, Map<String, String> env, Path log)
      throws IOException {
    ProcessBuilder builder =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    builder.environment().putAll(env);
    return new Child(builder.start(), log);
  }

  /** Waits for the child to end (at most {@code timeoutMinutes}) and returns how it went. */
  public Result await(long timeoutMinutes) throws IOException, InterruptedException {
    if (!process.waitFor(timeoutMinutes, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new IOException("timed out after " + timeoutMinutes + " min: " + tail());
    }
    poller.join();
    return new Result(process.exitValue(), (System.nanoTime() - start) / 1e9, peak(), output());
  }

  /** The peak RSS so far (the child keeps running). */
  public Optional<Long> peak() {
    return peakKb < 0 ? Optional.empty() : Optional.of(peakKb * 1024);
  }

  public long pid() {
    return process.pid();
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  /** The child's output so far. */
  public String output() throws IOException {
    return Files.readString(log, StandardCharsets.UTF_8);
  }

  /** The last lines of the output, for error messages. */
  public String tail() throws IOException {
    String out = output();
    return out.substring(Math.max(0, out.length() - 2_000));
  }

  private void poll() {
    Path status = Path.of("/proc", Long.toString(process.pid()), "status");
    while (process.isAlive()) {
      try {
        for (String line : Files.readAllLines(status)) {
          if (line.startsWith("VmHWM:")) {
            peakKb = Math.max(peakKb, Long.parseLong(line.replaceAll("[^0-9]", "")));
          }
        }
      } catch (IOException | RuntimeException e) {
        // The process ended between the check and the read, or there is no /proc: nothing to
        // record.
      }
      try {
        Thread.sleep(POLL_MS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  /** Stops the child (SIGTERM, so a server's shutdown hook runs), then kills it if it lingers. */
  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      process.destroy();
      if (!process.waitFor(20, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    }
  }
}
