package org.morgue.indexer.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

/** The ids an update removes: those of {@code --delete} and the lines of a {@code --deletions} file. */
final class DeletionsFile {

  private DeletionsFile() {}

  /**
   * Reads a deletions file: one id a line, surrounding blanks ignored, blank lines and lines starting
   * with {@code #} skipped (a newsroom's list can say why a story was withdrawn).
   */
  static List<String> ids(IndexArgs.Update update) throws IOException {
    List<String> ids = new ArrayList<>(update.deleteIds());
    if (update.deletionsFile().isPresent()) {
      for (String line : Files.readAllLines(update.deletionsFile().get(), StandardCharsets.UTF_8)) {
        String id = line.strip();
        if (!id.isEmpty() && !id.startsWith("#")) {
          ids.add(id);
        }
      }
    }
    return ids;
  }
}
