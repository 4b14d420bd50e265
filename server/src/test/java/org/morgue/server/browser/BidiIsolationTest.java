package org.morgue.server.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.morgue.indexer.cli.ExitCode;
import org.morgue.indexer.cli.IndexCommand;
import org.morgue.indexer.index.IndexLayout;
import org.morgue.server.ServerConfig;
import org.morgue.server.http.MorgueApp;
import org.morgue.server.search.lucene.LuceneSearchService;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebElement;

/**
 * A story whose outlet ends in an unclosed right-to-left override (U+202E), as the attack indexed:
 * unisolated, it reversed the rest of its result line, so the byline and the page's own "original"
 * link were drawn right to left. Checked by where the browser lays the pieces out.
 */
class BidiIsolationTest extends BrowserTest {

  private static final String STORY =
      "{\"id\":\"rlo\",\"title\":\"Harbour closes after the gale\",\"body\":\"The harbour"
          + " at Ellery closed on Monday after the gale.\",\"published\":\"2020-03-10\",\"source\":\"Reuters\\u202e\","
          + "\"byline\":\"Agnes Moray\",\"url\":\"https://example.org/harbour\"}\n"
          + "{\"id\":\"rtl\",\"title\":\"Harbour news in Hebrew\",\"body\":\"The harbour story, as the Hebrew press told it.\","
          + "\"published\":\"2020-03-11\",\"source\":\"הארץ\",\"byline\":\"Agnes Moray\",\"url\":\"https://example.org/haaretz\"}\n";

  private LuceneSearchService service;
  private Javalin app;
  private String base;

  BidiIsolationTest() {
    super(1280, 900);
  }

  @BeforeAll
  void startServer(@TempDir Path dir) throws Exception {
    Path input = Files.writeString(dir.resolve("rlo.jsonl"), STORY, StandardCharsets.UTF_8);
    Path index = dir.resolve("index");
    ExitCode code = IndexCommand.standard(Clock.systemUTC())
        .run(
            List.of("--index", index.toString(), "--no-entities", input.toString()),
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            false);
    assertEquals(ExitCode.OK, code);
    service = LuceneSearchService.open(new IndexLayout(index), Duration.ofMinutes(10));
    app = MorgueApp.create(service, ServerConfig.defaults(index)).start("127.0.0.1", 0);
    base = "http://127.0.0.1:" + app.port();
  }

  @AfterAll
  void stopServer() throws Exception {
    app.stop();
    service.close();
  }

  /** Left to right on the screen: each piece starts where the one before it ends, or further right. */
  private static void assertInReadingOrder(List<WebElement> pieces) {
    for (int i = 1; i < pieces.size(); i++) {
      Rectangle before = pieces.get(i - 1).getRect();
      Rectangle after = pieces.get(i).getRect();
      assertTrue(
          after.getX() >= before.getX() + before.getWidth(),
          "'" + pieces.get(i).getText() + "' at x=" + after.getX()
              + " is drawn left of the end of '" + pieces.get(i - 1).getText() + "' (x="
              + before.getX() + ", width " + before.getWidth() + ")");
    }
  }

  @Test
  void anOverrideInAnOutletLeavesTheRestOfTheResultLineInReadingOrder() throws Exception {
    browser.driver().get(base + "/?q=closed");
    WebElement hit = browser.find("#results .hit");
    assertEquals(
        "Reuters\u202e",
        hit.findElement(org.openqa.selenium.By.cssSelector(".meta .outlet bdi"))
            .getAttribute("textContent"));
    assertInReadingOrder(List.of(
        hit.findElement(org.openqa.selenium.By.cssSelector(".meta time")),
        hit.findElement(org.openqa.selenium.By.cssSelector(".meta .outlet")),
        hit.findElement(org.openqa.selenium.By.cssSelector(".meta .byline")),
        hit.findElement(org.openqa.selenium.By.cssSelector(".meta a.orig"))));
    browser.screenshot("bidi-override-in-outlet");
  }

  @Test
  void aRightToLeftOutletKeepsItsBylineAndOriginalLinkAfterIt() throws Exception {
    browser.driver().get(base + "/?q=hebrew");
    WebElement hit = browser.find("#results .hit");
    assertInReadingOrder(List.of(
        hit.findElement(org.openqa.selenium.By.cssSelector(".meta time")),
        hit.findElement(org.openqa.selenium.By.cssSelector(".meta .outlet")),
        hit.findElement(org.openqa.selenium.By.cssSelector(".meta .byline")),
        hit.findElement(org.openqa.selenium.By.cssSelector(".meta a.orig"))));
  }

  @Test
  void theStoryPageIsolatesTheOutletToo() throws Exception {
    browser.driver().get(base + "/?story=rlo");
    WebElement outlet = browser.find(".story .outlet");
    assertEquals(
        "bdi", outlet.findElement(org.openqa.selenium.By.cssSelector("bdi")).getTagName());
    WebElement byline = browser.find(".story .byline");
    Rectangle o = outlet.getRect();
    assertTrue(byline.getRect().getX() >= o.getX() + o.getWidth(), "the byline follows the outlet");
  }
}
