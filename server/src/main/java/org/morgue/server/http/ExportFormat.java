package org.morgue.server.http;

import org.morgue.server.search.ApiNames;

/** The formats of {@code GET /api/export}: what {@code format=} takes, the media type and the file suffix. */
enum ExportFormat {
  CSV("text/csv; charset=utf-8"),
  JSONL("application/x-ndjson; charset=utf-8");

  private final String contentType;

  ExportFormat(String contentType) {
    this.contentType = contentType;
  }

  String apiName() {
    return ApiNames.of(this);
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
    return ApiNames.parse(ExportFormat.class, "format", name);
  }
}
