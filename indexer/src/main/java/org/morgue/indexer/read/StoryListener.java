package org.morgue.indexer.read;

import java.nio.file.Path;
import org.morgue.indexer.story.Story;

/** Receives what readers find. Called from the reading thread, in input order. */
public interface StoryListener {

  /** A story was read. */
  void onStory(Story story);

  /** An input (a file, a line, a record) was skipped; the rest goes on. */
  void onSkip(Skip skip);

  /**
   * A file is finished.
   *
   * @param file the file
   * @param format the format it was read as
   * @param bytes its size on disk, for progress
   */
  default void onFileDone(Path file, String format, long bytes) {}
}
