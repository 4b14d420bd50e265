package org.morgue.server.http;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.morgue.server.search.InvalidRequestException;
import org.morgue.server.search.investigate.BatchRow;
import org.morgue.server.search.investigate.BatchSearch;
import org.morgue.server.search.investigate.EntityRef;
import org.morgue.server.search.investigate.InvestigationService;
import org.morgue.server.search.investigate.NetworkRequest;
import org.morgue.server.search.investigate.TimelineRequest;
import org.morgue.server.search.investigate.UnknownEntityException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /api/entities/{type}/{key}}, {@code GET /api/network}, {@code GET /api/timeline} and
 * {@code POST /api/batch}: thin handlers over an {@link InvestigationService}, with the search
 * parameters read as {@code /api/search} reads them.
 */
final class InvestigationRoutes {

  private static final Logger LOG = LoggerFactory.getLogger(InvestigationRoutes.class);
  /** A batch of 10,000 lines of up to 800 characters; Javalin's default of 1 MB would cut it short. */
  static final long MAX_BODY_BYTES = 8L << 20;

  private static final String[] CSV_HEADER = {
    "line",
    "query",
    "matched_as",
    "total",
    "first",
    "last",
    "outlets",
    "search_url",
    "error_code",
    "error_message",
    "error_position"
  };

  private InvestigationRoutes() {}

  /**
   * The same routes on a backend that has no investigation tools (an OpenSearch cluster): each answers
   * 501 with the JSON error shape saying so, rather than a bare "no route" that reads like a typo.
   */
  static void installUnavailable(JavalinConfig javalin) {
    io.javalin.http.Handler refuse = ctx -> {
      ctx.status(501);
      ctx.json(ErrorBody.of(
          ErrorBody.NOT_IMPLEMENTED,
          ctx.path() + " (entity pages, network, timeline, batch search)"
              + " is served by the embedded index only; this server searches an OpenSearch cluster",
          null));
    };
    javalin.routes.get("/api/entities/{type}/{key}", refuse);
    javalin.routes.get("/api/network", refuse);
    javalin.routes.get("/api/timeline", refuse);
    javalin.routes.post("/api/batch", refuse);
  }

  static void install(JavalinConfig javalin, InvestigationService service, ObjectMapper json) {
    javalin.http.maxRequestSize = Math.max(javalin.http.maxRequestSize, MAX_BODY_BYTES);
    javalin.routes.get(
        "/api/entities/{type}/{key}",
        ctx -> MorgueApp.json(
            ctx, service.entity(new EntityRef(ctx.pathParam("type"), ctx.pathParam("key")))));
    javalin.routes.get(
        "/api/network", ctx -> MorgueApp.json(ctx, service.network(network(ctx.queryParamMap()))));
    javalin.routes.get(
        "/api/timeline",
        ctx -> MorgueApp.json(
            ctx,
            service.timeline(new TimelineRequest(
                SearchParams.parse(ctx.queryParamMap()),
                ctx.queryParamMap().getOrDefault("entity", List.of()).stream()
                    .map(v -> EntityRef.parse("entity", v))
                    .toList()))));
    javalin.routes.post("/api/batch", ctx -> batch(ctx, service, json));
    javalin.routes.exception(UnknownEntityException.class, (e, ctx) -> {
      ctx.status(404);
      ctx.json(ErrorBody.of(ErrorBody.NOT_FOUND, e.getMessage(), null));
    });
    javalin.routes.exception(UnsupportedMediaTypeException.class, (e, ctx) -> {
      ctx.status(415);
      ctx.json(ErrorBody.of("unsupported_media_type", e.getMessage(), null));
    });
  }

  /** The search (every parameter but {@code size}, which counts nodes here), {@code types} and {@code size}. */
  static NetworkRequest network(Map<String, List<String>> params) {
    List<String> types = SearchParams.single(params, "types")
        .map(v -> Arrays.stream(v.split(","))
            .map(String::strip)
            .filter(t -> !t.isEmpty())
            .toList())
        .orElse(org.morgue.server.search.investigate.EntityRef.TYPES);
    int size = SearchParams.single(params, "size")
        .map(v -> SearchParams.number("size", v))
        .orElse(NetworkRequest.DEFAULT_SIZE);
    return new NetworkRequest(SearchParams.searchOfFacetValues(params), types, size);
  }

  /**
   * Validates the whole request (parameters, body, line count) first, so a bad one is a 400 with nothing
   * written; then streams one row per line as each is searched.
   */
  private static void batch(Context ctx, InvestigationService service, ObjectMapper json)
      throws IOException {
    Map<String, List<String>> params = new LinkedHashMap<>(ctx.queryParamMap());
    String format = SearchParams.single(params, "format").orElse("json");
    if (!format.equals("json") && !format.equals("csv")) {
      throw new InvalidRequestException(
          InvalidRequestException.INVALID_PARAMETER,
          "format must be one of json, csv, was '" + format + "'");
    }
    BatchSearch.Mode mode = SearchParams.single(params, "lines")
        .map(BatchSearch.Mode::parse)
        .orElse(BatchSearch.Mode.QUERY);
    params.remove("q");
    BatchSearch batch = new BatchSearch(SearchParams.parse(params), mode);
    List<String> lines = BatchInput.lines(ctx.contentType(), ctx.body(), json);
    long start = System.nanoTime();
    ctx.status(200);
    Writer out =
        new BufferedWriter(new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8));
    if (format.equals("csv")) {
      ctx.contentType("text/csv; charset=utf-8");
      ctx.header("Content-Disposition", "attachment; filename=\"morgue-batch.csv\"");
      CSVPrinter csv =
          new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(CSV_HEADER).get());
      for (int i = 0; i < lines.size(); i++) {
        csv.printRecord(csvCells(batch.run(service, i + 1, lines.get(i))));
      }
      csv.flush();
    } else {
      ctx.contentType("application/json");
      try (JsonGenerator gen = json.getFactory().createGenerator(out)) {
        // The response stream is Jetty's to close: closing it here would end the response before
        // its flush.
        gen.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        gen.writeStartObject();
        gen.writeArrayFieldStart("rows");
        for (int i = 0; i < lines.size(); i++) {
          json.writeValue(gen, batch.run(service, i + 1, lines.get(i)));
        }
        gen.writeEndArray();
        gen.writeEndObject();
      }
    }
    out.flush();
    LOG.info(
        "batch of {} lines ({} mode) in {} ms",
        lines.size(),
        mode.apiName(),
        (System.nanoTime() - start) / 1_000_000);
  }

  private static List<String> csvCells(BatchRow row) {
    List<String> cells = new ArrayList<>();
    cells.add(Integer.toString(row.line()));
    cells.add(SpreadsheetCells.neutral(row.query()));
    cells.add(nz(row.matchedAs()));
    cells.add(row.total() == null ? "" : Long.toString(row.total()));
    cells.add(nz(row.first()));
    cells.add(nz(row.last()));
    cells.add(SpreadsheetCells.neutral(row.outlets().stream()
        .map(o -> o.name() + " (" + o.count() + ")")
        .collect(Collectors.joining(ExportWriter.LABEL_SEPARATOR))));
    cells.add(nz(row.searchUrl()));
    cells.add(row.error() == null ? "" : row.error().code());
    cells.add(row.error() == null ? "" : SpreadsheetCells.neutral(row.error().message()));
    cells.add(
        row.error() == null || row.error().position() == null
            ? ""
            : row.error().position().toString());
    return cells;
  }

  private static String nz(String value) {
    return value == null ? "" : value;
  }
}
