package org.morgue.server.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.morgue.server.browser.SearchPageTest.resultIds;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/** The story view, keyboard shortcuts, the timeline brush and escaping, in a real browser. */
class StoryPageTest extends BrowserTest {

  StoryPageTest() {
    super(1280, 700);
  }

  private void send(CharSequence... keys) {
    new Actions(browser.driver()).sendKeys(keys).perform();
  }

  @Test
  void openAStoryStepThroughHitsAndComeBackToTheSameScroll() throws Exception {
    browser.open("/?q=embassy");
    browser.await(d -> resultIds(browser).size() == 5 ? true : null);
    browser.js("window.scrollTo(0, 300)");
    long scrolled = ((Number) browser.js("return window.scrollY")).longValue();
    // A script click: WebDriver's own click would first scroll the link into view and move the
    // page.
    browser.js(
        "arguments[0].click()", browser.find("#results a[data-story='000_079d92a754481f4e']"));
    browser.awaitUrl("/?q=embassy&story=000_079d92a754481f4e");
    WebElement nav = browser.find(".hit-nav");
    int hits = Integer.parseInt(nav.getAttribute("data-count"));
    assertTrue(hits >= 2, "hits in seed 000: " + hits);
    assertEquals(
        "embassy",
        browser.find(".story-title mark.qhit").getText().toLowerCase(java.util.Locale.ROOT));
    browser.find(".hit-next").click();
    assertEquals("Hit 1 of " + hits, browser.find(".hit-count").getText());
    send("j");
    assertEquals("Hit 2 of " + hits, browser.find(".hit-count").getText());
    assertEquals("1", browser.find("mark.qhit.current").getAttribute("data-hit"));
    browser.find(".hit-prev").click();
    browser.find(".hit-prev").click();
    assertEquals("Hit " + hits + " of " + hits, browser.find(".hit-count").getText());
    assertTrue(
        browser.all(".story-body a.ent.ent-person").size() > 0, "people are marked and clickable");
    browser.screenshot("04-story-hits");
    browser.find("a.back").click();
    browser.awaitUrl("/?q=embassy");
    browser.await(d -> resultIds(browser).size() == 5 ? true : null);
    assertEquals(scrolled, ((Number) browser.js("return window.scrollY")).longValue());
  }

  @Test
  void clickingAPersonInTheTextFiltersByThem() {
    browser.open("/?story=000_079d92a754481f4e");
    browser.find(".story-body a.ent.ent-person[href*='qais+al+khazali']").click();
    browser.awaitUrl("/?f.person=qais+al+khazali");
    browser.await(d -> resultIds(browser).size() == 4 ? true : null);
  }

  @Test
  void keyboardMovesOpensGoesBackAndListsShortcuts() throws Exception {
    browser.open("/?q=embassy");
    browser.await(d -> resultIds(browser).size() == 5 ? true : null);
    browser.find("body").click();
    send("j", "j");
    assertEquals("003_75fc6c007729b890", browser.js("return document.activeElement.dataset.story"));
    send("k");
    assertEquals("001_49c5f41f396e63f2", browser.js("return document.activeElement.dataset.story"));
    send(Keys.ENTER);
    browser.awaitUrl("/?q=embassy&story=001_49c5f41f396e63f2");
    browser.find(".story-title");
    send(Keys.ESCAPE);
    browser.awaitUrl("/?q=embassy");
    browser.await(d -> resultIds(browser).size() == 5 ? true : null);
    send("?");
    assertTrue(browser.find("#shortcuts").isDisplayed());
    browser.screenshot("05-shortcuts");
    send(Keys.ESCAPE);
    browser.await(d -> browser.find("#shortcuts").isDisplayed() ? null : true);
    send("/");
    assertEquals("q", browser.js("return document.activeElement.id"));
  }

  @Test
  void draggingAcrossBarsFiltersToTheirRangeAndResetClearsIt() throws Exception {
    browser.open("/?q=embassy");
    browser.await(d -> resultIds(browser).size() == 5 ? true : null);
    List<WebElement> bars = browser.all("#timeline .bars .bar");
    assertEquals(27, bars.size()); // 31 Dec 2019 .. 26 Jan 2020, one bar a day
    new Actions(browser.driver())
        .clickAndHold(bars.get(0))
        .moveToElement(bars.get(5))
        .moveToElement(bars.get(10))
        .release()
        .perform();
    browser.awaitUrl("/?q=embassy&from=2019-12-31&to=2020-01-10");
    browser.await(d -> resultIds(browser).equals(List.of("004_dcb1392a28173e2c")) ? true : null);
    browser.screenshot("06-timeline-brushed");
    browser.find("#timeline a.tl-reset").click();
    browser.awaitUrl("/?q=embassy");
    browser.find("#timeline a.tl-undated").click();
    browser.awaitUrl("/?q=embassy&undated=only");
    browser.await(d -> resultIds(browser).size() == 3 ? true : null);
  }

  @Test
  void markupInStoryTextIsShownAsTextAndNeverRuns() throws Exception {
    browser.open("/?q=hacked");
    browser.await(d -> resultIds(browser).equals(List.of("awk-script")) ? true : null);
    assertEquals(
        "Council website hacked <script>alert(1)</script>",
        browser.find("#results .hit-title a").getText());
    browser.open("/?story=awk-script");
    assertEquals(
        "Council website hacked <script>alert(1)</script>",
        browser.find(".story-title").getText());
    assertTrue(browser
        .find(".story-body")
        .getText()
        .contains("inserted <script>alert(1)</script> into the news page"));
    browser.open("/?q=gallery&story=awk-img");
    assertEquals(
        "Gallery shows <img src=x onerror=alert(2)> instead of a photo",
        browser.find(".story-title").getText());
    assertTrue(browser
        .find(".story-body")
        .getText()
        .contains("<img src=x onerror=\"document.title='pwned'\">"));
    // Only the page's own module script exists, no image was created, and no handler ran.
    assertEquals(1L, browser.js("return document.scripts.length"));
    assertEquals(0L, browser.js("return document.querySelectorAll('main img').length"));
    assertTrue(!"pwned".equals(browser.driver().getTitle()));
    browser.screenshot("07-markup-as-text");
  }
}
