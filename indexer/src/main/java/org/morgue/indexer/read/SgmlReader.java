package org.morgue.indexer.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reuters-21578 SGML ({@code .sgm}): one file holds many {@code <REUTERS>} elements. This class only
 * cuts the file into elements (line-based, bounded in size); {@link ReutersElement} parses each one
 * with jsoup's tolerant parser, so a broken element costs one story, not the file.
 */
public final class SgmlReader implements FormatReader {

  public static final String FORMAT = "sgml";
  private static final Logger LOG = LoggerFactory.getLogger(SgmlReader.class);
  private static final String OPEN = "<REUTERS";
  private static final String CLOSE = "</REUTERS>";

  private final long maxElementChars;

  /** @param maxElementChars an element longer than this is skipped unparsed */
  public SgmlReader(long maxElementChars) {
    if (maxElementChars <= 0) {
      throw new IllegalArgumentException("maxElementChars must be positive: " + maxElementChars);
    }
    this.maxElementChars = maxElementChars;
  }

  @Override
  public String format() {
    return FORMAT;
  }

  @Override
  public void read(Path file, InputStream in, StoryListener listener) throws IOException {
    LineSource lines = new LineSource(in, maxElementChars);
    String stem = Inputs.stem(file);
    StringBuilder element = new StringBuilder();
    long startLine = -1;
    long elements = 0;
    for (LineSource.Line line = lines.next(); line != null; line = lines.next()) {
      String text = decode(line);
      int open = text.indexOf(OPEN);
      if (open >= 0) {
        elements++;
        if (startLine > 0) {
          // A new element before the old one closed: parse what we have; jsoup tolerates the gap.
          emit(file, stem, startLine, element.toString(), listener);
        }
        element.setLength(0);
        startLine = line.number();
        text = text.substring(open);
      }
      if (startLine < 0) {
        continue; // DOCTYPE and anything else between elements
      }
      if (line.tooLong() || element.length() + text.length() > maxElementChars) {
        listener.onSkip(new Skip(
            Inputs.line(file, startLine),
            "<REUTERS> element over the " + Inputs.megabytes(maxElementChars) + " limit"));
        element.setLength(0);
        startLine = -1;
        continue;
      }
      int close = text.indexOf(CLOSE);
      element
          .append(close >= 0 ? text.substring(0, close + CLOSE.length()) : text)
          .append('\n');
      if (close >= 0) {
        emit(file, stem, startLine, element.toString(), listener);
        element.setLength(0);
        startLine = -1;
      }
    }
    if (startLine > 0) {
      emit(file, stem, startLine, element.toString(), listener);
    }
    if (elements == 0) {
      // Without this a .sgm of random bytes (or the wrong file renamed) would pass with no word
      // said.
      listener.onSkip(new Skip(file.toString(), "no <REUTERS> element in the file"));
    }
  }

  private static String decode(LineSource.Line line) {
    Encodings.Decoded utf8 = Encodings.utf8(line.bytes());
    return utf8.ok() ? utf8.text() : Encodings.windows1252(line.bytes());
  }

  private static void emit(
      Path file, String stem, long line, String markup, StoryListener listener) {
    String location = Inputs.line(file, line);
    ReutersElement.parse(markup, stem + "-" + line, location, FORMAT)
        .ifPresentOrElse(
            story -> {
              LOG.debug("{}: story {}", location, story.id());
              listener.onStory(story);
            },
            () -> listener.onSkip(new Skip(location, "no <REUTERS> element could be parsed")));
  }
}
