package org.morgue.indexer.read;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.morgue.indexer.clean.ParsedText;
import org.morgue.indexer.clean.PlainText;
import org.morgue.indexer.story.Story;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Plain text ({@code .txt}): one story per file, as scraped. Bytes are UTF-8, or windows-1252 when
 * they are not valid UTF-8 (a Latin-1 story is still a story); a byte-order mark is dropped. Headline,
 * dateline, byline and page furniture are {@link PlainText}'s job, and so are HTML entities, which
 * scrapers leave in text: the reader passes the text through unchanged. The id is the file stem.
 */
public final class PlainTextReader extends WholeFileReader {

  public static final String FORMAT = "text";
  private static final Logger LOG = LoggerFactory.getLogger(PlainTextReader.class);

  /** @param maxFileBytes a file larger than this (after decompression) is skipped */
  public PlainTextReader(long maxFileBytes) {
    super(FORMAT, maxFileBytes);
  }

  @Override
  protected void readWhole(Path file, byte[] bytes, StoryListener listener) throws IOException {
    String location = file.toString();
    for (byte b : bytes) {
      if (b == 0) {
        listener.onSkip(new Skip(location, "binary content (NUL bytes) in a text file"));
        return;
      }
    }
    String text = decode(file, bytes);
    if (text.isBlank()) {
      listener.onSkip(new Skip(location, "empty file"));
      return;
    }
    ParsedText parsed = PlainText.parse(text);
    if (parsed.title().isBlank() && parsed.body().isBlank()) {
      listener.onSkip(new Skip(location, "no text left after cleaning"));
      return;
    }
    listener.onStory(new Story(
        Inputs.stem(file),
        parsed.title(),
        parsed.body(),
        parsed.published(),
        parsed.source(),
        parsed.byline(),
        "",
        List.of(),
        Map.of(),
        location,
        FORMAT));
  }

  private static String decode(Path file, byte[] bytes) {
    Encodings.Decoded utf8 = Encodings.utf8(bytes);
    if (utf8.ok()) {
      return utf8.text();
    }
    LOG.debug("{}: not UTF-8 (byte {}), read as windows-1252", file, utf8.badOffset() + 1);
    return Encodings.windows1252(bytes);
  }
}
