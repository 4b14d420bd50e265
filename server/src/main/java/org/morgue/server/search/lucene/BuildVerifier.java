package org.morgue.server.search.lucene;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.codecs.CodecUtil;
import org.apache.lucene.index.IndexFileNames;
import org.apache.lucene.index.SegmentCommitInfo;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;
import org.morgue.indexer.index.EntityLabels;
import org.morgue.indexer.index.NameTable;

/**
 * Checks a build's files before it is served: every file of the latest commit is read to its end and
 * its CRC32 compared with the one in its Lucene footer (what {@code CheckIndex} does first, without
 * decoding postings), and {@code labels.json} and the typeahead's {@code names.bin} must read whole. A damaged file otherwise goes unnoticed until
 * a request reads the bytes, and then every such request fails with a 500 that names nothing.
 *
 * <p>The whole file is checksummed rather than only its footer read: a flipped bit in the middle of
 * stored fields leaves the footer intact. Reading a 434 MB build takes about a second from the page
 * cache (see docs/operations.md), and happens while the previous build still serves.
 */
final class BuildVerifier {

  private BuildVerifier() {}

  /**
   * @return how many files were checked
   * @throws DamagedBuildException naming the first damaged file and what is wrong with it
   */
  static int verify(Path build, Directory directory) throws DamagedBuildException {
    SegmentInfos commit;
    try {
      commit = SegmentInfos.readLatestCommit(directory);
    } catch (IOException | RuntimeException e) {
      throw new DamagedBuildException(build, latestSegmentsFile(directory), e);
    }
    List<String> files = new ArrayList<>();
    files.add(commit.getSegmentsFileName());
    for (SegmentCommitInfo segment : commit) {
      try {
        files.addAll(segment.files());
      } catch (IOException e) {
        throw new DamagedBuildException(build, segment.info.name, e);
      }
    }
    for (String file : files.stream().sorted().distinct().toList()) {
      try (IndexInput input = directory.openInput(file, IOContext.READONCE)) {
        CodecUtil.checksumEntireFile(input);
      } catch (IOException | RuntimeException e) {
        throw new DamagedBuildException(build, file, e);
      }
    }
    int tables = readable(build, EntityLabels.FILE, () -> EntityLabels.read(build))
        + readable(build, NameTable.FILE, () -> NameTable.read(build));
    return files.size() + tables;
  }

  @FunctionalInterface
  private interface TableRead {
    void run() throws IOException;
  }

  /** Reads a table the indexer wrote beside the index, if the build has it: 1 when read, 0 when absent. */
  private static int readable(Path build, String file, TableRead read)
      throws DamagedBuildException {
    if (!Files.exists(build.resolve(file))) {
      return 0;
    }
    try {
      read.run();
      return 1;
    } catch (IOException | RuntimeException e) {
      throw new DamagedBuildException(build, file, e);
    }
  }

  private static String latestSegmentsFile(Directory directory) {
    try {
      String name = SegmentInfos.getLastCommitSegmentsFileName(directory.listAll());
      return name == null ? IndexFileNames.SEGMENTS + "_N (none found)" : name;
    } catch (IOException e) {
      return IndexFileNames.SEGMENTS + "_N";
    }
  }

  /** A build whose file fails its check: the build folder, the file and Lucene's or Jackson's reason. */
  static final class DamagedBuildException extends IOException {
    private final String file;

    DamagedBuildException(Path build, String file, Throwable cause) {
      super(
          "build " + build + " is damaged: " + file + " fails its check (" + firstLine(cause) + ")",
          cause);
      this.file = file;
    }

    /** The damaged file's name inside the build folder. */
    String file() {
      return file;
    }

    private static String firstLine(Throwable cause) {
      String message = String.valueOf(cause.getMessage());
      int newline = message.indexOf('\n');
      return cause.getClass().getSimpleName() + ": "
          + (newline < 0 ? message : message.substring(0, newline));
    }
  }
}
