package org.morgue.server.http;

import static org.morgue.server.search.InvalidRequestException.INVALID_PARAMETER;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.morgue.server.search.InvalidRequestException;
import org.morgue.server.search.investigate.BatchSearch;

/**
 * Reads the lines of {@code POST /api/batch} from its body: plain text (one query a line, blank lines
 * skipped), CSV with a {@code query} column, or JSON {@code {"queries": ["…", …]}}. A body that is not
 * one of these, or has no queries or too many, is refused whole, before any line runs.
 */
final class BatchInput {

  static final String QUERY_COLUMN = "query";

  private BatchInput() {}

  /** The queries of a body of the given content type. */
  static List<String> lines(String contentType, String body, ObjectMapper json) {
    String type =
        contentType == null ? "" : contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    List<String> lines = switch (type) {
      case "text/plain" -> text(body);
      case "text/csv" -> csv(body);
      case "application/json" -> json(body, json);
      default ->
        throw new UnsupportedMediaTypeException(
            "send the batch as text/plain (one query a line), text/csv " + "(a '" + QUERY_COLUMN
                + "' column) or application/json ({\"queries\": [...]}), not '" + type + "'");
    };
    BatchSearch.requireSize(lines.size());
    return lines;
  }

  private static List<String> text(String body) {
    List<String> lines = new ArrayList<>();
    for (String line : body.split("\\R")) {
      if (!line.isBlank()) {
        lines.add(line.strip());
      }
    }
    return lines;
  }

  private static List<String> csv(String body) {
    CSVFormat format = CSVFormat.RFC4180
        .builder()
        .setHeader()
        .setSkipHeaderRecord(true)
        .setIgnoreHeaderCase(true)
        .setTrim(true)
        .get();
    List<String> lines = new ArrayList<>();
    try (CSVParser parser = CSVParser.parse(new StringReader(body), format)) {
      if (parser.getHeaderMap() == null || !parser.getHeaderMap().containsKey(QUERY_COLUMN)) {
        throw new InvalidRequestException(
            INVALID_PARAMETER,
            "the CSV has no '" + QUERY_COLUMN + "' column; its first line must name the columns");
      }
      for (CSVRecord record : parser) {
        if (record.isSet(QUERY_COLUMN) && !record.get(QUERY_COLUMN).isBlank()) {
          lines.add(record.get(QUERY_COLUMN));
        }
      }
    } catch (IOException
        | UncheckedIOException
        | IllegalArgumentException
        | IllegalStateException e) {
      throw new InvalidRequestException(
          INVALID_PARAMETER, "the CSV cannot be read: " + e.getMessage());
    }
    return lines;
  }

  private static List<String> json(String body, ObjectMapper json) {
    JsonNode root;
    try {
      root = json.readTree(body);
    } catch (IOException e) {
      throw new InvalidRequestException(
          INVALID_PARAMETER, "the body is not JSON: " + JsonBodies.firstLine(e));
    }
    JsonNode queries = root == null ? null : root.get("queries");
    if (queries == null || !queries.isArray()) {
      throw new InvalidRequestException(
          INVALID_PARAMETER, "the JSON body must be {\"queries\": [\"...\", ...]}");
    }
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < queries.size(); i++) {
      if (!queries.get(i).isTextual()) {
        throw new InvalidRequestException(INVALID_PARAMETER, "queries[" + i + "] is not a string");
      }
      lines.add(queries.get(i).asText());
    }
    return lines;
  }
}
