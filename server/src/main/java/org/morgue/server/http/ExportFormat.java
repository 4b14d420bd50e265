package org.morgue.server.http;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.morgue.server.search.InvalidRequestException;

/** The formats of {@code GET /api/export}: what {@code format=} takes, the media type and the file suffix. */
enum ExportFormat {
  CSV("text/csv; charset=utf-8"),
  JSONL("application/x-ndjson; charset=utf-8");

  private final String contentType;

  ExportFormat(String contentType) {
    this.contentType = contentType;
  }

  String apiName() {
    return name().toLowerCase(Locale.ROOT);
  }

  String contentType() {
    return contentType;
  }

  /** {@code attachment; filename="morgue-export.csv"}: browsers save rather than show it. */
  String contentDisposition() {
    return "attachment; filename=\"morgue-export." + apiName() + "\"";
  }

  /** @throws InvalidRequestException for a missing or unknown format */
  static ExportFormat parse(String name) {
    for (ExportFormat format : values()) {
      if (format.apiName().equals(name)) {
        return format;
      }
    }
    throw new InvalidRequestException(InvalidRequestException.INVALID_PARAMETER,
        "format must be one of " + Arrays.stream(values()).map(ExportFormat::apiName).collect(Collectors.joining(", "))
            + ", was '" + name + "'");
  }
}
