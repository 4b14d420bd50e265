package org.morgue.indexer.index;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.lucene.index.IndexWriter;

/**
 * Starts a new build as a copy of a published one by hard-linking its files. Lucene never changes a
 * file once written (a commit adds new segment files and a new {@code segments_N}), so the two builds
 * can share them: the new build costs no copying, and writing to it cannot alter the one being served.
 */
final class BuildLinks {

  private BuildLinks() {}

  /** Links (or, where the file system has no hard links, copies) every index file of {@code from}. */
  static void linkAll(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.list(from)) {
      for (Path file : files.toList()) {
        String name = file.getFileName().toString();
        // The old build's lock, label and name tables are not part of its commit; the new build
        // gets its own.
        if (name.equals(IndexWriter.WRITE_LOCK_NAME)
            || name.equals(EntityLabels.FILE)
            || name.equals(NameTable.FILE)
            || !Files.isRegularFile(file)) {
          continue;
        }
        try {
          Files.createLink(to.resolve(name), file);
        } catch (UnsupportedOperationException | FileSystemException e) {
          Files.copy(file, to.resolve(name));
        }
      }
    }
  }
}
