package org.morgue.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import io.javalin.router.ParsedEndpoint;
import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.morgue.server.ServerConfig;
import org.morgue.server.access.AccessPolicy;
import org.morgue.server.saved.SavedSearchStore;
import org.morgue.server.testing.ArchiveTest;
import org.morgue.server.testing.OpenApiSchemas;

/**
 * The served OpenAPI description against the real app: every documented operation and status is
 * exercised, and every JSON body (every line of a jsonl export) conforms to its documented schema.
 * The 401s come from the same app served with an access file, asked without credentials.
 */
class OpenApiConformanceTest extends ArchiveTest {

  @TempDir
  Path files;

  /** Request path → the documented path template it must match, and the status expected. */
  private static final List<String[]> CALLS = List.of(
      new String[] {"/api/search?q=embassy&f.place=baghdad&interval=month", "/api/search", "200"},
      new String[] {"/api/search?sort=newest&undated=exclude&size=2", "/api/search", "200"},
      new String[] {"/api/search?sort=relevance_recent&q=title:embassy", "/api/search", "200"},
      new String[] {"/api/search?q=%22open", "/api/search", "400"},
      new String[] {"/api/search?size=500", "/api/search", "400"},
      new String[] {"/api/search?q=embassy&collapse=false", "/api/search", "200"},
      new String[] {"/api/search?collapse=maybe", "/api/search", "400"},
      new String[] {
        "/api/search?q=Embassy%20AND%20exact:%22U.S.%22%20person:khazali&mode=exact",
        "/api/search",
        "200"
      },
      new String[] {"/api/search?q=embassy&mode=literal", "/api/search", "400"},
      new String[] {"/api/export?format=jsonl&q=embassy", "/api/export", "200"},
      new String[] {"/api/export?format=csv", "/api/export", "200"},
      new String[] {"/api/export?format=xml", "/api/export", "400"},
      new String[] {"/api/export?format=csv&collapse=false", "/api/export", "200"},
      new String[] {"/api/facets/person?contains=qa", "/api/facets/{name}", "200"},
      new String[] {"/api/facets/nope", "/api/facets/{name}", "400"},
      new String[] {"/api/facets/place?collapse=false", "/api/facets/{name}", "200"},
      new String[] {"/api/stories/s1", "/api/stories/{id}", "200"},
      new String[] {"/api/stories/s5", "/api/stories/{id}", "200"},
      new String[] {"/api/stories/none", "/api/stories/{id}", "404"},
      new String[] {"/api/stories/s1/similar?size=3", "/api/stories/{id}/similar", "200"},
      new String[] {"/api/stories/s1/similar?size=0", "/api/stories/{id}/similar", "400"},
      new String[] {"/api/stories/none/similar", "/api/stories/{id}/similar", "404"},
      new String[] {"/api/stories/s1/hits?q=embassy%20OR%20khazali", "/api/stories/{id}/hits", "200"
      },
      new String[] {"/api/stories/s1/hits?q=%22open", "/api/stories/{id}/hits", "400"},
      new String[] {"/api/stories/s1/hits?q=embassy&mode=exact", "/api/stories/{id}/hits", "200"},
      new String[] {"/api/stories/none/hits?q=embassy", "/api/stories/{id}/hits", "404"},
      new String[] {"/api/stories/s1/versions", "/api/stories/{id}/versions", "200"},
      new String[] {"/api/stories/none/versions", "/api/stories/{id}/versions", "404"},
      new String[] {"/api/events/s1", "/api/events/{id}", "200"},
      new String[] {"/api/events/none", "/api/events/{id}", "404"},
      new String[] {"/api/stories/s1/diff/s3", "/api/stories/{id}/diff/{other}", "200"},
      new String[] {"/api/stories/s1/diff/none", "/api/stories/{id}/diff/{other}", "404"},
      new String[] {"/api/suggest?prefix=ba", "/api/suggest", "200"},
      new String[] {"/api/suggest?prefix=", "/api/suggest", "400"},
      new String[] {"/api/stats", "/api/stats", "200"},
      new String[] {"/api/health", "/api/health", "200"},
      new String[] {"/api/vocabulary", "/api/vocabulary", "200"},
      new String[] {"/api/metrics", "/api/metrics", "200"},
      new String[] {"/api/openapi.json", "/api/openapi.json", "200"},
      new String[] {"/api/entities/person/qais%20al%20khazali", "/api/entities/{type}/{key}", "200"
      },
      new String[] {"/api/entities/thing/x", "/api/entities/{type}/{key}", "400"},
      new String[] {"/api/entities/person/nobody", "/api/entities/{type}/{key}", "404"},
      new String[] {"/api/network?q=embassy&types=person,org", "/api/network", "200"},
      new String[] {"/api/network?size=0", "/api/network", "400"},
      new String[] {
        "/api/timeline?q=embassy&entity=place:baghdad&entity=person:qais%20al%20khazali",
        "/api/timeline",
        "200"
      },
      new String[] {"/api/timeline?entity=nope", "/api/timeline", "400"},
      // Writes: {path, template, status, method, content type, body}; the first POST makes saved
      // search 1.
      new String[] {
        "/api/batch?lines=names",
        "/api/batch",
        "200",
        "POST",
        "text/plain",
        "Baghdad\n\"open\nnobody"
      },
      new String[] {
        "/api/batch?format=csv", "/api/batch", "200", "POST", "text/csv", "query\nembassy\n"
      },
      new String[] {
        "/api/batch", "/api/batch", "400", "POST", "application/json", "{\"queries\":[]}"
      },
      new String[] {"/api/batch", "/api/batch", "415", "POST", "application/xml", "<q/>"},
      new String[] {
        "/api/saved",
        "/api/saved",
        "201",
        "POST",
        "application/json",
        "{\"name\":\"Embassy\",\"params\":\"q=embassy\"}"
      },
      new String[] {"/api/saved", "/api/saved", "400", "POST", "application/json", "{\"name\":\"\"}"
      },
      new String[] {"/api/saved", "/api/saved", "415", "POST", "text/plain", "{}"},
      new String[] {"/api/saved", "/api/saved", "200"},
      new String[] {"/api/saved/1", "/api/saved/{id}", "200"},
      new String[] {"/api/saved/99", "/api/saved/{id}", "404"},
      new String[] {
        "/api/saved/1", "/api/saved/{id}", "200", "PATCH", "application/json", "{\"seen\":true}"
      },
      new String[] {
        "/api/saved/1", "/api/saved/{id}", "400", "PATCH", "application/json", "{\"seen\":1}"
      },
      new String[] {"/api/saved/1", "/api/saved/{id}", "415", "PATCH", "text/plain", "{}"},
      new String[] {"/api/saved/99", "/api/saved/{id}", "404", "PATCH", "application/json", "{}"},
      new String[] {"/api/saved/1/feed.atom", "/api/saved/{id}/feed.atom", "200"},
      new String[] {"/api/saved/99/feed.atom", "/api/saved/{id}/feed.atom", "404"},
      new String[] {"/api/saved/1", "/api/saved/{id}", "204", "DELETE", "", ""},
      new String[] {"/api/saved/1", "/api/saved/{id}", "404", "DELETE", "", ""});

  private SavedSearchStore saved;

  /** The conformance app also serves saved searches, from a state file of its own. */
  @Override
  protected Javalin app() {
    return MorgueApp.create(service, ServerConfig.defaults(dir), Guard.open(), Optional.of(saved));
  }

  @BeforeAll
  void openState(@TempDir Path state) throws Exception {
    saved = SavedSearchStore.open(state.resolve("morgue.db"), java.time.Clock.systemUTC());
  }

  @AfterAll
  void closeState() {
    saved.close();
  }

  /** {path, template, status} is a GET; then method, content type, body and, optionally, an Authorization header. */
  private static Response call(io.javalin.testtools.HttpClient client, String[] call) {
    if (call.length == 3) {
      return client.get(call[0]);
    }
    return client.request(call[0], request -> {
      if (call.length > 6) {
        request.header("Authorization", call[6]);
      }
      HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.ofString(call[5]);
      switch (call[3]) {
        case "GET" -> request.get();
        case "POST" -> request.post(body);
        case "PATCH" -> request.patch(body);
        case "DELETE" -> request.delete(body);
        default -> throw new IllegalArgumentException(call[3]);
      }
      if (!call[4].isEmpty()) {
        request.header("Content-Type", call[4]);
      }
    });
  }

  @Test
  void everyDocumentedResponseIsExercisedAndConforms() {
    JavalinTest.test(app(), (server, client) -> {
      String specText = client.get("/api/openapi.json").body().string();
      JsonNode spec = JSON.readTree(specText);
      assertEquals("3.1.0", spec.get("openapi").asText());
      OpenApiSchemas check = new OpenApiSchemas(specText, spec);
      TreeSet<String> documented = new TreeSet<>();
      spec.get("paths")
          .fields()
          .forEachRemaining(p -> p.getValue()
              .fields()
              .forEachRemaining(op -> op.getValue()
                  .get("responses")
                  .fieldNames()
                  .forEachRemaining(
                      status -> documented.add(key(p.getKey(), op.getKey(), status)))));
      TreeSet<String> exercised = new TreeSet<>();
      List<String> errors = new ArrayList<>();
      for (String[] call : CALLS) {
        Response response = call(client, call);
        String method = call.length == 3 ? "get" : call[3].toLowerCase(Locale.ROOT);
        assertEquals(Integer.parseInt(call[2]), response.code(), call[0]);
        assertTrue(
            Pattern.matches(call[1].replaceAll("\\{[a-z]+}", "[^/?]+") + "(\\?.*)?", call[0]),
            call[0]);
        exercised.add(key(call[1], method, call[2]));
        errors.addAll(conformance(
            check, spec, call[0], responsePointer(spec, call[1], method, call[2]), response));
      }
      Guard guarded = Guard.of(AccessPolicy.load(Files.writeString(
          files.resolve("access"),
          AccessPolicy.tokenLine("ci-bot", "conformance-test-token-0123456789") + "\n")));
      JavalinTest.test(
          MorgueApp.create(service, ServerConfig.defaults(dir), guarded), (locked, anonymous) -> {
            List<String> templates = new ArrayList<>();
            spec.get("paths").fieldNames().forEachRemaining(templates::add);
            for (String template : templates) {
              String url = template
                  .replace("{id}", "s1")
                  .replace("{other}", "s3")
                  .replace("{name}", "person")
                  .replace("{type}", "person")
                  .replace("{key}", "x");
              for (Iterator<String> methods = spec.get("paths").get(template).fieldNames();
                  methods.hasNext(); ) {
                String method = methods.next();
                Response response = method.equals("get")
                    ? anonymous.get(url)
                    : call(anonymous, new String[] {
                      url,
                      template,
                      "401",
                      method.toUpperCase(Locale.ROOT),
                      "application/json",
                      "{}"
                    });
                assertEquals(401, response.code(), method + " " + url);
                exercised.add(key(template, method, "401"));
                errors.addAll(conformance(
                    check, spec, url, responsePointer(spec, template, method, "401"), response));
              }
            }
          });
      // The 403s: a token given to no user, on every saved-search operation (writes: tokens are
      // read-only).
      Guard tokens = Guard.of(AccessPolicy.load(Files.writeString(
          files.resolve("tokens"),
          AccessPolicy.tokenLine("ci-bot", "conformance-test-token-0123456789") + "\n")));
      JavalinTest.test(
          MorgueApp.create(service, ServerConfig.defaults(dir), tokens, Optional.of(saved)),
          (locked, bot) -> {
            for (String[] call : List.of(
                new String[] {"/api/saved", "/api/saved", "get"},
                new String[] {"/api/saved", "/api/saved", "post"},
                new String[] {"/api/saved/1", "/api/saved/{id}", "get"},
                new String[] {"/api/saved/1", "/api/saved/{id}", "patch"},
                new String[] {"/api/saved/1", "/api/saved/{id}", "delete"},
                new String[] {"/api/saved/1/feed.atom", "/api/saved/{id}/feed.atom", "get"})) {
              Response response = call(bot, new String[] {
                call[0],
                call[1],
                "403",
                call[2].toUpperCase(Locale.ROOT),
                "application/json",
                "{}",
                "Bearer conformance-test-token-0123456789"
              });
              assertEquals(403, response.code(), call[2] + " " + call[0]);
              exercised.add(key(call[1], call[2], "403"));
              errors.addAll(conformance(
                  check, spec, call[0], responsePointer(spec, call[1], call[2], "403"), response));
            }
          });
      assertEquals(documented, exercised);
      assertEquals(List.of(), errors);
    });
  }

  private static String key(String template, String method, String status) {
    return method.toUpperCase(Locale.ROOT) + " " + template + " " + status;
  }

  /** The pointer to an operation's documented response object, or to the shared one its {@code $ref} names. */
  private static String responsePointer(
      JsonNode spec, String template, String method, String status) {
    String pointer =
        "/paths/" + OpenApiSchemas.segment(template) + "/" + method + "/responses/" + status;
    JsonNode response = spec.at(pointer);
    return response.has("$ref") ? response.get("$ref").asText().substring(1) : pointer;
  }

  /** The next endpoint cannot be forgotten: the routes the app registers are exactly the documented ones. */
  @Test
  void everyRouteTheAppRegistersIsDocumented() {
    JavalinTest.test(app(), (server, client) -> {
      JsonNode spec = JSON.readTree(client.get("/api/openapi.json").body().string());
      TreeSet<String> documented = new TreeSet<>();
      spec.get("paths")
          .fields()
          .forEachRemaining(p -> p.getValue()
              .fieldNames()
              .forEachRemaining(
                  method -> documented.add(method.toUpperCase(Locale.ROOT) + " " + p.getKey())));
      TreeSet<String> registered = new TreeSet<>();
      for (ParsedEndpoint route : server.unsafe.internalRouter.allHttpHandlers()) {
        if (route.endpoint.method.isHttpMethod()) {
          registered.add(route.endpoint.method.name() + " " + route.endpoint.path);
        }
      }
      assertEquals(documented, registered);
    });
  }

  private static List<String> conformance(
      OpenApiSchemas check, JsonNode spec, String url, String pointer, Response response)
      throws Exception {
    JsonNode documented = spec.at(pointer);
    List<String> errors = new ArrayList<>();
    if (response.code() == 204) {
      return documented.has("content") ? List.of(url + ": a 204 documents a body") : List.of();
    }
    String type = String.valueOf(header(response, "Content-Type"));
    String mediaType = type.split(";")[0].strip();
    JsonNode content = documented.path("content").path(mediaType);
    String contentPointer = pointer + "/content/" + OpenApiSchemas.segment(mediaType);
    if (content.isMissingNode()) {
      return List.of(url + ": content type " + type + " is not documented");
    }
    for (Iterator<Map.Entry<String, JsonNode>> headers =
            documented.path("headers").fields();
        headers.hasNext(); ) {
      Map.Entry<String, JsonNode> header = headers.next();
      String value = header(response, header.getKey());
      if (value == null) {
        errors.add(url + ": documented header " + header.getKey() + " is missing");
        continue;
      }
      JsonNode schema = header.getValue().get("schema");
      JsonNode asJson = schema.path("type").asText().equals("integer")
          ? JSON.readTree(value)
          : JSON.getNodeFactory().textNode(value);
      check
          .errors(
              asJson, pointer + "/headers/" + OpenApiSchemas.segment(header.getKey()) + "/schema")
          .forEach(e -> errors.add(url + " header " + header.getKey() + " " + e));
    }
    String body = response.body().string();
    if (mediaType.equals("application/json")) {
      check
          .errors(JSON.readTree(body), contentPointer + "/schema")
          .forEach(e -> errors.add(url + " " + e));
    } else if (content.has("x-line-schema")) {
      body.lines().forEach(line -> {
        try {
          check
              .errors(JSON.readTree(line), contentPointer + "/x-line-schema")
              .forEach(e -> errors.add(url + " " + e));
        } catch (Exception e) {
          errors.add(url + ": a line is not JSON: " + line);
        }
      });
    }
    return errors;
  }

  private static String header(Response response, String name) {
    List<String> values = response.headers().get(name);
    return values == null || values.isEmpty() ? null : String.join(",", values);
  }

  @Test
  void theCheckerRejectsWhatTheDescriptionForbids() throws Exception {
    JsonNode spec = get("/api/openapi.json");
    OpenApiSchemas check = new OpenApiSchemas(JSON.writeValueAsString(spec), spec);
    JsonNode health =
        JSON.readTree("{\"status\":\"fine\",\"stories\":-1,\"built_at\":null,\"extra\":1}");
    assertEquals(
        List.of(
            "$.status: does not have a value in the enumeration [\"ok\", \"empty\"]",
            "$.stories: must have a minimum value of 0",
            "$: required property 'index' not found",
            "$: property 'extra' is not defined in the schema and the schema does not allow additional properties"),
        check.errors(health, "/components/schemas/Health"));
  }
}
