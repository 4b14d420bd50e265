package org.morgue.server.saved;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import io.javalin.testtools.JavalinTest;
import java.io.ByteArrayInputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.morgue.indexer.index.IndexBuilder;
import org.morgue.indexer.index.IndexLayout;
import org.morgue.indexer.index.IndexProgress;
import org.morgue.indexer.index.IndexUpdater;
import org.morgue.indexer.index.Schema;
import org.morgue.indexer.index.StorySource;
import org.morgue.indexer.story.PubDate;
import org.morgue.indexer.story.Story;
import org.morgue.server.ServerConfig;
import org.morgue.server.http.Guard;
import org.morgue.server.http.MorgueApp;
import org.morgue.server.search.investigate.InvestigationService;
import org.morgue.server.search.lucene.LuceneSearchService;
import org.morgue.server.testing.RawPost;
import org.morgue.server.testing.TestArchive;
import org.w3c.dom.Document;

/**
 * {@code /api/saved} over real HTTP with a real SQLite state file beside a real index: the whole life of
 * a saved search, its "N new" after an {@code --update} adds a matching story, its Atom feed, and every
 * kind of bad body as a 400/415 JSON error. Owners and tokens: {@link SavedSearchAccessTest}.
 */
class SavedSearchApiTest {

  private static final Instant NOW = Instant.parse("2026-02-01T09:00:00Z");

  @TempDir
  Path dir;

  private LuceneSearchService service;
  private SavedSearchStore store;

  @BeforeEach
  void open() throws Exception {
    TestArchive.build(dir, TestArchive.STORIES);
    service = LuceneSearchService.open(new IndexLayout(dir), Duration.ofMillis(50));
    store = SavedSearchStore.open(SavedSearchStore.fileOf(dir), Clock.fixed(NOW, ZoneOffset.UTC));
  }

  @AfterEach
  void close() {
    store.close();
    service.close();
  }

  private Javalin app(Guard guard) {
    return MorgueApp.create(service, ServerConfig.defaults(dir), guard, Optional.of(store));
  }

  private RawPost.Answer call(String method, String path, String type, String body) {
    AtomicReference<RawPost.Answer> answer = new AtomicReference<>();
    JavalinTest.test(
        app(Guard.open()),
        (server, client) -> answer.set(RawPost.send(server.port(), method, path, type, body)));
    return answer.get();
  }

  private static String view(long id, String name, String params, long fresh, String seen) {
    return "{\"id\":" + id + ",\"name\":\"" + name + "\",\"params\":\"" + params
        + "\",\"created_at\":\"2026-02-01T09:00:00Z\","
        + "\"last_seen_at\":\"" + seen + "\",\"new_stories\":" + fresh + ",\"search_url\":\"?"
        + params
        + "\",\"feed_url\":\"/api/saved/" + id + "/feed.atom\"}";
  }

  @Test
  void createListRenameAndDelete() {
    RawPost.Answer created = call(
        "POST",
        "/api/saved",
        "application/json",
        "{\"name\":\"Embassy\",\"params\":\"?q=embassy&f.place=baghdad&page=3&story=s1\"}");
    assertEquals(201, created.status());
    assertEquals(
        view(1, "Embassy", "q=embassy&f.place=baghdad", 0, "2026-02-01T09:00:00Z"), created.body());
    call(
        "POST",
        "/api/saved",
        "application/json; charset=utf-8",
        "{\"name\":\" Qais \",\"params\":\"f.person=qais+al+khazali\"}");
    assertEquals(
        "{\"searches\":["
            + view(1, "Embassy", "q=embassy&f.place=baghdad", 0, "2026-02-01T09:00:00Z") + ","
            + view(2, "Qais", "f.person=qais+al+khazali", 0, "2026-02-01T09:00:00Z") + "]}",
        call("GET", "/api/saved", null, null).body());
    assertEquals(
        view(1, "Embassy attacks", "q=embassy&f.place=baghdad", 0, "2026-02-01T09:00:00Z"),
        call("PATCH", "/api/saved/1", "application/json", "{\"name\":\"Embassy attacks\"}")
            .body());
    RawPost.Answer deleted = call("DELETE", "/api/saved/1", null, null);
    assertEquals(204, deleted.status());
    assertEquals("", deleted.body());
    assertEquals(404, call("GET", "/api/saved/1", null, null).status());
    assertEquals(
        "{\"searches\":[" + view(2, "Qais", "f.person=qais+al+khazali", 0, "2026-02-01T09:00:00Z")
            + "]}",
        call("GET", "/api/saved", null, null).body());
  }

  private static String error(String code, String message) {
    return "{\"error\":{\"code\":\"" + code + "\",\"message\":\"" + message + "\"}}";
  }

  @Test
  void badBodiesAreJsonErrorsAndFormPostsAreRefused() {
    assertEquals(
        error(
            "unsupported_media_type",
            "send the body as application/json, not 'application/x-www-form-urlencoded'"),
        call("POST", "/api/saved", "application/x-www-form-urlencoded", "name=x&params=q%3Dy")
            .body());
    assertEquals(
        error("unsupported_media_type", "send the body as application/json, not 'text/plain'"),
        call("POST", "/api/saved", "text/plain", "{\"name\":\"x\",\"params\":\"q=y\"}")
            .body());
    assertEquals(415, call("POST", "/api/saved", null, "{}").status());
    assertEquals(
        error("invalid_parameter", "the body must be a JSON object"),
        call("POST", "/api/saved", "application/json", "[]").body());
    assertEquals(
        error("invalid_parameter", "name is required"),
        call("POST", "/api/saved", "application/json", "{\"params\":\"q=x\"}").body());
    assertEquals(
        error("invalid_parameter", "params is required"),
        call("POST", "/api/saved", "application/json", "{\"name\":\"x\"}").body());
    assertEquals(
        error("invalid_parameter", "name must be a non-empty string"),
        call("POST", "/api/saved", "application/json", "{\"name\":\" \",\"params\":\"\"}")
            .body());
    assertEquals(
        error("invalid_parameter", "unknown field 'owner'; the body takes name, params"),
        call(
                "POST",
                "/api/saved",
                "application/json",
                "{\"name\":\"x\",\"params\":\"\",\"owner\":\"bob\"}")
            .body());
    RawPost.Answer badQuery =
        call("POST", "/api/saved", "application/json", "{\"name\":\"x\",\"params\":\"q=%22open\"}");
    assertEquals(400, badQuery.status());
    assertEquals(
        "{\"error\":{\"code\":\"invalid_query\",\"message\":\"unbalanced quote: a \\\" is not closed\",\"position\":0}}",
        badQuery.body());
    RawPost.Answer notJson = call("POST", "/api/saved", "application/json", "{\"name\":");
    assertEquals(400, notJson.status());
    assertTrue(
        notJson
            .body()
            .startsWith(
                "{\"error\":{\"code\":\"invalid_parameter\",\"message\":\"the body is not JSON: "),
        notJson.body());
    assertEquals(
        error("not_found", "you have no saved search 7"),
        call("PATCH", "/api/saved/7", "application/json", "{}").body());
    assertEquals(
        error("not_found", "you have no saved search x"),
        call("DELETE", "/api/saved/x", null, null).body());
    assertEquals(List.of(), store.list("local"));
  }

  @Test
  void anUpdateAddingAMatchingStoryShowsOneNewAndFeedsIt() throws Exception {
    AlertWatcher alerts = new AlertWatcher(store, service, MorgueApp::savedSearch);
    alerts.check(); // the first build the state sees: recorded, nothing is new
    call(
        "POST",
        "/api/saved",
        "application/json",
        "{\"name\":\"Embassy\",\"params\":\"q=embassy\"}");
    call(
        "POST",
        "/api/saved",
        "application/json",
        "{\"name\":\"Basra\",\"params\":\"f.place=basra\"}");
    String before = service.health().index();
    new IndexUpdater(
            new Schema(),
            TestArchive.EXTRACTOR,
            new IndexBuilder.Options(1, 2, 16),
            Clock.fixed(NOW.plusSeconds(60), ZoneOffset.UTC))
        .update(
            new IndexLayout(dir),
            StorySource.of(List.of(new Story(
                "s7",
                "Embassy guards <b>doubled</b>",
                "Guards at the embassy in Baghdad were doubled on Monday.",
                Optional.of(PubDate.day(2020, 3, 2)),
                "AP",
                "Staff",
                "",
                List.of(),
                Map.of(),
                "test:s7",
                "test"))),
            List.of(),
            new IndexProgress());
    // The service follows the new build within its 50 ms reopen interval; polled, not timed.
    for (int i = 0; i < 200 && service.health().index().equals(before); i++) {
      Thread.sleep(25);
    }
    alerts.check();
    alerts.check(); // the same build again adds nothing
    assertEquals(
        List.of(1L, 0L),
        store.list("local").stream().map(SavedSearch::newStories).toList());
    String feed = call("GET", "/api/saved/1/feed.atom", null, null).body();
    Document atom = parse(feed);
    assertEquals("http://www.w3.org/2005/Atom", atom.getDocumentElement().getNamespaceURI());
    assertEquals("Morgue: Embassy", text(atom, "title", 0));
    assertEquals(1, atom.getElementsByTagNameNS(AtomFeed.NS, "entry").getLength());
    assertEquals("Embassy guards <b>doubled</b>", text(atom, "title", 1));
    assertEquals("urn:morgue:saved:1:story:s7", text(atom, "id", 1));
    assertEquals("2020-03-02T00:00:00Z", text(atom, "published", 0));
    assertTrue(feed.contains("Embassy guards &lt;b&gt;doubled&lt;/b&gt;"), feed);
    assertEquals(
        view(1, "Embassy", "q=embassy", 0, "2026-02-01T09:00:00Z"),
        call("PATCH", "/api/saved/1", "application/json", "{\"seen\":true}").body());
    alerts.close();
  }

  @Test
  void anUnchangedBuildIsNotReadAgainOnEachTick() {
    // The real service, with its story-id reads counted: only a build the state has not recorded is
    // read.
    AtomicInteger reads = new AtomicInteger();
    InvestigationService counted = (InvestigationService) Proxy.newProxyInstance(
        getClass().getClassLoader(),
        new Class<?>[] {InvestigationService.class},
        (proxy, method, args) -> {
          if (method.getName().equals("storyIds")) {
            reads.incrementAndGet();
          }
          try {
            return method.invoke(service, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        });
    AlertWatcher alerts = new AlertWatcher(store, counted, MorgueApp::savedSearch);
    alerts.check();
    alerts.check();
    alerts.check();
    assertEquals(1, reads.get());
    assertEquals(Optional.of(service.health().index()), store.lastBuild());
    alerts.close();
  }

  @Test
  void aSecondServerOnTheSameStateFileIsRefused() {
    StateLockedException refused = assertThrows(
        StateLockedException.class,
        () -> SavedSearchStore.open(SavedSearchStore.fileOf(dir), Clock.systemUTC()));
    assertEquals(
        "another Morgue server is using the state file " + SavedSearchStore.fileOf(dir)
            + "; stop it first, or serve a different index folder",
        refused.getMessage());
  }

  private static Document parse(String xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    return factory
        .newDocumentBuilder()
        .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }

  private static String text(Document doc, String element, int index) {
    return doc.getElementsByTagNameNS(AtomFeed.NS, element).item(index).getTextContent();
  }
}
