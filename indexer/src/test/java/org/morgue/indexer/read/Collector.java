package org.morgue.indexer.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.morgue.indexer.story.Story;

/** A listener that keeps everything it is told, for assertions. */
final class Collector implements StoryListener {

  final List<Story> stories = new ArrayList<>();
  final List<Skip> skips = new ArrayList<>();
  final List<String> filesDone = new ArrayList<>();

  @Override
  public void onStory(Story story) {
    stories.add(story);
  }

  @Override
  public void onSkip(Skip skip) {
    skips.add(skip);
  }

  @Override
  public void onFileDone(Path file, String format, long bytes) {
    filesDone.add(file.getFileName() + " " + format + " " + bytes);
  }

  List<String> ids() {
    return stories.stream().map(Story::id).toList();
  }

  List<String> skipStrings() {
    return skips.stream().map(Skip::toString).toList();
  }

  /** Runs one reader directly over a plain (not gzipped) file. */
  static Collector read(FormatReader reader, Path file) throws IOException {
    Collector c = new Collector();
    try (InputStream in = Files.newInputStream(file)) {
      reader.read(file, in, c);
    }
    return c;
  }
}
