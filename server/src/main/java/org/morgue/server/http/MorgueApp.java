package org.morgue.server.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import io.javalin.config.JavalinConfig;
import io.javalin.http.ContentType;
import io.javalin.http.Context;
import io.javalin.http.Header;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.morgue.server.metrics.RequestMetrics;
import org.morgue.server.saved.SavedSearchStore;
import org.morgue.server.search.IndexStats;
import org.morgue.server.search.InvalidRequestException;
import org.morgue.server.search.SearchRequest;
import org.morgue.server.search.SearchService;
import org.morgue.server.search.SearchUnavailableException;
import org.morgue.server.search.SimilarRequest;
import org.morgue.server.search.StoryNotFoundException;
import org.morgue.server.search.Vocabulary;
import org.morgue.server.search.investigate.InvestigationService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP face of a {@link SearchService}: {@code GET /api/search}, {@code /api/export},
 * {@code /api/facets/{name}}, {@code /api/stories/{id}}, {@code /api/stories/{id}/similar},
 * {@code /api/stories/{id}/versions}, {@code /api/stories/{id}/diff/{other}}, {@code /api/stats}, {@code /api/suggest}, {@code /api/openapi.json}, {@code /api/health}, {@code /api/metrics}, {@code /api/vocabulary} and the page at {@code /}. Handlers only translate; every error goes through
 * the one exception mapper, which writes {@code {"error":{…}}}.
 */
public final class MorgueApp {

  private static final Logger LOG = LoggerFactory.getLogger(MorgueApp.class);
  /** Configured once and thread-safe: the API's serialiser, for the routes and for Javalin's own ctx.json. */
  private static final ObjectMapper JSON = objectMapper();
  /** Classpath folder the web module packages the page into. */
  static final String WEB_ROOT = "/web";

  static final String API_PREFIX = "/api/";
  /** Sent with every response, the page included: the page loads only its own files, never frames. */
  static final Map<String, String> SECURITY_HEADERS = Map.of(
      "X-Content-Type-Options",
      "nosniff",
      "Content-Security-Policy",
      "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
      "Referrer-Policy",
      "no-referrer");

  private MorgueApp() {}

  /** An unstarted app: tests drive it with JavalinTest, {@code serve} starts it. */
  public static Javalin create(SearchService search, ApiConfig config) {
    return create(search, config, Guard.open());
  }

  /** An unstarted app whose requests pass the guard: access check, request log, metrics. */
  public static Javalin create(SearchService search, ApiConfig config, Guard guard) {
    return create(search, config, guard, Optional.empty());
  }

  /** The search a saved search's parameter string stands for, read as the page URL's parameters are. */
  public static SearchRequest savedSearch(String params) {
    return QueryStrings.search(params);
  }

  /** An unstarted app that also serves the saved searches kept in {@code saved}. */
  public static Javalin create(
      SearchService search, ApiConfig config, Guard guard, Optional<SavedSearchStore> saved) {
    LOG.info("configuring API over index folder {}", config.index());
    return Javalin.create(javalin -> {
      javalin.startup.showJavalinBanner = false;
      javalin.startup.showOldJavalinVersionWarning =
          false; // a notice for Javalin's developers, not for a newsroom
      // Gzip for JSON and the page's files (Javalin's default, set here so it cannot silently go):
      // a 20-hit search is ~36 KB of JSON and ~9 KB gzipped. Bodies under 1,500 bytes are sent as
      // is.
      javalin.http.compressionStrategy = CompressionStrategy.GZIP;
      javalin.jsonMapper(new JavalinJackson(JSON, false));
      javalin.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrorHandler()));
      staticPage(javalin);
      javalin.routes.before(ctx -> SECURITY_HEADERS.forEach(ctx::header));
      guard.install(javalin);
      javalin.routes.get(
          "/api/search", ctx -> json(ctx, search.search(SearchParams.parse(ctx.queryParamMap()))));
      javalin.routes.get("/api/export", ctx -> export(search, ctx, config.exportCap()));
      javalin.routes.get(
          "/api/facets/{name}",
          ctx -> json(
              ctx,
              search.facetValues(
                  SearchParams.searchOfFacetValues(ctx.queryParamMap()),
                  SearchParams.facetValues(ctx.pathParam("name"), ctx.queryParamMap()))));
      javalin.routes.get("/api/stories/{id}", ctx -> json(ctx, search.story(ctx.pathParam("id"))));
      javalin.routes.get(
          "/api/stories/{id}/hits",
          ctx -> json(
              ctx,
              search.storyHits(
                  ctx.pathParam("id"),
                  SearchParams.single(ctx.queryParamMap(), "q").orElse(""),
                  SearchParams.mode(ctx.queryParamMap()))));
      javalin.routes.get(
          "/api/stories/{id}/similar",
          ctx -> json(
              ctx,
              search.similar(new SimilarRequest(
                  ctx.pathParam("id"),
                  SearchParams.single(ctx.queryParamMap(), "size")
                      .map(v -> SearchParams.number("size", v))
                      .orElse(SimilarRequest.DEFAULT_SIZE)))));
      javalin.routes.get(
          "/api/stories/{id}/versions", ctx -> json(ctx, search.versions(ctx.pathParam("id"))));
      javalin.routes.get("/api/events/{id}", ctx -> json(ctx, search.event(ctx.pathParam("id"))));
      javalin.routes.get(
          "/api/stories/{id}/diff/{other}",
          ctx -> json(ctx, search.diff(ctx.pathParam("id"), ctx.pathParam("other"))));
      javalin.routes.get("/api/stats", ctx -> json(ctx, search.stats()));
      byte[] openApi = OpenApiDocument.load();
      javalin.routes.get(
          OpenApiDocument.PATH,
          ctx -> ctx.contentType(OpenApiDocument.CONTENT_TYPE).result(openApi));
      javalin.routes.get(
          "/api/suggest",
          ctx -> json(ctx, search.suggest(SearchParams.suggest(ctx.queryParamMap()))));
      javalin.routes.get("/api/health", ctx -> json(ctx, search.health()));
      javalin.routes.get(
          "/api/metrics",
          ctx -> ctx.contentType(RequestMetrics.CONTENT_TYPE)
              .result(guard.metrics().render(gauges(search.stats()))));
      if (search instanceof InvestigationService investigations) {
        InvestigationRoutes.install(javalin, investigations, JSON);
      } else {
        InvestigationRoutes.installUnavailable(javalin);
      }
      saved.ifPresent(store -> SavedRoutes.install(javalin, store, search, JSON));
      Vocabulary vocabulary = Vocabulary.api();
      javalin.routes.get("/api/vocabulary", ctx -> json(ctx, vocabulary));
      javalin.routes.exception(Exception.class, MorgueApp::error);
      javalin.routes.error(404, ctx -> {
        // Our own 404s (unknown story) are JSON already; Javalin's "no such route" is plain text.
        String type = String.valueOf(ctx.res().getContentType());
        if (ctx.path().startsWith(API_PREFIX) && !type.startsWith("application/json")) {
          ctx.json(ErrorBody.of(
              ErrorBody.NOT_FOUND, "no API route " + ctx.method() + " " + ctx.path(), null));
        } else if (!type.startsWith("application/json")) {
          // A missing page file (or a traversal attempt like /..%2fetc) gets the same JSON error
          // shape.
          ctx.json(ErrorBody.of(ErrorBody.NOT_FOUND, "no page file at " + ctx.path(), null));
        }
      });
    });
  }

  /** The index gauges from the backend's own numbers: a scrape costs no file system walk. */
  static RequestMetrics.IndexGauges gauges(IndexStats stats) {
    Optional<Double> builtAt =
        Optional.ofNullable(stats.builtAt()).map(t -> Instant.parse(t).toEpochMilli() / 1000.0);
    return new RequestMetrics.IndexGauges(stats.stories(), stats.sizeBytes(), builtAt);
  }

  /** Validates everything first, then streams: a bad parameter is a 400 before any row is written. */
  private static void export(SearchService search, Context ctx, long cap)
      throws java.io.IOException {
    ExportFormat format =
        ExportFormat.parse(SearchParams.single(ctx.queryParamMap(), "format").orElse(""));
    ExportWriter writer = new ExportWriter(ctx, format);
    try {
      long rows = search.export(SearchParams.parse(ctx.queryParamMap()), cap, writer);
      writer.finish();
      LOG.info("exported {} stories as {}", rows, format.apiName());
    } catch (ClientGoneException | java.io.UncheckedIOException e) {
      // The search layer wraps the sink's IOException; only a failed write to the client is quiet.
      Throwable cause = e instanceof ClientGoneException ? e : e.getCause();
      if (!(cause instanceof ClientGoneException)) {
        throw e;
      }
      LOG.info(
          "export stopped after {} stories as {}: the client closed the connection",
          writer.written(),
          format.apiName());
    }
  }

  /**
   * An API answer as JSON. When the client does not take gzip the bytes go out as they are, so their
   * length is known: with {@code Content-Length} set, Jetty sends headers and body in one write and the
   * response is complete with it. Without it the body went out chunked, and its terminating chunk
   * only after the request log line, a second write (and a second wake-up of the client) per request.
   * A gzip client gets Javalin's compression as before.
   */
  static void json(Context ctx, Object value) throws JsonProcessingException {
    byte[] body = JSON.writeValueAsBytes(value);
    ctx.contentType(ContentType.APPLICATION_JSON);
    String accepted = ctx.header(Header.ACCEPT_ENCODING);
    if (accepted == null || !accepted.toLowerCase(Locale.ROOT).contains("gzip")) {
      ctx.header(Header.CONTENT_LENGTH, Integer.toString(body.length));
    }
    ctx.result(body);
  }

  /** Snake-case JSON from the API records ({@code took_ms}, {@code title_hl}); nulls are written. */
  static ObjectMapper objectMapper() {
    return new ObjectMapper()
        .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
        .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
  }

  private static void staticPage(JavalinConfig javalin) {
    if (MorgueApp.class.getResource(WEB_ROOT) == null) {
      // Javalin refuses to start on a missing folder; the API is still useful without the page.
      LOG.warn("no {} folder on the classpath: serving the API without the page", WEB_ROOT);
      return;
    }
    javalin.staticFiles.add(files -> {
      files.hostedPath = "/";
      files.directory = WEB_ROOT;
      files.location = Location.CLASSPATH;
      files.headers = SECURITY_HEADERS;
    });
  }

  /** The one exception mapper: typed errors become JSON; anything else is our bug, logged as such. */
  private static void error(Exception e, Context ctx) {
    switch (e) {
      case InvalidRequestException bad -> {
        ctx.status(400);
        ctx.json(ErrorBody.of(
            bad.code(),
            bad.getMessage(),
            bad.position().isPresent() ? bad.position().getAsInt() : null));
      }
      case StoryNotFoundException missing -> {
        ctx.status(404);
        ctx.json(ErrorBody.of(ErrorBody.NOT_FOUND, missing.getMessage(), null));
      }
      case SearchUnavailableException down -> {
        LOG.warn("{} {}: {}", ctx.method(), ctx.path(), down.getMessage());
        ctx.status(503);
        ctx.header("Retry-After", "5");
        ctx.json(ErrorBody.of(ErrorBody.UNAVAILABLE, down.getMessage(), null));
      }
      case HttpResponseException http -> {
        ctx.status(http.getStatus());
        String code = http.getStatus() == 404 ? ErrorBody.NOT_FOUND : "http_" + http.getStatus();
        ctx.json(
            ErrorBody.of(code, String.valueOf(http.getMessage()).toLowerCase(Locale.ROOT), null));
      }
      default -> {
        LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
        ctx.status(500);
        ctx.json(ErrorBody.of(
            ErrorBody.INTERNAL, "the server failed to answer; the error is in its log", null));
      }
    }
  }
}
