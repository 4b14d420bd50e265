package org.morgue.indexer.index;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The on-disk layout of an index folder. Every rebuild writes a complete Lucene index into its own
 * folder under {@code builds/}; only when it is committed does the symbolic link {@code current}
 * switch to it, by an atomic rename. A server therefore never sees a partial index, and a killed
 * rebuild leaves the serving index untouched (its half-written build folder is removed by the next run).
 *
 * <pre>
 * DIR/current        -> builds/20260121T101500Z-4711
 * DIR/builds/…       one complete index per build (the served one and its predecessor are kept)
 * DIR/write.lock     held by the one indexer allowed to write
 * </pre>
 */
public final class IndexLayout {

  private static final Logger LOG = LoggerFactory.getLogger(IndexLayout.class);

  public static final String CURRENT = "current";
  public static final String BUILDS = "builds";
  public static final String WRITE_LOCK = "write.lock";
  /** Builds still being written carry this suffix until they are published. */
  private static final String IN_PROGRESS = ".partial";

  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

  private final Path root;

  public IndexLayout(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  public Path root() {
    return root;
  }

  /** The published build folder, or empty when nothing has been published yet. */
  public Optional<Path> currentBuild() throws IOException {
    Path link = root.resolve(CURRENT);
    if (!Files.isSymbolicLink(link)) {
      return Optional.empty();
    }
    Path target = root.resolve(Files.readSymbolicLink(link)).normalize();
    return Files.isDirectory(target) ? Optional.of(target) : Optional.empty();
  }

  /** Creates an empty, unpublished build folder. */
  public Path newBuild(Clock clock) throws IOException {
    Path builds = Files.createDirectories(root.resolve(BUILDS));
    String name = STAMP.format(clock.instant()) + "-" + ProcessHandle.current().pid();
    Path dir = builds.resolve(name + IN_PROGRESS);
    for (int n = 2; Files.exists(dir) || Files.exists(builds.resolve(name)); n++) {
      name = STAMP.format(clock.instant()) + "-" + ProcessHandle.current().pid() + "-" + n;
      dir = builds.resolve(name + IN_PROGRESS);
    }
    return Files.createDirectories(dir);
  }

  /**
   * Publishes a complete build: renames it to its final name, then atomically points
   * {@code current} at it, then removes every build except the new one and the one it replaces.
   *
   * @return the published folder
   */
  public Path publish(Path partialBuild) throws IOException {
    String name = partialBuild.getFileName().toString();
    if (!name.endsWith(IN_PROGRESS)) {
      throw new IllegalArgumentException("not an unpublished build: " + partialBuild);
    }
    Path finalDir =
        partialBuild.resolveSibling(name.substring(0, name.length() - IN_PROGRESS.length()));
    Optional<Path> previous = currentBuild();
    // The kill tests wait for this line to kill the indexer right before the switch.
    LOG.info("publishing build {}", finalDir);
    Files.move(partialBuild, finalDir, StandardCopyOption.ATOMIC_MOVE);
    Path tmpLink = root.resolve(CURRENT + ".tmp");
    Files.deleteIfExists(tmpLink);
    Files.createSymbolicLink(tmpLink, root.relativize(finalDir));
    try {
      Files.move(
          tmpLink,
          root.resolve(CURRENT),
          StandardCopyOption.ATOMIC_MOVE,
          StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      throw new IOException(
          "the file system of " + root + " cannot switch index builds atomically", e);
    }
    prune(previous.isPresent() ? Set.of(finalDir, previous.get()) : Set.of(finalDir));
    return finalDir;
  }

  /**
   * Removes unpublished leftovers of killed runs and every published build but the new one and its
   * predecessor. The predecessor is kept because a server may still be answering from it until its
   * next reopen; older builds are no server's current one any more, and a reader that still holds
   * their files open keeps reading them (POSIX unlink semantics; builds share files as hard links,
   * so removing one never touches the files of the others). Which builds to keep is decided by what
   * {@code current} pointed to, not by name order: a run killed between its rename and the switch
   * leaves a newer-named build that was never served, and that is the one to remove.
   */
  private void prune(Set<Path> keep) throws IOException {
    List<Path> removed = new ArrayList<>();
    try (Stream<Path> entries = Files.list(root.resolve(BUILDS))) {
      for (Path dir : entries.toList()) {
        if (!keep.contains(dir) && Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
          deleteTree(dir);
          removed.add(dir.getFileName());
        }
      }
    }
    if (!removed.isEmpty()) {
      LOG.info("removed old or unfinished builds {}", removed);
    }
  }

  /** Deletes an unpublished build, e.g. after a failed run. */
  public void discard(Path partialBuild) throws IOException {
    if (partialBuild.getFileName().toString().endsWith(IN_PROGRESS)) {
      deleteTree(partialBuild);
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  /**
   * Takes the index folder's write lock, so only one indexer writes at a time.
   *
   * @throws IndexLockedException when another process holds it
   */
  public WriteLock lockForWriting() throws IOException {
    Files.createDirectories(root);
    FileChannel channel = FileChannel.open(
        root.resolve(WRITE_LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    FileLock lock;
    try {
      lock = channel.tryLock();
    } catch (OverlappingFileLockException e) {
      lock = null;
    }
    if (lock == null) {
      channel.close();
      throw new IndexLockedException(root);
    }
    return new WriteLock(channel, lock);
  }

  /** The held write lock; closing releases it. */
  public static final class WriteLock implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;

    private WriteLock(FileChannel channel, FileLock lock) {
      this.channel = channel;
      this.lock = lock;
    }

    @Override
    public void close() throws IOException {
      try {
        lock.release();
      } finally {
        channel.close();
      }
    }
  }
}
