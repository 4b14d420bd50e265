package org.morgue.server.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.morgue.server.browser.SearchPageTest.summary;

import io.javalin.Javalin;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.morgue.indexer.index.IndexLayout;
import org.morgue.server.ServerConfig;
import org.morgue.server.http.MorgueApp;
import org.morgue.server.search.lucene.LuceneSearchService;

/** The screens with nothing to show: an archive with no stories yet, and a search that finds none. */
class EmptyStatesTest extends BrowserTest {

  private LuceneSearchService emptyService;
  private Javalin emptyApp;
  private String emptyBase;

  EmptyStatesTest() {
    super(1280, 900);
  }

  @BeforeAll
  void startEmptyServer(@TempDir Path emptyIndex) throws Exception {
    // A folder no index was ever built in: what `morgue serve` shows before the first `morgue
    // index`.
    emptyService = LuceneSearchService.open(new IndexLayout(emptyIndex), Duration.ofMinutes(10));
    emptyApp =
        MorgueApp.create(emptyService, ServerConfig.defaults(emptyIndex)).start("127.0.0.1", 0);
    emptyBase = "http://127.0.0.1:" + emptyApp.port();
  }

  @AfterAll
  void stopEmptyServer() throws Exception {
    emptyApp.stop();
    emptyService.close();
  }

  @Test
  void anEmptyArchiveSaysHowToIndexStoriesInsteadOfShowingAnEmptyList() throws Exception {
    browser.driver().get(emptyBase + "/");
    assertEquals("0 stories in the archive", summary(browser).replaceAll(" \\(\\d+ ms\\)$", ""));
    assertEquals("The archive is empty", browser.find("#results .notice h2").getText());
    assertTrue(browser
        .find("#results .notice pre")
        .getText()
        .startsWith("./morgue index --index DIR PATH"));
    assertEquals(0, browser.all("#facets .facet").size(), "no empty filter groups");
    assertEquals(0, browser.all("#timeline figure").size(), "no empty chart");
    assertEquals(0, browser.all("#pager a").size());
    assertEquals("0 stories", browser.await(d -> {
      String health = browser.find("#health").getText();
      return health.isEmpty() ? null : health;
    }));
    browser.screenshot("15-empty-archive");
  }

  @Test
  void aSearchWithNoResultsGivesHintsAndAWayOutOfItsFilters() throws Exception {
    browser.open("/?q=zanzibar&f.source=CNN");
    assertEquals("No stories found", browser.find("#results .notice h2").getText());
    List<String> tips =
        browser.all("#results .notice li").stream().map(e -> e.getText()).toList();
    assertEquals(
        List.of(
            "Remove some filters: search without filters.",
            "Check the spelling, or try fewer or broader words; join alternatives with OR.",
            "Widen a word with a wildcard (embass*) or allow a near spelling (Khazali~)."),
        tips);
    assertTrue(summary(browser).startsWith("0 stories match zanzibar"), summary(browser));
    browser.screenshot("16-no-results");
    browser.find("#results .notice a").click();
    browser.awaitUrl("/?q=zanzibar");
    assertEquals("No stories found", browser.find("#results .notice h2").getText());
    // No filter left to remove, so no such tip.
    browser.await(d -> browser.all("#results .notice li").size() == 2 ? true : null);
  }
}
