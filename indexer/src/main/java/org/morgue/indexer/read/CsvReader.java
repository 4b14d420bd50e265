package org.morgue.indexer.read;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * CSV ({@code .csv}): RFC 4180 with a header row naming the fields of {@link InputFields}; quoted
 * cells may span lines. A record the parser rejects, or with a different number of cells than the
 * header, is skipped as {@code path#record N (line L)}, where N counts non-blank records from 1 and
 * L is the line the record starts on; the records after it are still read.
 */
public final class CsvReader implements FormatReader {

  public static final String FORMAT = "csv";
  private static final Logger LOG = LoggerFactory.getLogger(CsvReader.class);
  private static final CSVFormat CSV = CSVFormat.RFC4180
      .builder()
      .setHeader()
      .setSkipHeaderRecord(true)
      .setIgnoreHeaderCase(true)
      .setAllowMissingColumnNames(true)
      .setDuplicateHeaderMode(DuplicateHeaderMode.DISALLOW)
      .get();

  private final long maxRecordChars;

  /** @param maxRecordChars a record longer than this stops the file (an unclosed quote would read it all) */
  public CsvReader(long maxRecordChars) {
    if (maxRecordChars <= 0) {
      throw new IllegalArgumentException("maxRecordChars must be positive: " + maxRecordChars);
    }
    this.maxRecordChars = maxRecordChars;
  }

  @Override
  public String format() {
    return FORMAT;
  }

  @Override
  public void read(Path file, InputStream in, StoryListener listener) throws IOException {
    // Malformed bytes become U+FFFD rather than failing the file: CSV cannot resynchronise per
    // line.
    Reader decoded = new InputStreamReader(
        in,
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE));
    BoundedReader bounded = new BoundedReader(new BomSkippingReader(decoded), maxRecordChars);
    CSVParser parser;
    try {
      parser = CSVParser.parse(bounded, CSV);
    } catch (IllegalArgumentException | UncheckedIOException | CSVException e) {
      listener.onSkip(new Skip(file.toString(), "invalid CSV header: " + e.getMessage()));
      return;
    }
    try (parser) {
      readRecords(file, parser, bounded, listener);
    }
  }

  private void readRecords(
      Path file, CSVParser parser, BoundedReader bounded, StoryListener listener) {
    List<String> header = parser.getHeaderNames();
    String stem = Inputs.stem(file);
    Iterator<CSVRecord> records = parser.iterator();
    long recordNumber = 0;
    long startLine = parser.getCurrentLineNumber() + 1;
    long resyncLine = -1;
    bounded.resetCount();
    while (true) {
      CSVRecord record;
      try {
        if (!records.hasNext()) {
          return;
        }
        record = records.next();
      } catch (UncheckedIOException e) {
        recordNumber++;
        String location = Inputs.record(file, recordNumber, startLine);
        if (e.getCause() instanceof BoundedReader.LimitExceededException) {
          listener.onSkip(new Skip(
              location,
              "record over the " + Inputs.megabytes(maxRecordChars)
                  + " limit; rest of the file not read"));
          return;
        }
        listener.onSkip(new Skip(location, "invalid CSV: " + e.getCause().getMessage()));
        // The parser goes on after the bad character: what it returns from the same line is debris.
        resyncLine = parser.getCurrentLineNumber();
        startLine = resyncLine;
        continue;
      }
      bounded.resetCount();
      long recordStart = startLine;
      startLine = parser.getCurrentLineNumber() + 1;
      if (recordStart <= resyncLine || isBlank(record)) {
        continue;
      }
      recordNumber++;
      String location = Inputs.record(file, recordNumber, recordStart);
      if (record.size() != header.size()) {
        listener.onSkip(new Skip(
            location,
            "expected " + header.size() + " cells as in the header, found " + record.size()));
        continue;
      }
      RecordMapper.Fields fields = RecordMapper.fromCells(cells(header, record));
      long n = recordNumber;
      RecordMapper.toStory(fields, stem + "-" + n, location, FORMAT)
          .ifPresentOrElse(
              story -> {
                LOG.debug("{}: story {}", location, story.id());
                listener.onStory(story);
              },
              () -> listener.onSkip(new Skip(location, RecordMapper.NO_CONTENT)));
    }
  }

  private static boolean isBlank(CSVRecord record) {
    return record.size() == 1 && record.get(0).isEmpty();
  }

  private static Map<String, String> cells(List<String> header, CSVRecord record) {
    Map<String, String> cells = new LinkedHashMap<>();
    for (int i = 0; i < header.size(); i++) {
      String name =
          header.get(i).isBlank() ? "column " + (i + 1) : header.get(i).strip();
      cells.put(name, record.get(i));
    }
    return cells;
  }
}
