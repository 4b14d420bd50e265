package org.morgue.server.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.morgue.indexer.cli.ExitCode;
import org.morgue.indexer.cli.IndexCommand;
import org.morgue.indexer.index.IndexLayout;
import org.morgue.server.ServerConfig;
import org.morgue.server.http.Guard;
import org.morgue.server.http.MorgueApp;
import org.morgue.server.saved.AlertWatcher;
import org.morgue.server.saved.SavedSearchStore;
import org.morgue.server.search.lucene.LuceneSearchService;
import org.morgue.server.testing.RawPost;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.w3c.dom.Document;

/**
 * The investigation screens in headless Chromium over the seed stories (indexed by the production index
 * command with the CoreNLP tagger), served with a saved-search state file and the alert watcher as
 * {@code morgue serve} runs them: the entity page, the network, a batch with a bad line, the export link,
 * and a saved search that shows "1 new" after an {@code --update} adds a matching story.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InvestigationPageTest {

  private static final String NEW_STORY = """
      {"id":"upd-embassy","title":"Embassy reopens its consular section","body":"The U.S. embassy in Baghdad \
      reopened its consular section on Monday, officials said.","published":"2020-02-24","source":"Reuters"}
      """;

  private Path index;
  private LuceneSearchService service;
  private SavedSearchStore store;
  private AlertWatcher alerts;
  private Javalin app;
  private Browser browser;

  @BeforeAll
  void start(@TempDir Path dir) throws Exception {
    Browser.requireInstalled(System.getenv("CI"));
    index = dir.resolve("index");
    assertEquals(
        ExitCode.OK,
        index(List.of(
            "--index",
            index.toString(),
            "--threads",
            "2",
            PageServer.TESTDATA.resolve("seeds").toString())));
    service = LuceneSearchService.open(new IndexLayout(index), Duration.ofMillis(100));
    store = SavedSearchStore.open(SavedSearchStore.fileOf(index), Clock.systemUTC());
    alerts = new AlertWatcher(store, service, MorgueApp::savedSearch).start(Duration.ofMillis(100));
    app = MorgueApp.create(service, ServerConfig.defaults(index), Guard.open(), Optional.of(store))
        .start("127.0.0.1", 0);
    browser = Browser.start("http://127.0.0.1:" + app.port(), dir.resolve("profile"), 1280, 900);
  }

  private static ExitCode index(List<String> args) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    ExitCode code = IndexCommand.standard(Clock.systemUTC())
        .run(
            args,
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            false);
    assertEquals(ExitCode.OK, code, err.toString(StandardCharsets.UTF_8));
    return code;
  }

  @AfterAll
  void stop() {
    browser.close();
    app.stop();
    alerts.close();
    service.close();
    store.close();
  }

  @Test
  void theEntityPageOfQaisAlKhazali() throws Exception {
    browser.open("/?view=entity&type=person&key=qais%20al%20khazali");
    browser.await(d -> browser.all(".entity-name").isEmpty() ? null : true);
    assertEquals("Qais al-Khazali", browser.find(".entity-name").getText());
    assertEquals("4 stories", browser.find(".entity-stories").getText());
    List<String> orgs = browser.all(".cooc-org .cooc-count .cooc-name").stream()
        .map(WebElement::getText)
        .toList();
    assertTrue(orgs.contains("Kataib Hezbollah"), "co-occurring orgs: " + orgs);
    browser.await(d -> browser.all(".line-chart polyline").size() >= 2 ? true : null);
    browser.screenshot("18-entity-qais");
    // Its newest stories, copy groups collapsed as on the result list (two of the four seeds are
    // copies).
    int hits = service
        .search(MorgueApp.savedSearch("f.person=qais+al+khazali&sort=newest"))
        .hits()
        .size();
    browser.await(d -> browser.all(".mini-hits li").isEmpty() ? null : true);
    assertEquals(
        hits, browser.all(".mini-hits li a").size(), browser.find(".mini-hits").getText());
    // A co-occurring name's count opens the stories both share, as a search.
    browser.js(
        "arguments[0].click()",
        browser.all(".cooc-org .cooc-count .cooc-shared").get(orgs.indexOf("Kataib Hezbollah")));
    browser.await(d -> browser.url().contains("f.org=kataib+hezbollah")
            && browser.url().contains("f.person=qais+al+khazali")
        ? true
        : null);
  }

  @Test
  void aNameInTheFacetSidebarOpensItsEntityPageFromTheKeyboard() throws Exception {
    browser.open("/?q=embassy");
    browser.await(d -> browser.all("#results .hit").isEmpty() ? null : true);
    String row = "#facet-person-list li:has(a.facet-profile[data-value='qais al khazali'])";
    WebElement profile = browser.find(row + " a.facet-profile");
    assertEquals("Profile of Qais al-Khazali", profile.getDomAttribute("aria-label"));
    assertEquals("Who Qais al-Khazali is in the archive", profile.getDomAttribute("title"));
    assertEquals("?view=entity&type=person&key=qais+al+khazali", profile.getDomAttribute("href"));
    assertEquals(
        List.of(),
        browser.all("#facet-source-list a.facet-profile, #facet-tag-list a.facet-profile"),
        "outlets and tags are not names");
    // Tab goes checkbox, profile link, exclude toggle; Enter on the link opens the page.
    browser.js("arguments[0].focus()", browser.find(row + " input[type=checkbox]"));
    new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
    assertEquals(
        "Profile of Qais al-Khazali",
        browser.js("return document.activeElement.getAttribute('aria-label')"));
    browser.screenshot("18-facet-profile-focused");
    new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
    assertEquals(
        "Exclude Qais al-Khazali",
        browser.js("return document.activeElement.getAttribute('aria-label')"));
    new Actions(browser.driver())
        .keyDown(Keys.SHIFT)
        .sendKeys(Keys.TAB)
        .keyUp(Keys.SHIFT)
        .sendKeys(Keys.ENTER)
        .perform();
    browser.awaitUrl("/?view=entity&type=person&key=qais+al+khazali");
    browser.await(d -> browser.all(".entity-name").isEmpty() ? null : true);
    assertEquals("Qais al-Khazali", browser.find(".entity-name").getText());
    assertEquals("4 stories", browser.find(".entity-stories").getText());
  }

  @Test
  void theNetworkOfEmbassyFiltersOnANodeClick() throws Exception {
    browser.open("/?q=embassy");
    browser.await(d -> browser.all("#results .hit").isEmpty() ? null : true);
    browser.find(".search-tools .tool-link").click();
    browser.await(d -> browser.all(".network-svg .node").size() > 3 ? true : null);
    int nodes = browser.all(".network-svg .node").size();
    assertTrue(browser.all(".network-svg .edge").size() > 0, "edges drawn");
    assertTrue(nodes <= 40, "nodes: " + nodes);
    browser.screenshot("18-network-embassy");
    WebElement qais = browser.find(".network-svg .node[data-value='qais al khazali']");
    browser.js("arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}))", qais);
    browser.awaitUrl("/?q=embassy&f.person=qais+al+khazali");
    browser.await(d -> browser.find("#summary").getText().startsWith("4 stories") ? true : null);
    // An edge opens the stories both names share, from the keyboard too (Enter on the focused
    // line).
    browser.open("/?view=network&q=embassy");
    browser.await(d -> browser.all(".network-svg .node").size() > 3 ? true : null);
    WebElement edge = (WebElement)
        browser.js(
            "return [...document.querySelectorAll('.network-svg .edge')].find(e => "
                + "[e.dataset.source, e.dataset.target].sort().join('|') === 'kataib hezbollah|qais al khazali')");
    long shared = service
        .search(MorgueApp.savedSearch("q=embassy&f.person=qais+al+khazali&f.org=kataib+hezbollah"))
        .total()
        .value();
    assertTrue(
        edge.findElement(org.openqa.selenium.By.tagName("title"))
            .getAttribute("textContent")
            .contains(": " + shared + " shared stor"),
        edge.findElement(org.openqa.selenium.By.tagName("title")).getAttribute("textContent"));
    browser.js("arguments[0].focus()", edge);
    new Actions(browser.driver()).sendKeys(Keys.ENTER).perform();
    browser.awaitUrl("/?q=embassy&f.person=qais+al+khazali&f.org=kataib+hezbollah");
    browser.await(
        d -> browser.find("#summary").getText().startsWith(shared + " stor") ? true : null);
  }

  @Test
  void aBatchOfTenNamesWithOneBadLine() throws Exception {
    browser.open("/?view=batch");
    assertEquals(
        "names",
        browser.js("return document.querySelector('#batch-mode').value"),
        "names is the page's default");
    String names = String.join(
        "\n",
        "Qais al-Khazali",
        "Kataib Hezbollah",
        "Baghdad",
        "Donald Trump",
        "Mark Esper",
        "Iran",
        "Hadi al-Amiri",
        "Nobody Atall",
        "?!",
        "Asaib Ahl al-Haq");
    browser.js("arguments[0].value = arguments[1]", browser.find("#batch-text"), names);
    browser.find("#batch-run").click();
    browser.await(d -> browser.all("table.batch tbody tr").size() == 10 ? true : null);
    assertEquals(
        List.of("9"),
        browser.all("table.batch tr.bad").stream()
            .map(r -> r.getDomAttribute("data-line"))
            .toList());
    assertEquals(
        "9 ?! the line has no letters or digits to look up as a name",
        browser.find("table.batch tr.bad").getText());
    assertEquals(
        "10 lines searched; 1 line could not be read.",
        browser.find("#tool-view p.summary").getText());
    String qais = browser.find("table.batch tr[data-line='1']").getText();
    assertTrue(qais.startsWith("1 Qais al-Khazali (person) 4 "), qais);
    assertTrue(
        browser
            .find("table.batch tr[data-line='8']")
            .getText()
            .startsWith("8 Nobody Atall (text) 0"),
        browser.find("table.batch tr[data-line='8']").getText());
    browser.find(".sort-col[data-col='total']").click();
    assertEquals(
        "descending",
        browser
            .find(".sort-col[data-col='total']")
            .findElement(org.openqa.selenium.By.xpath(".."))
            .getDomAttribute("aria-sort"));
    browser.screenshot("18-batch");
    List<Integer> totals = browser.all("table.batch tbody tr:not(.bad) td.num").stream()
        .map(t -> Integer.parseInt(t.getText()))
        .toList();
    assertEquals(
        totals.stream().sorted(java.util.Comparator.reverseOrder()).toList(),
        totals,
        "sorted by stories, most first");
    // The same list read as queries: the unbalanced quote is the bad line there, and the rest still
    // run.
    browser.find("#batch-mode").sendKeys("Queries");
    browser.js(
        "arguments[0].value = arguments[1]",
        browser.find("#batch-text"),
        names.replace("?!", "\"unbalanced"));
    browser.find("#batch-run").click();
    // The table is drawn anew when the answer comes: a row read in between may already be gone.
    browser.await(d -> {
      try {
        return browser.all("table.batch tr.bad").size() == 1
                && browser.find("table.batch tr.bad").getText().contains("unbalanced quote")
            ? true
            : null;
      } catch (org.openqa.selenium.StaleElementReferenceException e) {
        return null;
      }
    });
    assertEquals(10, browser.all("table.batch tbody tr").size());
    browser.js("arguments[0].click()", browser.find("table.batch tr[data-line='1'] .open-row"));
    browser.await(d -> browser.url().startsWith("/?q=") ? true : null);
  }

  @Test
  void theExportButtonDownloadsTheCurrentSearch() {
    browser.open("/?q=embassy");
    browser.await(d -> browser.all("#results .hit").isEmpty() ? null : true);
    long total = service.search(MorgueApp.savedSearch("q=embassy")).total().value();
    String href = browser.find(".export-csv").getAttribute("href");
    assertTrue(href.endsWith("/api/export?q=embassy&format=csv"), href);
    RawPost.Answer csv =
        RawPost.send(app.port(), "GET", href.substring(href.indexOf("/api/")), null, null);
    assertEquals(200, csv.status());
    assertEquals(
        total + 1,
        csv.body().lines().count(),
        csv.body()); // the header and a line per embassy story
    assertEquals("morgue-export.csv", browser.find(".export-csv").getAttribute("download"));
  }

  @Test
  void aSavedSearchShowsOneNewAfterAnUpdateAndFeedsIt() throws Exception {
    browser.open("/?q=embassy");
    browser.await(d -> browser.all("#save-name").isEmpty() ? null : true);
    browser.find("#save-name").sendKeys("Embassy watch");
    browser.find("#save-search").click();
    browser.await(d -> browser.find(".save-note").getText().startsWith("Saved") ? true : null);
    String before = service.health().index();
    Path story =
        Files.writeString(index.resolveSibling("new.jsonl"), NEW_STORY, StandardCharsets.UTF_8);
    index(List.of("--index", index.toString(), "--threads", "1", "--update", story.toString()));
    for (int i = 0;
        i < 400 && store.list("local").stream().noneMatch(s -> s.newStories() == 1);
        i++) {
      Thread.sleep(50); // the service and the watcher follow the new build on their 100 ms ticks
    }
    assertTrue(!service.health().index().equals(before), "the update was published");
    browser.open("/?view=saved");
    browser.await(d -> browser.all(".saved .new-badge").isEmpty() ? null : true);
    assertEquals("1 new", browser.find(".saved .new-badge").getText());
    browser.screenshot("18-saved-one-new");
    String feedUrl = browser.find(".saved .feed").getAttribute("href");
    RawPost.Answer feed =
        RawPost.send(app.port(), "GET", feedUrl.substring(feedUrl.indexOf("/api/")), null, null);
    assertEquals("application/atom+xml; charset=utf-8", feed.contentType());
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    Document atom = factory
        .newDocumentBuilder()
        .parse(new ByteArrayInputStream(feed.body().getBytes(StandardCharsets.UTF_8)));
    assertEquals(
        1, atom.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry").getLength());
    assertEquals(
        "Embassy reopens its consular section",
        ((org.w3c.dom.Element) atom.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry")
                .item(0))
            .getElementsByTagNameNS("http://www.w3.org/2005/Atom", "title")
            .item(0)
            .getTextContent());
    // Opening it marks it seen.
    browser.js("arguments[0].click()", browser.find(".saved .saved-open"));
    browser.awaitUrl("/?q=embassy");
    for (int i = 0; i < 100 && store.list("local").get(0).newStories() != 0; i++) {
      Thread.sleep(50);
    }
    assertEquals(0, store.list("local").get(0).newStories());
  }
}
