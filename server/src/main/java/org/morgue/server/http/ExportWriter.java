package org.morgue.server.http;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.javalin.http.Context;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
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
  private Writer out;
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
    if (format == ExportFormat.CSV) {
      csv.printRecord(row.cells(LABEL_SEPARATOR));
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

  /** Ends the response: an empty result is still a valid file (a CSV with only its header line). */
  void finish() throws IOException {
    start();
    out.flush();
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
      csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(CSV_HEADER).get());
    }
  }
}
