package org.morgue.server.saved;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import io.javalin.testtools.JavalinTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.morgue.indexer.index.IndexLayout;
import org.morgue.server.ServerConfig;
import org.morgue.server.access.AccessPolicy;
import org.morgue.server.access.PasswordHasher;
import org.morgue.server.http.Guard;
import org.morgue.server.http.MorgueApp;
import org.morgue.server.search.lucene.LuceneSearchService;
import org.morgue.server.testing.RawPost;
import org.morgue.server.testing.TestArchive;

/**
 * Who may do what with saved searches on a server with an access file, over real HTTP: users own and
 * change only their own; API tokens are read-only, so a token given to a user ({@code user=alice})
 * lists, reads and follows the feeds of alice's searches but never creates, changes or deletes one, and
 * a token given to nobody reads none. Every refusal is an exact JSON body, and the state file is
 * checked afterwards to hold exactly what the users wrote.
 */
class SavedSearchAccessTest {

  private static final Instant NOW = Instant.parse("2026-02-01T09:00:00Z");
  private static final PasswordHasher HASHER =
      new PasswordHasher(1_000, new SecureRandom(new byte[] {3}));
  private static final String ALICE = basic("alice", "alice pass");
  private static final String BOB = basic("bob", "bob pass");
  private static final String ALICE_FEEDS = "Bearer alice-feeds-token-0123456789abcdef";
  private static final String CI_BOT = "Bearer ci-bot-token-0123456789abcdef012";
  private static final String MINE =
      "{\"id\":1,\"name\":\"Mine\",\"params\":\"q=embassy\",\"created_at\":\"2026-02-01T09:00:00Z\","
          + "\"last_seen_at\":\"2026-02-01T09:00:00Z\",\"new_stories\":0,\"search_url\":\"?q=embassy\","
          + "\"feed_url\":\"/api/saved/1/feed.atom\"}";
  private static final String READ_ONLY =
      "{\"error\":{\"code\":\"forbidden\",\"message\":\"API tokens are read-only: token "
          + "'alice-feeds' cannot create, change or delete saved searches; sign in as a user to do that\"}}";
  private static final String NOBODYS =
      "{\"error\":{\"code\":\"forbidden\",\"message\":\"token 'ci-bot' is given to no user, "
          + "so it reads no saved searches; make one that is with 'morgue auth token ci-bot --user NAME'\"}}";

  @TempDir
  Path dir;

  private LuceneSearchService service;
  private SavedSearchStore store;
  private Javalin app;
  /** The state file's clock: moved on after alice saves, so a write by a token would show in last_seen_at. */
  private final AtomicReference<Instant> now = new AtomicReference<>(NOW);

  @BeforeEach
  void open() throws Exception {
    TestArchive.build(dir, TestArchive.STORIES);
    service = LuceneSearchService.open(new IndexLayout(dir), Duration.ofMillis(50));
    store = SavedSearchStore.open(SavedSearchStore.fileOf(dir), new Clock() {
      @Override
      public ZoneId getZone() {
        return ZoneOffset.UTC;
      }

      @Override
      public Clock withZone(ZoneId zone) {
        return this;
      }

      @Override
      public Instant instant() {
        return now.get();
      }
    });
    Path access = Files.writeString(
        dir.resolve("access"),
        "user alice " + HASHER.hash("alice pass".toCharArray()) + "\n"
            + "user bob " + HASHER.hash("bob pass".toCharArray()) + "\n"
            + AccessPolicy.tokenLine("alice-feeds", ALICE_FEEDS.substring(7), "alice") + "\n"
            + AccessPolicy.tokenLine("ci-bot", CI_BOT.substring(7)) + "\n");
    app = MorgueApp.create(
        service,
        ServerConfig.defaults(dir),
        Guard.of(AccessPolicy.load(access)),
        Optional.of(store));
  }

  @AfterEach
  void close() {
    store.close();
    service.close();
  }

  private static String basic(String user, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  private static RawPost.Answer as(
      int port, String authorization, String method, String path, String type, String body) {
    Map<String, String> headers = new HashMap<>();
    if (authorization != null) {
      headers.put("Authorization", authorization);
    }
    if (type != null) {
      headers.put("Content-Type", type);
    }
    return RawPost.withHeaders(port, method, path, headers, body);
  }

  private static void assertAnswer(int status, String body, RawPost.Answer answer) {
    assertEquals(status + " " + body, answer.status() + " " + answer.body());
  }

  @Test
  void usersSeeAndChangeOnlyTheirOwnSearches() {
    JavalinTest.test(app, (server, client) -> {
      int port = server.port();
      assertAnswer(
          201,
          MINE,
          as(
              port,
              ALICE,
              "POST",
              "/api/saved",
              "application/json",
              "{\"name\":\"Mine\",\"params\":\"q=embassy\"}"));
      assertAnswer(200, "{\"searches\":[]}", as(port, BOB, "GET", "/api/saved", null, null));
      String none =
          "{\"error\":{\"code\":\"not_found\",\"message\":\"you have no saved search 1\"}}";
      assertAnswer(404, none, as(port, BOB, "GET", "/api/saved/1", null, null));
      assertAnswer(
          404,
          none,
          as(port, BOB, "PATCH", "/api/saved/1", "application/json", "{\"name\":\"Bob's\"}"));
      assertAnswer(404, none, as(port, BOB, "DELETE", "/api/saved/1", null, null));
      assertAnswer(404, none, as(port, BOB, "GET", "/api/saved/1/feed.atom", null, null));
      assertEquals(
          401, as(port, null, "GET", "/api/saved/1/feed.atom", null, null).status());
      RawPost.Answer feed = as(port, ALICE, "GET", "/api/saved/1/feed.atom", null, null);
      assertEquals(
          "200 application/atom+xml; charset=utf-8", feed.status() + " " + feed.contentType());
    });
    assertEquals(
        List.of("Mine"), store.list("alice").stream().map(SavedSearch::name).toList());
    assertEquals(List.of(), store.list("bob"));
  }

  @Test
  void aTokenGivenToAUserReadsHerSearchesAndFeedsButNeverWrites() {
    JavalinTest.test(app, (server, client) -> {
      int port = server.port();
      as(
          port,
          ALICE,
          "POST",
          "/api/saved",
          "application/json",
          "{\"name\":\"Mine\",\"params\":\"q=embassy\"}");
      now.set(NOW.plus(Duration.ofHours(1)));
      assertAnswer(
          200,
          "{\"searches\":[" + MINE + "]}",
          as(port, ALICE_FEEDS, "GET", "/api/saved", null, null));
      assertAnswer(200, MINE, as(port, ALICE_FEEDS, "GET", "/api/saved/1", null, null));
      RawPost.Answer feed = as(port, ALICE_FEEDS, "GET", "/api/saved/1/feed.atom", null, null);
      assertEquals(200, feed.status());
      assertTrue(feed.body().contains("<title>Morgue: Mine</title>"), feed.body());
      // Every write is refused before its body or id is looked at: a bad body or a missing id is
      // 403 too.
      assertAnswer(
          403,
          READ_ONLY,
          as(
              port,
              ALICE_FEEDS,
              "POST",
              "/api/saved",
              "application/json",
              "{\"name\":\"Theirs\",\"params\":\"\"}"));
      assertAnswer(
          403,
          READ_ONLY,
          as(
              port,
              ALICE_FEEDS,
              "POST",
              "/api/saved",
              "application/x-www-form-urlencoded",
              "name=x"));
      assertAnswer(
          403,
          READ_ONLY,
          as(
              port,
              ALICE_FEEDS,
              "PATCH",
              "/api/saved/1",
              "application/json",
              "{\"name\":\"Renamed\"}"));
      assertAnswer(
          403,
          READ_ONLY,
          as(port, ALICE_FEEDS, "PATCH", "/api/saved/1", "application/json", "{\"seen\":true}"));
      assertAnswer(
          403,
          READ_ONLY,
          as(port, ALICE_FEEDS, "PATCH", "/api/saved/99", "application/json", "{}"));
      assertAnswer(403, READ_ONLY, as(port, ALICE_FEEDS, "DELETE", "/api/saved/1", null, null));
      assertAnswer(403, READ_ONLY, as(port, ALICE_FEEDS, "DELETE", "/api/saved/x", null, null));
      // Bob's searches stay his: the token reads alice's only.
      as(
          port,
          BOB,
          "POST",
          "/api/saved",
          "application/json",
          "{\"name\":\"Bob's\",\"params\":\"q=baghdad\"}");
      assertAnswer(
          404,
          "{\"error\":{\"code\":\"not_found\",\"message\":\"you have no saved search 2\"}}",
          as(port, ALICE_FEEDS, "GET", "/api/saved/2/feed.atom", null, null));
      // Reading the archive is what tokens are for, a batch search included.
      assertEquals(
          200, as(port, ALICE_FEEDS, "GET", "/api/search?q=embassy", null, null).status());
      assertEquals(
          200,
          as(port, ALICE_FEEDS, "POST", "/api/batch", "text/plain", "embassy\n").status());
    });
    assertEquals(
        List.of("1 Mine q=embassy 2026-02-01T09:00:00Z"),
        store.list("alice").stream()
            .map(s -> s.id() + " " + s.name() + " " + s.params() + " " + s.lastSeenAt())
            .toList());
    assertEquals(List.of(), store.list("alice-feeds"));
  }

  @Test
  void aTokenGivenToNobodyReadsNoSavedSearchesButStillSearches() {
    JavalinTest.test(app, (server, client) -> {
      int port = server.port();
      as(
          port,
          ALICE,
          "POST",
          "/api/saved",
          "application/json",
          "{\"name\":\"Mine\",\"params\":\"q=embassy\"}");
      assertAnswer(403, NOBODYS, as(port, CI_BOT, "GET", "/api/saved", null, null));
      assertAnswer(403, NOBODYS, as(port, CI_BOT, "GET", "/api/saved/1", null, null));
      assertAnswer(403, NOBODYS, as(port, CI_BOT, "GET", "/api/saved/1/feed.atom", null, null));
      assertAnswer(
          403,
          READ_ONLY.replace("alice-feeds", "ci-bot"),
          as(
              port,
              CI_BOT,
              "POST",
              "/api/saved",
              "application/json",
              "{\"name\":\"Bot\",\"params\":\"\"}"));
      assertEquals(
          200, as(port, CI_BOT, "GET", "/api/search?q=embassy", null, null).status());
    });
    assertEquals(
        List.of("Mine"), store.list("alice").stream().map(SavedSearch::name).toList());
    assertEquals(List.of(), store.list("ci-bot"));
  }
}
