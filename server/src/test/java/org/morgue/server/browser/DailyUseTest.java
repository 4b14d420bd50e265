package org.morgue.server.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.morgue.server.browser.SearchPageTest.resultIds;
import static org.morgue.server.browser.SearchPageTest.summary;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * What a journalist trips over in daily use (issue 19): bar clicks, counts that add up, labels on shared
 * links, the order of a browse, one box per name, identical copies, print and dark mode. The copy group
 * is the demo's harbour gale story ({@code testdata/demo/harbour-gale.jsonl}): one wire story, an
 * identical reprint and a corrected version.
 */
class DailyUseTest extends BrowserTest {

  DailyUseTest() {
    super(1280, 1000);
  }

  private String timeless(String text) {
    return text.replaceAll(" \\(\\d+ ms\\)$", "");
  }

  /** Waits for the summary to read {@code expected}; the failure shows the last text seen. */
  private void awaitSummary(String expected) {
    try {
      browser.await(d -> timeless(summary(browser)).equals(expected) ? true : null);
    } catch (org.openqa.selenium.TimeoutException e) {
      assertEquals(expected, timeless(summary(browser)));
    }
  }

  @Test
  void clickingATimelineBarWithTheMouseFiltersToItsDay() {
    browser.open("/?q=embassy");
    browser.await(d -> resultIds(browser).size() == 5 ? true : null);
    WebElement bar = browser.find("#timeline a.bar[title^='26 Jan 2020']");
    new Actions(browser.driver()).moveToElement(bar).click().perform();
    browser.awaitUrl("/?q=embassy&from=2020-01-26&to=2020-01-26");
    browser.await(d -> resultIds(browser).equals(List.of("000_079d92a754481f4e")) ? true : null);
  }

  @Test
  void theSummarySaysHowManyCopiesTheListFoldsAndAFacetLeadsToItsCount() {
    browser.open("/?q=marrow");
    browser.await(d -> resultIds(browser).size() == 2 ? true : null);
    assertEquals("2 stories match marrow, 2 more as copies", timeless(summary(browser)));
    assertEquals(
        "1",
        browser
            .find("#facet-source input[data-value='Coast Courier'] + label .facet-count")
            .getText());
    browser.find("#facet-source input[data-value='Coast Courier']").click();
    browser.awaitUrl("/?q=marrow&f.source=Coast+Courier");
    awaitSummary("1 story matches marrow");
  }

  @Test
  void aSharedLinkShowsDisplayLabelsAndKeepsOrderCopiesAndBarWidth() {
    browser.open("/?nf.person=ines+varga");
    // Read in one script: the chip is drawn again once its label arrives.
    browser.await(d -> String.valueOf(
                browser.js("return document.querySelector('#chips .chip.excl')?.textContent"))
            .startsWith("Not person: Ines Varga")
        ? true
        : null);
    browser.open("/?q=marrow&sort=relevance_recent&collapse=false&interval=week");
    browser.await(d -> resultIds(browser).size() == 4 ? true : null);
    assertEquals("relevance_recent", browser.find("#sort").getDomProperty("value"));
    assertTrue(browser.find("#copies").isSelected());
    assertEquals("week", browser.find("#interval").getDomProperty("value"));
    browser.find("#facet-source input[data-value='Ellery Wire']").click();
    browser.awaitUrl(
        "/?q=marrow&f.source=Ellery+Wire&sort=relevance_recent&collapse=false&interval=week");
    browser.find("#copies").click();
    browser.awaitUrl("/?q=marrow&f.source=Ellery+Wire&sort=relevance_recent&interval=week");
  }

  @Test
  @SuppressWarnings("unchecked")
  void browsingWithoutAQueryIsNewestFirst() {
    browser.open("/");
    browser.await(d -> resultIds(browser).size() == 20 ? true : null);
    assertEquals("newest", browser.find("#sort").getDomProperty("value"));
    List<String> dates = (List<String>)
        browser.js(
            "return [...document.querySelectorAll('#results .hit .meta time')].map(t => t.getAttribute('datetime'))");
    assertTrue(dates.size() > 5, dates.toString());
    for (int i = 1; i < dates.size(); i++) {
      assertTrue(dates.get(i - 1).compareTo(dates.get(i)) >= 0, "newest first: " + dates);
    }
    assertEquals("2022-04-13", dates.get(0));
  }

  @Test
  @SuppressWarnings("unchecked")
  void aNameWithAHitInsideIsOneBoxAndTheMarksToggleIsRemembered() {
    browser.open("/?q=Varga&story=ellery-gazette-0303");
    browser.find(".story-body mark.qhit");
    List<Map<String, Object>> names = (List<Map<String, Object>>) browser.js(
        "return [...document.querySelectorAll('.story-body a.ent')].filter(a => a.textContent.includes('Varga'))"
            + ".map(a => ({ text: a.textContent, marks: a.querySelectorAll('mark').length }))");
    assertEquals(List.of(Map.of("text", "Ines Varga", "marks", 1L)), names);
    assertEquals("true", browser.find(".marks-toggle").getAttribute("aria-pressed"));
    browser.find(".marks-toggle").click();
    assertTrue(browser.find("article.story").getAttribute("class").contains("marks-off"));
    browser.open("/?story=ellery-wire-0305");
    assertEquals("false", browser.find(".marks-toggle").getAttribute("aria-pressed"));
    assertEquals(
        "rgba(0, 0, 0, 0)",
        browser.js(
            "return getComputedStyle(document.querySelector('.story-body a.ent-person')).backgroundColor"));
    browser.find(".marks-toggle").click();
    assertTrue(!browser.find("article.story").getAttribute("class").contains("marks-off"));
  }

  @Test
  void anIdenticalCopySaysSoAndADiffReadsLikeTheStory() throws Exception {
    browser.open("/?story=ellery-wire-0302");
    browser.find(".versions li button.link");
    clickCompare("coast-courier-0302");
    assertEquals(
        "Identical text: the two versions have the same words.",
        browser.find(".diff .diff-same").getText());
    assertEquals(0, browser.all(".diff .diff-text").size());
    clickCompare("ellery-gazette-0303");
    WebElement diff = browser.find(".diff .diff-text");
    assertTrue(diff.findElement(org.openqa.selenium.By.cssSelector("ins"))
        .getText()
        .startsWith("Correction:"));
    assertEquals(
        browser.js("return getComputedStyle(document.querySelector('.story-body p')).fontFamily"),
        browser.js("return getComputedStyle(document.querySelector('.diff-text')).fontFamily"));
    browser.js("document.querySelector('.versions').scrollIntoView()");
    browser.screenshot("20-identical-and-diff");
  }

  private void clickCompare(String id) {
    browser.js(
        "[...document.querySelectorAll('.versions li')].find(li => li.querySelector(`a[href*='story="
            + id + "']`)).querySelector('button.link').click()");
  }

  @Test
  void printKeepsTheNamesAndTheLinkButNotTheButtons() {
    browser.open("/?q=Varga&story=ellery-gazette-0303");
    browser.find(".hit-nav");
    browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
    try {
      assertEquals(
          "none",
          browser.js("return getComputedStyle(document.querySelector('.hit-nav')).display"));
      assertEquals(
          "block",
          browser.js("return getComputedStyle(document.querySelector('.story-side')).display"));
      assertTrue(String.valueOf(
              browser.js(
                  "return getComputedStyle(document.querySelector(\".story .meta a[href^='http']\"), '::after').content"))
          .contains("https://gazette.example.org/harbour-reopens"));
    } finally {
      browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
    }
  }

  @Test
  void darkModeFollowsTheSystem() throws Exception {
    browser
        .driver()
        .executeCdpCommand(
            "Emulation.setEmulatedMedia",
            Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", "dark"))));
    try {
      browser.open("/?q=marrow");
      browser.await(d -> resultIds(browser).size() == 2 ? true : null);
      assertEquals(
          "rgb(22, 22, 21)", browser.js("return getComputedStyle(document.body).backgroundColor"));
      assertEquals(
          "rgb(22, 22, 21)",
          browser.js("return getComputedStyle(document.getElementById('q')).backgroundColor"));
      browser.screenshot("21-dark-results");
    } finally {
      browser
          .driver()
          .executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
    }
  }

  @Test
  @SuppressWarnings("unchecked")
  void theLastAxisLabelIsNotClipped() {
    browser.open("/?interval=year");
    browser.await(d -> resultIds(browser).size() == 20 ? true : null);
    List<Map<String, Object>> labels = (List<Map<String, Object>>)
        browser.js(
            "return [...document.querySelectorAll('#timeline .axis span')]"
                + ".filter(s => s.textContent).map(s => { const r = document.createRange(); r.selectNodeContents(s); const b = r.getBoundingClientRect();"
                + " return { text: s.textContent, right: b.right, edge: document.querySelector('#timeline').getBoundingClientRect().right }; })");
    Map<String, Object> last = labels.get(labels.size() - 1);
    assertEquals("2022", last.get("text"));
    assertTrue(
        ((Number) last.get("right")).doubleValue() <= ((Number) last.get("edge")).doubleValue(),
        last.toString());
  }

  @Test
  @SuppressWarnings("unchecked")
  void editorialCodesShowTheirNames() {
    browser.open("/?story=reuters-900001");
    browser.find(".story-side .tags a");
    assertEquals(
        List.of(
            "Topic: Grain",
            "Topic: Wheat",
            "Place: United States",
            "Place: Soviet Union",
            "Org: European Community"),
        browser.js(
            "return [...document.querySelectorAll('.story-side .tags a')].map(a => a.textContent)"));
    browser.open("/?q=grain");
    assertEquals(
        "Topic: Grain",
        browser
            .find("#facet-tag input[data-value='topic:grain'] + label .facet-label")
            .getText());
  }

  @Test
  void aTouchScreenShowsNoKeyboardHints() {
    browser.open("/?q=embassy");
    browser.await(d -> resultIds(browser).size() == 5 ? true : null);
    assertEquals(
        "inline",
        browser.js("return getComputedStyle(document.querySelector('.kbd-hint')).display"));
    // Touch emulation makes the page's media queries see a phone: no hover, a coarse pointer.
    browser
        .driver()
        .executeCdpCommand(
            "Emulation.setTouchEmulationEnabled", Map.of("enabled", true, "maxTouchPoints", 1));
    try {
      browser.open("/?q=embassy");
      browser.await(d -> resultIds(browser).size() == 5 ? true : null);
      assertEquals(
          "none",
          browser.js("return getComputedStyle(document.querySelector('.kbd-hint')).display"));
    } finally {
      browser
          .driver()
          .executeCdpCommand("Emulation.setTouchEmulationEnabled", Map.of("enabled", false));
    }
  }

  @Test
  void theShortcutsDialogIsStyledLikeThePage() {
    browser.open("/?q=embassy");
    browser.await(d -> resultIds(browser).size() == 5 ? true : null);
    browser.js("document.activeElement.blur()");
    new org.openqa.selenium.interactions.Actions(browser.driver()).sendKeys("?").perform();
    browser.await(d -> browser.find("#shortcuts").isDisplayed() ? true : null);
    assertEquals(
        "6px",
        browser.js(
            "return getComputedStyle(document.getElementById('shortcuts')).borderTopLeftRadius"));
    assertEquals(
        "right",
        browser.js("return getComputedStyle(document.querySelector('#shortcuts dt')).textAlign"));
    assertEquals(
        "grid",
        browser.js("return getComputedStyle(document.querySelector('#shortcuts dl')).display"));
  }
}
