package org.morgue.server.http;

import static org.morgue.server.search.InvalidRequestException.INVALID_PARAMETER;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.morgue.server.access.Caller;
import org.morgue.server.saved.AtomFeed;
import org.morgue.server.saved.SavedSearch;
import org.morgue.server.saved.SavedSearchStore;
import org.morgue.server.search.InvalidRequestException;
import org.morgue.server.search.SearchService;
import org.morgue.server.search.StoryNotFoundException;
import org.morgue.server.search.StoryView;

/**
 * {@code /api/saved}: each user's saved searches (one {@code local} user on a server without an access
 * file) and their Atom feeds. Writes take JSON bodies only, which a form on another site cannot send; a
 * search that is not the caller's is answered as missing, so nobody learns what others follow.
 *
 * <p>API tokens are read-only: a token given to a user ({@code user=NAME} in the access file) lists and
 * reads that user's searches and feeds, a token given to nobody reads none, and no token writes (403,
 * checked before the body or the id, so a token learns nothing from a refused write).
 */
final class SavedRoutes {

  /** The owner on a server without an access file. */
  static final String LOCAL_USER = "local";

  private static final Set<String> CREATE_FIELDS = Set.of("name", "params");
  private static final Set<String> PATCH_FIELDS = Set.of("name", "params", "seen");
  /** Page-position parameters are not part of what a search is. */
  private static final Set<String> NOT_SAVED = Set.of("page", "story", "cursor");

  private SavedRoutes() {}

  /** A saved search as the API shows it. */
  record View(
      long id,
      String name,
      String params,
      String createdAt,
      String lastSeenAt,
      long newStories,
      String searchUrl,
      String feedUrl) {
    static View of(SavedSearch s) {
      return new View(
          s.id(),
          s.name(),
          s.params(),
          s.createdAt(),
          s.lastSeenAt(),
          s.newStories(),
          s.params().isEmpty() ? "./" : "?" + s.params(),
          "/api/saved/" + s.id() + "/feed.atom");
    }
  }

  record Listing(List<View> searches) {}

  static void install(
      JavalinConfig javalin, SavedSearchStore store, SearchService search, ObjectMapper json) {
    javalin.routes.post("/api/saved", ctx -> {
      String owner = writer(ctx);
      JsonNode body = body(ctx, json, CREATE_FIELDS);
      SavedSearch saved = store.create(
          owner,
          name(body).orElseThrow(() -> missing("name")),
          params(body, search).orElseThrow(() -> missing("params")));
      ctx.status(201);
      MorgueApp.json(ctx, View.of(saved));
    });
    javalin.routes.get(
        "/api/saved",
        ctx -> MorgueApp.json(
            ctx, new Listing(store.list(reader(ctx)).stream().map(View::of).toList())));
    javalin.routes.get(
        "/api/saved/{id}", ctx -> MorgueApp.json(ctx, View.of(find(store, ctx, reader(ctx)))));
    javalin.routes.patch("/api/saved/{id}", ctx -> {
      String owner = writer(ctx);
      long id = find(store, ctx, owner).id();
      JsonNode body = body(ctx, json, PATCH_FIELDS);
      JsonNode seen = body.get("seen");
      if (seen != null && !seen.isBoolean()) {
        throw new InvalidRequestException(INVALID_PARAMETER, "seen must be true or false");
      }
      MorgueApp.json(
          ctx,
          View.of(store
              .update(owner, id, name(body), params(body, search), seen != null && seen.asBoolean())
              .orElseThrow(() -> notFound(ctx))));
    });
    javalin.routes.delete("/api/saved/{id}", ctx -> {
      String owner = writer(ctx);
      if (!store.delete(owner, find(store, ctx, owner).id())) {
        throw notFound(ctx);
      }
      ctx.status(204);
    });
    javalin.routes.get("/api/saved/{id}/feed.atom", ctx -> {
      SavedSearch saved = find(store, ctx, reader(ctx));
      String base = ctx.scheme() + "://" + ctx.host();
      ctx.contentType("application/atom+xml; charset=utf-8");
      ctx.result(AtomFeed.of(
          saved, store.alerts(saved.id(), AtomFeed.ENTRIES), base, id -> story(search, id)));
    });
    javalin.routes.exception(SavedNotFound.class, (e, ctx) -> {
      ctx.status(404);
      ctx.json(ErrorBody.of(ErrorBody.NOT_FOUND, e.getMessage(), null));
    });
    javalin.routes.exception(SavedForbidden.class, (e, ctx) -> {
      ctx.status(403);
      ctx.json(ErrorBody.of(ErrorBody.FORBIDDEN, e.getMessage(), null));
    });
  }

  private static Optional<StoryView> story(SearchService search, String id) {
    try {
      return Optional.of(search.story(id));
    } catch (StoryNotFoundException e) {
      return Optional.empty();
    }
  }

  /** Whose saved searches the caller reads: its own, or for a token the user it is given to. */
  static String reader(Context ctx) {
    Optional<Caller> caller = Guard.caller(ctx);
    if (caller.isEmpty()) {
      return LOCAL_USER;
    }
    String name = caller.get().name();
    return caller
        .get()
        .savedSearchesOf()
        .orElseThrow(() -> new SavedForbidden("token '" + name
            + "' is given to no user, so it reads no saved searches; make one that is with 'morgue auth token "
            + name + " --user NAME'"));
  }

  /** The owner of the searches the caller may create, change and delete: users only, never a token. */
  static String writer(Context ctx) {
    Optional<Caller> caller = Guard.caller(ctx);
    if (caller.isPresent() && !caller.get().writesSavedSearches()) {
      throw new SavedForbidden(
          "API tokens are read-only: token '" + caller.get().name()
              + "' cannot create, change or delete saved searches; sign in as a user to do that");
    }
    return caller.map(Caller::name).orElse(LOCAL_USER);
  }

  /** A saved-search request the caller's credential does not allow. */
  static final class SavedForbidden extends RuntimeException {
    SavedForbidden(String message) {
      super(message);
    }
  }

  /** A saved search nobody, or somebody else, has. */
  static final class SavedNotFound extends RuntimeException {
    SavedNotFound(String id) {
      super("you have no saved search " + id);
    }
  }

  private static SavedNotFound notFound(Context ctx) {
    return new SavedNotFound(ctx.pathParam("id"));
  }

  private static SavedSearch find(SavedSearchStore store, Context ctx, String owner) {
    long id;
    try {
      id = Long.parseLong(ctx.pathParam("id"));
    } catch (NumberFormatException e) {
      throw notFound(ctx);
    }
    return store.get(owner, id).orElseThrow(() -> notFound(ctx));
  }

  private static JsonNode body(Context ctx, ObjectMapper json, Set<String> fields) {
    JsonBodies.require(ctx);
    JsonNode body;
    try {
      body = json.readTree(ctx.body());
    } catch (IOException e) {
      throw new InvalidRequestException(
          INVALID_PARAMETER, "the body is not JSON: " + JsonBodies.firstLine(e));
    }
    if (body == null || !body.isObject()) {
      throw new InvalidRequestException(INVALID_PARAMETER, "the body must be a JSON object");
    }
    for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!fields.contains(name)) {
        throw new InvalidRequestException(
            INVALID_PARAMETER,
            "unknown field '" + name + "'; the body takes "
                + String.join(", ", fields.stream().sorted().toList()));
      }
    }
    return body;
  }

  private static InvalidRequestException missing(String field) {
    return new InvalidRequestException(INVALID_PARAMETER, field + " is required");
  }

  private static Optional<String> name(JsonNode body) {
    JsonNode name = body.get("name");
    if (name == null) {
      return Optional.empty();
    }
    if (!name.isTextual() || name.asText().isBlank()) {
      throw new InvalidRequestException(INVALID_PARAMETER, "name must be a non-empty string");
    }
    String text = name.asText().strip();
    if (text.length() > SavedSearch.MAX_NAME) {
      throw new InvalidRequestException(
          INVALID_PARAMETER,
          "name is " + text.length() + " characters long; at most " + SavedSearch.MAX_NAME
              + " are allowed");
    }
    return Optional.of(text);
  }

  /**
   * The page URL's query string without page position, checked by running it (a 400 says what is wrong:
   * only the backend parses the query text), so an alert never meets a search that cannot run.
   */
  private static Optional<String> params(JsonNode body, SearchService search) {
    JsonNode params = body.get("params");
    if (params == null) {
      return Optional.empty();
    }
    if (!params.isTextual()) {
      throw new InvalidRequestException(
          INVALID_PARAMETER, "params must be a string, the page URL's query string");
    }
    String text = params.asText().strip();
    text = text.startsWith("?") ? text.substring(1) : text;
    if (text.length() > SavedSearch.MAX_PARAMS) {
      throw new InvalidRequestException(
          INVALID_PARAMETER,
          "params is " + text.length() + " characters long; at most " + SavedSearch.MAX_PARAMS
              + " are allowed");
    }
    String kept = QueryStrings.without(text, NOT_SAVED);
    search.search(QueryStrings.search(kept));
    return Optional.of(kept);
  }
}
