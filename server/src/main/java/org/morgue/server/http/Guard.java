package org.morgue.server.http;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.router.Endpoint;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.morgue.server.access.AccessPolicy;
import org.morgue.server.access.Caller;
import org.morgue.server.metrics.RequestMetrics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What every request passes through besides its handler: the access check (API and page alike), one
 * request log line with timing, and the request counts and latencies that {@code GET /api/metrics} (registered
 * with the other routes in {@link MorgueApp}) reports.
 *
 * @param access who may read; {@link AccessPolicy#OPEN} lets everyone in
 * @param metrics where request counts and latencies are recorded
 * @param nanoTime the clock requests are timed with (tests pass a fake one to get exact histograms)
 * @param requestLog receives one line per request: {@code METHOD PATH STATUS MS ms [USER]}
 */
public record Guard(
    AccessPolicy access,
    RequestMetrics metrics,
    LongSupplier nanoTime,
    Consumer<String> requestLog) {

  private static final Logger LOG = LoggerFactory.getLogger("org.morgue.server.requests");
  private static final String STARTED = "morgue.started";
  private static final String USER = "morgue.user";
  private static final String CALLER = "morgue.caller";
  private static final String REALM = "realm=\"Morgue\"";

  public Guard {
    Objects.requireNonNull(access, "access");
    Objects.requireNonNull(metrics, "metrics");
    Objects.requireNonNull(nanoTime, "nanoTime");
    Objects.requireNonNull(requestLog, "requestLog");
  }

  /** Open access, the system clock, request lines to the {@code org.morgue.server.requests} logger. */
  public static Guard open() {
    return of(AccessPolicy.OPEN);
  }

  public static Guard of(AccessPolicy access) {
    return new Guard(access, new RequestMetrics(), System::nanoTime, LOG::info);
  }

  /** Registers the timer, the access check and the request logger. */
  void install(JavalinConfig javalin) {
    javalin.routes.before(ctx -> ctx.attribute(STARTED, nanoTime.getAsLong()));
    if (!access.isOpen()) {
      javalin.routes.before(this::checkAccess);
    }
    javalin.requestLogger.http((ctx, ms) -> finished(ctx, ms));
  }

  /** Who made the request: the access file's user or token; empty when access is open. */
  static Optional<Caller> caller(Context ctx) {
    return Optional.ofNullable(ctx.attribute(CALLER));
  }

  private void checkAccess(Context ctx) {
    Optional<Caller> who = access.caller(ctx.header("Authorization"));
    if (who.isPresent()) {
      ctx.attribute(USER, who.get().name());
      ctx.attribute(CALLER, who.get());
      return;
    }
    // Basic first: browsers prompt for it, and the page's own fetches then carry the credentials.
    if (access.hasUsers()) {
      ctx.res().addHeader("WWW-Authenticate", "Basic " + REALM + ", charset=\"UTF-8\"");
    }
    if (access.hasTokens()) {
      ctx.res().addHeader("WWW-Authenticate", "Bearer " + REALM);
    }
    ctx.status(401);
    ctx.json(ErrorBody.of(
        ErrorBody.UNAUTHORIZED,
        ctx.header("Authorization") == null
            ? "this archive needs credentials: HTTP Basic or Authorization: Bearer TOKEN"
            : "the credentials were not accepted",
        null));
    ctx.skipRemainingHandlers();
  }

  private void finished(Context ctx, Float javalinMs) {
    Long started = ctx.attribute(STARTED);
    long nanos = started != null ? nanoTime.getAsLong() - started : (long) (javalinMs * 1e6);
    int status = ctx.statusCode();
    metrics.record(ctx.method().name(), route(ctx, status), status, nanos);
    String user = ctx.attribute(USER);
    // The path only: query strings hold what reporters search for, which a log should not keep.
    requestLog.accept(line(ctx.method().name(), ctx.path(), status, nanos, user));
  }

  /**
   * {@code METHOD PATH STATUS MS ms [USER]}, milliseconds to one decimal (half up), control characters in
   * the path as {@code ?}. Built by hand: String.format and a regex per request were 7% of a search's CPU.
   */
  static String line(String method, String path, int status, long nanos, String user) {
    StringBuilder sb = new StringBuilder(48 + path.length()).append(method).append(' ');
    for (int i = 0; i < path.length(); i++) {
      char c = path.charAt(i);
      sb.append(c < 0x20 || c == 0x7f ? '?' : c); // what \p{Cntrl} matched: ASCII controls
    }
    long tenths = (nanos + 50_000) / 100_000;
    sb.append(' ')
        .append(status)
        .append(' ')
        .append(tenths / 10)
        .append('.')
        .append(tenths % 10)
        .append(" ms");
    return user == null ? sb.toString() : sb.append(' ').append(user).toString();
  }

  /** The route template, or {@code static} for page files and {@code unmatched} for other misses. */
  private static String route(Context ctx, int status) {
    Endpoint endpoint;
    try {
      endpoint = ctx.endpoints().matchedHttpEndpoint();
    } catch (RuntimeException e) {
      endpoint = null;
    }
    if (endpoint != null) {
      return endpoint.path;
    }
    return status == 401 ? "unauthorized" : status < 400 ? "static" : "unmatched";
  }
}
