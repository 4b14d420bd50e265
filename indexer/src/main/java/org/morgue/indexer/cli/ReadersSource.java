package org.morgue.indexer.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.morgue.indexer.index.StorySource;
import org.morgue.indexer.read.StoryListener;
import org.morgue.indexer.read.StoryReaders;

/** The production story source: the format readers over the command line's files and folders. */
final class ReadersSource implements StorySource {

  private final StoryReaders readers = new StoryReaders();
  private final List<Path> inputs;

  ReadersSource(List<Path> inputs) {
    this.inputs = List.copyOf(inputs);
  }

  @Override
  public long totalBytes() {
    try {
      return readers.totalBytes(inputs);
    } catch (IOException e) {
      // IndexArgs checked that every input exists; one vanishing now is an I/O failure.
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void readAll(StoryListener listener) throws IOException {
    readers.read(inputs, listener);
  }
}
