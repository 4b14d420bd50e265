package org.morgue.indexer.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.morgue.indexer.story.DatePrecision;
import org.morgue.indexer.story.PubDate;
import org.morgue.indexer.story.Story;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageBody;
import org.netpreserve.jwarc.ParsingException;
import org.netpreserve.jwarc.WarcCaptureRecord;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * WARC web archives ({@code .warc}, {@code .warc.gz}; read with jwarc, record by record): every
 * successful HTML capture ({@code response} or {@code resource} record) becomes a story through the
 * HTML path, with the capture URL as the fallback URL and outlet. Captures of anything else (images,
 * scripts, redirects, errors) are counted and reported as one skip per file with the counts by kind;
 * requests, metadata and revisit records describe captures rather than hold content and are passed over.
 *
 * <p>A record's story is given out only once the next record header is found where its
 * {@code Content-Length} says: a length that lies short would otherwise index a cut page. A broken or
 * cut file is one skip naming the record where reading stopped; the stories before it stand.
 */
public final class WarcFileReader implements FormatReader {

  public static final String FORMAT = "warc";
  private static final Logger LOG = LoggerFactory.getLogger(WarcFileReader.class);

  private final long maxRecordBytes;

  /** @param maxRecordBytes a page larger than this is skipped */
  public WarcFileReader(long maxRecordBytes) {
    if (maxRecordBytes <= 0) {
      throw new IllegalArgumentException("maxRecordBytes must be positive: " + maxRecordBytes);
    }
    this.maxRecordBytes = maxRecordBytes;
  }

  @Override
  public String format() {
    return FORMAT;
  }

  @Override
  public void read(Path file, InputStream in, StoryListener listener) throws IOException {
    String stem = Inputs.stem(file);
    Map<String, Long> notIndexed = new TreeMap<>();
    List<Story> held = new ArrayList<>(1);
    long number = 0;
    boolean advancing = true;
    try (WarcReader warc = new WarcReader(in)) {
      warc.onWarning(warning -> LOG.debug("{}: {}", file, warning));
      for (Optional<WarcRecord> next = warc.next();
          next.isPresent();
          advancing = true, next = warc.next()) {
        advancing = false;
        held.forEach(listener::onStory);
        held.clear();
        number++;
        if (next.get() instanceof WarcCaptureRecord capture
            && (capture instanceof WarcResponse || capture instanceof WarcResource)) {
          String origin = file + "#record " + number;
          capture(capture, stem + "-" + number, origin, held::add, listener)
              .ifPresent(kind -> notIndexed.merge(kind, 1L, Long::sum));
        }
      }
      held.forEach(listener::onStory);
    } catch (IOException e) {
      boolean lengthLied = advancing && e instanceof ParsingException;
      if (!lengthLied) {
        held.forEach(listener::onStory);
      }
      listener.onSkip(broken(file, number, advancing, lengthLied, e));
    }
    if (!notIndexed.isEmpty()) {
      long total = notIndexed.values().stream().mapToLong(Long::longValue).sum();
      listener.onSkip(new Skip(
          file.toString(),
          String.format(
              Locale.ROOT,
              "%,d capture%s not indexed: not HTML or not a success (%s)",
              total,
              total == 1 ? "" : "s",
              notIndexed.entrySet().stream()
                  .map(e -> e.getKey() + " " + e.getValue())
                  .collect(Collectors.joining(", ")))));
    }
  }

  /**
   * The skip for a file that breaks after {@code number} records. When no record header follows where
   * the last record's Content-Length ends, that length lied (or the file is not WARC at all): the
   * record's text is cut or overrun, and it is dropped with the rest. Otherwise (a cut file, a broken
   * body) the record being read is lost and the complete ones before it stand.
   */
  private static Skip broken(
      Path file, long number, boolean advancing, boolean lengthLied, IOException e) {
    String where = number == 0 ? file.toString() : file + "#record " + number;
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    if (lengthLied) {
      return number == 0
          ? new Skip(where, "not a WARC file: " + message)
          : new Skip(
              where,
              "no WARC record follows where its Content-Length ends (" + message
                  + "); this record and the rest of the file not read");
    }
    String when = number == 0 ? "" : advancing ? " after this record" : " in this record";
    return new Skip(
        where, "reading stopped" + when + " (" + message + "); the rest of the file not read");
  }

  /** @return why the capture is not a story (its kind, for the count), or empty when it was reported */
  private Optional<String> capture(
      WarcCaptureRecord capture,
      String id,
      String origin,
      Consumer<Story> stories,
      StoryListener listener)
      throws IOException {
    MediaType type;
    MessageBody body;
    if (capture instanceof WarcResponse response) {
      HttpResponse http;
      try {
        http = response.http();
      } catch (IOException e) {
        return Optional.of("non-HTTP");
      }
      if (http.status() < 200 || http.status() > 299) {
        return Optional.of("HTTP " + http.status());
      }
      type = http.contentType();
      body = http.bodyDecoded();
    } else {
      type = capture.contentType();
      body = capture.body();
    }
    String base = type.base().toString().toLowerCase(Locale.ROOT);
    if (!base.equals("text/html") && !base.equals("application/xhtml+xml")) {
      return Optional.of(base.isEmpty() ? "no type" : base);
    }
    byte[] bytes =
        body.stream().readNBytes((int) Math.min(maxRecordBytes + 1, Integer.MAX_VALUE - 16));
    if (bytes.length > maxRecordBytes) {
      listener.onSkip(
          new Skip(origin, "page over the " + Inputs.megabytes(maxRecordBytes) + " limit"));
      return Optional.empty();
    }
    if (HtmlReader.isBinary(bytes)) {
      listener.onSkip(new Skip(origin, HtmlReader.BINARY));
      return Optional.empty();
    }
    String url = capture.target();
    Optional<Story> story =
        HtmlReader.toStory(bytes, type.parameters().get("charset"), url, id, origin, FORMAT);
    if (story.isEmpty()) {
      listener.onSkip(
          new Skip(origin, "no article text or title in the page captured from " + url));
      return Optional.empty();
    }
    stories.accept(withCapture(story.get(), capture));
    return Optional.empty();
  }

  /**
   * Keeps the capture's URL and time in {@code extra}. A page that states no date is dated by its
   * capture: a crawler saw it that day, so it was published then or before, and for the news crawls
   * and Wayback captures newsrooms keep that is nearly always the day itself.
   */
  private static Story withCapture(Story s, WarcCaptureRecord capture) {
    Map<String, String> extra = new LinkedHashMap<>(s.extra());
    extra.put("capture_url", capture.target());
    extra.put("captured", capture.date().toString());
    Optional<PubDate> published = s.published()
        .or(() -> Optional.of(
            new PubDate(capture.date().atZone(ZoneOffset.UTC).toLocalDate(), DatePrecision.DAY)));
    return new Story(
        s.id(),
        s.title(),
        s.body(),
        published,
        s.source(),
        s.byline(),
        s.url(),
        s.tags(),
        extra,
        s.origin(),
        s.format());
  }
}
