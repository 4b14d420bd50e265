package org.morgue.server.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.morgue.server.browser.SearchPageTest.resultIds;
import static org.morgue.server.browser.SearchPageTest.summary;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/** The page at phone width (390 px, an iPhone 12 to 15): announced counts, labels, focus order, a usable sidebar. */
class PhoneAndAccessibilityTest extends BrowserTest {

  static final int PHONE_WIDTH = 390;

  /** A name for every control, as a screen reader would find it: label, aria-label, labelledby or text. */
  static final String UNNAMED_CONTROLS = """
      return [...document.querySelectorAll('input, select, button, a[href], [role=group]')]
        .filter(e => e.offsetParent !== null)
        .filter(e => !(e.labels && e.labels.length) && !e.getAttribute('aria-label')
          && !e.getAttribute('aria-labelledby') && !e.textContent.trim())
        .map(e => e.outerHTML.slice(0, 80));
      """;

  /** Axis labels whose text ends after the next label's text starts. */
  static final String OVERLAPPING_AXIS_LABELS = """
      const boxes = [...document.querySelectorAll('#timeline .axis span')].filter(s => s.textContent)
        .map(s => { const r = document.createRange(); r.selectNodeContents(s); const b = r.getBoundingClientRect();
                    return { text: s.textContent, left: b.left, right: b.right }; });
      return boxes.slice(1).filter((b, i) => boxes[i].right >= b.left).map((b, i) => boxes[i].text + ' / ' + b.text);
      """;

  PhoneAndAccessibilityTest() {
    super(PHONE_WIDTH, 844);
  }

  @BeforeAll
  void emulatePhone() {
    // A phone's viewport, not a narrow desktop window: no classic scrollbar eating 15 px, the
    // viewport meta honoured.
    browser
        .driver()
        .executeCdpCommand(
            "Emulation.setDeviceMetricsOverride",
            Map.of("width", PHONE_WIDTH, "height", 844, "deviceScaleFactor", 1, "mobile", true));
  }

  /** What has the focus, in words a test can compare: an id, a class or the text of a link or button. */
  private String focused() {
    return (String)
        browser.js(
            "const e = document.activeElement;"
                + " return e.id ? '#' + e.id : e.classList.length ? '.' + e.classList[0] + (e.textContent ? ':' + e.textContent.trim() : '') : e.tagName;");
  }

  @Test
  void theResultCountIsAnnouncedInALiveRegion() {
    browser.open("/?q=embassy");
    WebElement status = browser.find("#summary");
    assertEquals("status", status.getAttribute("role"));
    assertEquals("polite", status.getAttribute("aria-live"));
    assertTrue(summary(browser).startsWith("5 stories match embassy"), summary(browser));
    WebElement q = browser.find("#q");
    q.clear();
    q.sendKeys("militia", Keys.ENTER);
    browser.await(d -> summary(browser).startsWith("6 stories match militia") ? true : null);
  }

  @Test
  void everyControlHasANameAndTabbingFollowsTheScreen() {
    browser.open("/?q=embassy");
    browser.await(d -> resultIds(browser).size() == 5 ? true : null);
    assertEquals(List.of(), browser.js(UNNAMED_CONTROLS));
    browser.js("document.activeElement.blur(); window.scrollTo(0, 0)");
    List<String> order = new ArrayList<>();
    for (int i = 0; i < 17; i++) {
      new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
      order.add(focused());
    }
    // Masthead (with the batch and saved-search links), search (box, exact/folded switch, button,
    // syntax
    // help, history), the (collapsed) filter groups, then sort, copies and the results: the order
    // they are seen in.
    assertEquals(
        List.of(
            ".skip:Skip to results",
            ".brand:Morgue",
            "A",
            "A",
            "#q",
            "INPUT",
            "BUTTON",
            "SUMMARY",
            "SUMMARY",
            ".facet-toggle:People",
            ".facet-toggle:Organizations",
            ".facet-toggle:Places",
            ".facet-toggle:Outlets",
            ".facet-toggle:Tags",
            "#sort",
            "#copies",
            ".tool-link:Network"),
        order);
  }

  @Test
  void atPhoneWidthTheSidebarFoldsAndStillFiltersAndNothingScrollsSideways() throws Exception {
    browser.open("/?q=embassy");
    browser.await(d -> resultIds(browser).size() == 5 ? true : null);
    assertEquals((long) PHONE_WIDTH, browser.js("return document.documentElement.clientWidth + 0"));
    assertTrue(
        ((Number) browser.js("return document.documentElement.scrollWidth")).intValue()
            <= PHONE_WIDTH,
        "nothing wider than the screen");
    WebElement people = browser.find("section[aria-label=People] .facet-toggle");
    assertEquals("false", people.getAttribute("aria-expanded"));
    browser.screenshot("12-phone-results");
    assertEquals(
        List.of(),
        browser.js(OVERLAPPING_AXIS_LABELS),
        "timeline labels that run into the next one");
    people.click();
    assertEquals("true", people.getAttribute("aria-expanded"));
    WebElement x = browser.find("#facet-person-list button.facet-x[data-value='qais al khazali']");
    assertTrue(
        x.getRect().getWidth() >= 36 && x.getRect().getHeight() >= 36,
        "a finger-sized exclude toggle: " + x.getRect().getDimension());
    browser.screenshot("13-phone-facets-open");
    browser.find("#facet-person-list label[for] .facet-label").click();
    browser.awaitUrl("/?q=embassy&f.person=donald+trump");
    browser.await(d -> resultIds(browser).size() == 5 ? true : null);
    assertTrue(((Number) browser.js("return document.documentElement.scrollWidth")).intValue()
        <= PHONE_WIDTH);
    browser.open("/?q=embassy&story=000_079d92a754481f4e");
    browser.find(".story-title");
    assertTrue(
        ((Number) browser.js("return document.documentElement.scrollWidth")).intValue()
            <= PHONE_WIDTH,
        "the story fits the screen too");
    browser.screenshot("14-phone-story");
  }
}
