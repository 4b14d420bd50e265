package org.morgue.server.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** The result list: typing a query, facets, sort, chips and a shared link, in a real browser. */
class SearchPageTest extends BrowserTest {

  /** The five seeds in relevance order for {@code embassy}, as the API ranks them. */
  static final List<String> EMBASSY = List.of(
      "001_49c5f41f396e63f2",
      "003_75fc6c007729b890",
      "000_079d92a754481f4e",
      "004_dcb1392a28173e2c",
      "002_bf3de7300dd640e3");

  SearchPageTest() {
    super(1280, 1000);
  }

  /** Read in one script so a re-render between two element lookups cannot make them stale. */
  @SuppressWarnings("unchecked")
  static List<String> resultIds(Browser browser) {
    return (List<String>)
        browser.js(
            "return [...document.querySelectorAll('#results a[data-story]')].map(a => a.dataset.story)");
  }

  /** Waits until the summary has settled on a total, and returns its text. */
  static String summary(Browser browser) {
    return browser.await(d -> {
      String text = browser.find("#summary").getText();
      return text.startsWith("Loading") || text.startsWith("Searching") ? null : text;
    });
  }

  @Test
  void typingAQueryShowsTotalHitsAndHighlightedSnippets() throws Exception {
    browser.open("/");
    assertTrue(
        summary(browser).startsWith("47 stories in the archive, 2 more as copies"),
        summary(browser));
    WebElement q = browser.find("#q");
    q.sendKeys("embassy", Keys.ENTER);
    browser.await(d -> summary(browser).startsWith("5 stories match") ? true : null);
    assertEquals(EMBASSY, resultIds(browser));
    browser.awaitUrl("/?q=embassy");
    assertEquals(
        "embassy",
        browser.find("#results .snippet mark").getText().toLowerCase(java.util.Locale.ROOT));
    assertEquals("5", browser.find("#facet-person li:nth-child(1) .facet-count").getText());
    assertEquals(
        "Donald Trump",
        browser.find("#facet-person li:nth-child(1) .facet-label").getText());
    browser.screenshot("01-results");
  }

  @Test
  void tickingAndUntickingAFacetFiltersAndRestores() throws Exception {
    browser.open("/?q=embassy");
    browser.await(d -> resultIds(browser).size() == 5 ? true : null);
    WebElement khazali = browser.find("#facet-person input[data-value='qais al khazali']");
    khazali.click();
    browser.await(d -> resultIds(browser).size() == 4 ? true : null);
    assertEquals(
        List.of(
            "001_49c5f41f396e63f2",
            "000_079d92a754481f4e",
            "004_dcb1392a28173e2c",
            "002_bf3de7300dd640e3"),
        resultIds(browser));
    browser.awaitUrl("/?q=embassy&f.person=qais+al+khazali");
    assertEquals(
        "Person: Qais al-Khazali×", browser.find("#chips .chip").getText().replace("\n", ""));
    assertTrue(browser.find("#facet-person input[data-value='qais al khazali']").isSelected());
    browser.screenshot("02-facet-ticked");
    browser.find("#facet-person input[data-value='qais al khazali']").click();
    browser.await(d -> resultIds(browser).size() == 5 ? true : null);
    browser.awaitUrl("/?q=embassy");
    assertEquals(0, browser.all("#chips .chip").size());
  }

  @Test
  void sortingByNewestPutsDatedStoriesFirstNewestFirst() {
    browser.open("/?q=embassy");
    browser.await(d -> resultIds(browser).size() == 5 ? true : null);
    new org.openqa.selenium.support.ui.Select(browser.find("#sort")).selectByValue("newest");
    browser.awaitUrl("/?q=embassy&sort=newest");
    browser.await(d -> resultIds(browser).get(0).equals("000_079d92a754481f4e") ? true : null);
    assertEquals(
        List.of(
            "000_079d92a754481f4e",
            "004_dcb1392a28173e2c",
            "001_49c5f41f396e63f2",
            "002_bf3de7300dd640e3",
            "003_75fc6c007729b890"),
        resultIds(browser));
  }

  @Test
  void aSharedLinkReproducesTheSameScreen() {
    String link = "/?q=embassy&f.person=qais+al+khazali&sort=oldest";
    browser.open(link);
    browser.await(d -> resultIds(browser).size() == 4 ? true : null);
    List<String> first = resultIds(browser);
    String chips = browser.find("#chips").getText();
    browser.open("/");
    browser.await(d -> resultIds(browser).size() == 20 ? true : null);
    browser.open(link);
    browser.await(d -> resultIds(browser).size() == 4 ? true : null);
    assertEquals(first, resultIds(browser));
    assertEquals(chips, browser.find("#chips").getText());
    assertEquals("embassy", browser.find("#q").getDomProperty("value"));
    assertEquals("oldest", browser.find("#sort").getDomProperty("value"));
  }

  @Test
  void aSyntaxErrorPointsAtThePosition() throws Exception {
    browser.open("/?q=title%3A%28");
    WebElement caret = browser.find(".notice.error .caret");
    assertEquals("Problem at character 8 of the query", caret.getAttribute("aria-label"));
    assertEquals("title:(\n       ^", caret.getText());
    browser.screenshot("03-syntax-error");
  }
}
