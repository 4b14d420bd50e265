package org.morgue.indexer.read;

import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import org.morgue.indexer.story.Story;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads stories from files and folders in every supported format: walks the inputs
 * ({@link InputWalker}), decompresses {@code .gz}, picks the reader ({@link Formats}) and reports
 * stories, skips and finished files to a {@link StoryListener}, in input order, on the calling thread.
 *
 * <p>Failures are contained: a file that breaks mid-way (I/O error, truncated gzip) is one skip with
 * its path, and the stories it gave before breaking stand. Memory is bounded by
 * {@code maxRecordBytes}: no line, record, SGML element or text file larger than that is held.
 */
public final class StoryReaders {

  /** 50 MB: far above any real story (the Reuters corpora top out near 100 KB), far below the heap. */
  public static final long DEFAULT_MAX_RECORD_BYTES = 50L * 1024 * 1024;

  private static final Logger LOG = LoggerFactory.getLogger(StoryReaders.class);
  private static final int BUFFER = 1 << 16;

  private final Formats formats;

  /** Readers for all formats with {@link #DEFAULT_MAX_RECORD_BYTES}. */
  public StoryReaders() {
    this(DEFAULT_MAX_RECORD_BYTES);
  }

  /** @param maxRecordBytes the largest line, record, element or text file read; larger ones are skipped */
  public StoryReaders(long maxRecordBytes) {
    this.formats = new Formats(List.of(
        new PlainTextReader(maxRecordBytes),
        new JsonLinesReader(maxRecordBytes),
        new CsvReader(maxRecordBytes),
        new SgmlReader(maxRecordBytes),
        new HtmlReader(maxRecordBytes),
        new NitfReader(maxRecordBytes),
        new NewsMlReader(maxRecordBytes),
        new WarcFileReader(maxRecordBytes)));
  }

  /** One line per format these readers read, for the help text. */
  public List<String> formatHelp() {
    return formats.describe();
  }

  /**
   * The files the inputs expand to, in reading order.
   *
   * @throws InputNotFoundException if any input does not exist
   */
  public List<Path> files(List<Path> inputs) throws InputNotFoundException {
    return InputWalker.files(inputs, skip -> LOG.debug("{}", skip));
  }

  /** Total size on disk of the files the inputs expand to (compressed size for {@code .gz}), for an ETA. */
  public long totalBytes(List<Path> inputs) throws InputNotFoundException {
    long total = 0;
    for (Path file : files(inputs)) {
      total += sizeOrZero(file);
    }
    return total;
  }

  /**
   * Reads every story of the inputs.
   *
   * @throws InputNotFoundException if any input does not exist; nothing has been read then
   */
  public ReadSummary read(List<Path> inputs, StoryListener listener) throws InputNotFoundException {
    Tally tally = new Tally(listener);
    List<Path> files = InputWalker.files(inputs, tally::onSkip);
    long bytes = 0;
    for (Path file : files) {
      long size = sizeOrZero(file);
      bytes += size;
      String format = readFile(file, tally);
      listener.onFileDone(file, format, size);
    }
    ReadSummary summary = ReadSummary.of(files.size(), bytes, tally.stories, tally.skipped);
    // DEBUG: a build reads its inputs twice; the builder reports skips and totals once.
    LOG.debug(
        "read {} files: {} stories {}, {} skipped",
        files.size(),
        summary.stories(),
        summary.storiesByFormat(),
        summary.skipped());
    return summary;
  }

  /** @return the format the file was read as, or {@link Formats#UNKNOWN} */
  private String readFile(Path file, Tally tally) {
    long before = tally.total();
    long skipsBefore = tally.skipped;
    String format = readOrSkip(file, tally, before);
    if (tally.total() == before && tally.skipped == skipsBefore) {
      // A file that gave nothing and said nothing (an empty .jsonl, a CSV with only its header) is
      // listed, so the summary accounts for every file it was given.
      tally.onSkip(new Skip(file.toString(), nothingIn(file, format)));
    }
    return format;
  }

  private static String nothingIn(Path file, String format) {
    if (sizeOrZero(file) == 0) {
      return "empty file: no stories";
    }
    return CsvReader.FORMAT.equals(format)
        ? "no stories: only a header row"
        : "no stories in the file (read as " + format + ")";
  }

  private String readOrSkip(Path file, Tally tally, long before) {
    String format = Formats.UNKNOWN;
    // No BufferedInputStream here: its read() keeps pulling while the gzip stream claims more is
    // available, so a truncated .gz would throw away the complete lines it had already inflated.
    try (InputStream raw = Files.newInputStream(file);
        InputStream unpacked = Inputs.isGzip(file) ? new GZIPInputStream(raw, BUFFER) : raw) {
      InputStream plain = Utf16Input.asUtf8(unpacked);
      InputStream in = plain;
      Optional<FormatReader> reader = formats.readerByName(file);
      if (reader.isEmpty()) {
        PushbackInputStream sniffable = new PushbackInputStream(plain, Formats.SNIFF_BYTES);
        byte[] head = sniffable.readNBytes(Formats.SNIFF_BYTES);
        sniffable.unread(head);
        in = sniffable;
        reader = formats.readerFor(file, head);
      }
      if (reader.isEmpty()) {
        tally.onSkip(new Skip(
            file.toString(),
            "unknown format (not .txt, .jsonl, .ndjson, .csv, .sgm,"
                + " .html, .nitf or .warc, and the first bytes are not JSON, CSV, Reuters SGML, HTML, NITF,"
                + " NewsML-G2 or WARC)"));
        return format;
      }
      format = reader.get().format();
      LOG.debug("{}: reading as {}", file, format);
      reader.get().read(file, in, tally);
    } catch (IOException | UncheckedIOException e) {
      tally.onSkip(new Skip(
          file.toString(),
          "read failed after " + (tally.total() - before) + " stories: " + describe(e)));
    }
    return format;
  }

  private static String describe(Exception e) {
    Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
    String message = cause.getMessage();
    return message == null || message.isBlank() ? cause.getClass().getSimpleName() : message;
  }

  private static long sizeOrZero(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      return 0;
    }
  }

  /** Passes events on while counting stories per format and skips, and logs each skip once. */
  private static final class Tally implements StoryListener {
    private final StoryListener next;
    private final Map<String, Long> stories = new TreeMap<>();
    private long skipped;

    Tally(StoryListener next) {
      this.next = next;
    }

    long total() {
      return stories.values().stream().mapToLong(Long::longValue).sum();
    }

    @Override
    public void onStory(Story story) {
      stories.merge(story.format(), 1L, Long::sum);
      next.onStory(story);
    }

    @Override
    public void onSkip(Skip skip) {
      skipped++;
      LOG.debug("skipped {}", skip);
      next.onSkip(skip);
    }
  }
}
