package org.morgue.indexer.read;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.morgue.indexer.html.ArticleExtractor;
import org.morgue.indexer.html.HtmlArticle;
import org.morgue.indexer.story.Story;

/**
 * A saved web page ({@code .html}, {@code .htm}): one story per file, its article text and metadata
 * picked out by {@link ArticleExtractor}. The id is the file stem; the charset comes from a
 * byte-order mark or the page's {@code <meta>}, else UTF-8, else windows-1252.
 */
public final class HtmlReader extends WholeFileReader {

  public static final String FORMAT = "html";
  /** The reason a page with NUL bytes is skipped, as for text files. */
  static final String BINARY = "binary content (NUL bytes) in an HTML page";

  /** @param maxFileBytes a page larger than this (after decompression) is skipped */
  public HtmlReader(long maxFileBytes) {
    super(FORMAT, maxFileBytes);
  }

  @Override
  protected void readWhole(Path file, byte[] bytes, StoryListener listener) throws IOException {
    String location = file.toString();
    if (isBinary(bytes)) {
      listener.onSkip(new Skip(location, BINARY));
      return;
    }
    toStory(bytes, null, "", Inputs.stem(file), location, FORMAT)
        .ifPresentOrElse(
            listener::onStory,
            () -> listener.onSkip(new Skip(location, "no article text or title in the page")));
  }

  /**
   * The story a page's bytes hold, shared with the WARC reader.
   *
   * @param charset the charset a transport declared, or null
   * @param captureUrl the URL the page was fetched from, or empty
   * @return empty when the page has neither title nor article text
   */
  static Optional<Story> toStory(
      byte[] bytes, String charset, String captureUrl, String id, String origin, String format)
      throws IOException {
    Document doc = ArticleExtractor.parse(bytes, charset, captureUrl);
    HtmlArticle a = ArticleExtractor.extract(doc, captureUrl);
    if (a.title().isEmpty() && a.body().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Story(
        id,
        RecordMapper.oneLine(a.title()),
        a.body(),
        a.published(),
        RecordMapper.oneLine(a.source()),
        RecordMapper.oneLine(a.byline()),
        a.url(),
        a.tags(),
        Map.of(),
        origin,
        format));
  }

  /**
   * NUL bytes mean an image, archive or other binary saved under an HTML name: jsoup would read the
   * noise as text and index it. Only UTF-16 pages (which begin with a byte-order mark, the only way
   * jsoup can tell their charset) hold NULs legitimately.
   */
  static boolean isBinary(byte[] bytes) {
    boolean wide = bytes.length >= 2
        && ((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF
            || (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE);
    if (wide) {
      return false;
    }
    for (byte b : bytes) {
      if (b == 0) {
        return true;
      }
    }
    return false;
  }
}
