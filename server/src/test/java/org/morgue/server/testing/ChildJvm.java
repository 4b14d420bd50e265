package org.morgue.server.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A real Morgue process ({@code org.morgue.server.Main} on this test's classpath) whose merged
 * stdout/stderr is read line by line on a thread of its own, so a test can wait for a log line and
 * then kill the process hard, and the child never blocks on a full pipe.
 */
public final class ChildJvm implements AutoCloseable {

  private final Process process;
  private final List<String> lines = new ArrayList<>();
  private final Thread reader;

  private ChildJvm(Process process) {
    this.process = process;
    this.reader =
        Thread.ofPlatform().daemon().name("child-output-" + process.pid()).start(this::readLines);
  }

  /** Starts {@code Main} with the given arguments ({@code index ...}, {@code serve ...}). */
  public static ChildJvm start(String heap, String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx" + heap,
        "-cp",
        System.getProperty("java.class.path"),
        "org.morgue.server.Main"));
    command.addAll(List.of(args));
    return new ChildJvm(new ProcessBuilder(command).redirectErrorStream(true).start());
  }

  private void readLines() {
    try (BufferedReader in = new BufferedReader(
        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        synchronized (lines) {
          lines.add(line);
          lines.notifyAll();
        }
      }
    } catch (IOException e) {
      // The process was killed while a line was being read: its output simply ends here.
    } finally {
      synchronized (lines) {
        lines.add(null); // end of output
        lines.notifyAll();
      }
    }
  }

  /**
   * Waits until a line satisfying the test appears and returns it.
   *
   * @throws IllegalStateException when the output ends or the deadline passes first
   */
  public String awaitLine(Predicate<String> test, Duration deadline) throws InterruptedException {
    long end = System.nanoTime() + deadline.toNanos();
    int seen = 0;
    synchronized (lines) {
      while (true) {
        for (; seen < lines.size(); seen++) {
          String line = lines.get(seen);
          if (line == null) {
            throw new IllegalStateException(
                "the process ended before the expected line:\n" + output());
          }
          if (test.test(line)) {
            return line;
          }
        }
        long left = end - System.nanoTime();
        if (left <= 0) {
          throw new IllegalStateException("no expected line within " + deadline + ":\n" + output());
        }
        TimeUnit.NANOSECONDS.timedWait(lines, left);
      }
    }
  }

  /** {@code kill -9}: no shutdown hook, no finally block runs in the child. */
  public void killHard() throws InterruptedException {
    process.destroyForcibly();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      throw new IllegalStateException("process " + process.pid() + " survived SIGKILL");
    }
  }

  /** Waits for the process to exit by itself and returns its exit code. */
  public int waitFor(Duration deadline) throws InterruptedException {
    if (!process.waitFor(deadline.toMillis(), TimeUnit.MILLISECONDS)) {
      process.destroyForcibly();
      throw new IllegalStateException("no exit within " + deadline + ":\n" + output());
    }
    reader.join(deadline.toMillis());
    return process.exitValue();
  }

  /** Everything the process printed so far. */
  public String output() {
    synchronized (lines) {
      return String.join("\n", lines.stream().filter(l -> l != null).toList());
    }
  }

  /** Stops the process politely (SIGTERM, so a server's shutdown hook closes the index). */
  @Override
  public void close() {
    if (process.isAlive()) {
      process.destroy();
      try {
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
          process.destroyForcibly();
        }
      } catch (InterruptedException e) {
        process.destroyForcibly();
        Thread.currentThread().interrupt();
      }
    }
  }

  /**
   * How long a wait for a child's line or exit may last before it is taken for a hang. Every wait ends
   * as soon as its condition holds or the child exits (awaitLine then fails with the output), so this
   * only bounds a real hang: on a machine at load average 40 a 2,000-story update's child JVM took over
   * the one minute the kill tests used to allow, and they failed with nothing wrong.
   */
  public static final Duration HANG_GUARD = Duration.ofMinutes(10);

  /** Runs {@code Main} to completion; an exit code other than those allowed fails with the process output. */
  public static int run(String heap, List<Integer> allowed, String... args) {
    try (ChildJvm child = start(heap, args)) {
      int code = child.waitFor(HANG_GUARD);
      if (!allowed.contains(code)) {
        throw new IllegalStateException(
            "exit " + code + " from " + String.join(" ", args) + ":\n" + child.output());
      }
      return code;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Runs {@code Main} to completion; a non-zero exit fails with the process output. */
  public static void runOk(String heap, String... args) {
    run(heap, List.of(0), args);
  }
}
