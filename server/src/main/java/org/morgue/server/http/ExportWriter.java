package org.morgue.server.http;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.javalin.http.Context;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.morgue.server.search.StoryRow;

/**
 * Streams export rows into the response as they arrive. The response starts (headers, CSV header
 * line) only with the first row or at the end, so an error raised before any row, such as a query
 * syntax error, still becomes a clean JSON 400 without download headers.
 */
final class ExportWriter implements StoryRow.Sink {

  /** Entity labels share one CSV cell; a semicolon does not occur in the names the tagger finds. */
  static final String LABEL_SEPARATOR = "; ";

  private static final String[] CSV_HEADER = StoryRow.COLUMNS.toArray(String[]::new);
  /** The most rows this server exports at once. */
  static final String CAP_HEADER = "X-Morgue-Export-Cap";
  /** How many stories match: more than the rows when the cap cut the export. */
  static final String TOTAL_HEADER = "X-Morgue-Total";
  /** {@code true} when the cap left matching stories out, so a cut is never silent. */
  static final String TRUNCATED_HEADER = "X-Morgue-Truncated";

  private final Context ctx;
  private final ExportFormat format;
  private final ObjectWriter json;
  /** The id cell of the CSV row that marks an export cut by its time limit. */
  static final String PARTIAL_ID = "#partial";

  private Writer out;
  private long written;
  private CSVPrinter csv;

  ExportWriter(Context ctx, ExportFormat format) {
    this.ctx = ctx;
    this.format = format;
    // The generator must not close the response stream after each line.
    this.json = MorgueApp.objectMapper().writer().without(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
  }

  @Override
  public void accept(StoryRow row) throws IOException {
    start();
    try {
      write(row);
    } catch (IOException e) {
      throw new ClientGoneException(e);
    }
    written++;
  }

  /** Rows handed to the client so far. */
  long written() {
    return written;
  }

  private void write(StoryRow row) throws IOException {
    if (format == ExportFormat.CSV) {
      csv.printRecord(SpreadsheetCells.neutral(row.cells(LABEL_SEPARATOR)));
    } else {
      json.writeValue(out, row);
      out.write('\n');
    }
  }

  /** Headers go out before the first row; a search error raised before this leaves them unsent. */
  @Override
  public void begin(long total, long cap) {
    ctx.header(CAP_HEADER, Long.toString(cap));
    ctx.header(TOTAL_HEADER, Long.toString(total));
    ctx.header(TRUNCATED_HEADER, Boolean.toString(total > cap));
  }

  /**
   * The last line of an export the time limit stopped: in CSV a row whose id is {@value #PARTIAL_ID} and
   * whose title says why; in JSON Lines an object with {@code "partial": true}. Headers went out with the
   * first row, so the body is the only place left to say it.
   */
  @Override
  public void partial(long rows, Duration limit) throws IOException {
    start();
    String reason = "the export time limit of " + limit.toSeconds() + " s passed after " + rows
        + " rows; the rows above are the first ones in the requested order, more stories matched";
    try {
      if (format == ExportFormat.CSV) {
        List<String> cells = new ArrayList<>(List.of(PARTIAL_ID, reason));
        while (cells.size() < CSV_HEADER.length) {
          cells.add("");
        }
        csv.printRecord(cells);
      } else {
        Map<String, Object> marker = new LinkedHashMap<>();
        marker.put("partial", true);
        marker.put("rows", rows);
        marker.put("reason", reason);
        json.writeValue(out, marker);
        out.write('\n');
      }
    } catch (IOException e) {
      throw new ClientGoneException(e);
    }
  }

  /** Ends the response: an empty result is still a valid file (a CSV with only its header line). */
  void finish() throws IOException {
    start();
    try {
      out.flush();
    } catch (IOException e) {
      throw new ClientGoneException(e);
    }
  }

  private void start() throws IOException {
    if (out != null) {
      return;
    }
    ctx.status(200);
    ctx.contentType(format.contentType());
    ctx.header("Content-Disposition", format.contentDisposition());
    out = new BufferedWriter(new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8));
    if (format == ExportFormat.CSV) {
      csv =
          new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(CSV_HEADER).get());
    }
  }
}
