package org.morgue.server.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.morgue.server.browser.SearchPageTest.resultIds;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/** Exclude toggles ({@code nf.<facet>}), their chips, and the search box in a long facet list. */
class FacetSidebarTest extends BrowserTest {

  private static final String KHAZALI =
      "#facet-person-list button.facet-x[data-value='qais al khazali']";

  FacetSidebarTest() {
    super(1280, 1000);
  }

  @SuppressWarnings("unchecked")
  private List<String> findMatches() {
    return (List<String>)
        browser.js(
            "return [...document.querySelectorAll('#find-person-list input')].map(b => b.dataset.value)");
  }

  @Test
  void excludingAPersonLeavesOutTheirStoriesAndItsChipBringsThemBack() throws Exception {
    browser.open("/?q=embassy");
    browser.await(d -> resultIds(browser).size() == 5 ? true : null);
    WebElement x = browser.find(KHAZALI);
    assertEquals("Exclude Qais al-Khazali", x.getAttribute("aria-label"));
    x.click();
    browser.awaitUrl("/?q=embassy&nf.person=qais+al+khazali");
    browser.await(d -> resultIds(browser).equals(List.of("003_75fc6c007729b890")) ? true : null);
    assertEquals(
        "Not person: Qais al-Khazali×",
        browser.find("#chips .chip.excl").getText().replace("\n", ""));
    assertEquals(
        "Remove filter Not person: Qais al-Khazali",
        browser.find("#chips .chip.excl").getAttribute("aria-label"));
    WebElement excluded = browser.find("#facet-person-list li.excluded");
    assertEquals(
        "Qais al-Khazali\nexcluded",
        excluded.findElement(org.openqa.selenium.By.cssSelector("label")).getText());
    assertEquals("true", browser.find(KHAZALI).getAttribute("aria-pressed"));
    assertEquals(
        "qais al khazali",
        browser.js("return document.activeElement.dataset.value"),
        "focus stays on the toggle");
    assertEquals(
        "1 selected",
        browser
            .find("#facet-person .facet-sel, section[aria-label=People] .facet-sel")
            .getText());
    browser.screenshot("08-facet-excluded");
    browser.find("#chips .chip.excl").click();
    browser.awaitUrl("/?q=embassy");
    browser.await(d -> resultIds(browser).size() == 5 ? true : null);
    assertEquals(0, browser.all("#chips .chip").size());
  }

  @Test
  void tickingAnExcludedValueTurnsTheExclusionIntoAFilter() {
    browser.open("/?q=embassy&nf.person=qais+al+khazali");
    browser.await(d -> resultIds(browser).size() == 1 ? true : null);
    browser.find(KHAZALI).click();
    browser.awaitUrl("/?q=embassy");
    browser.await(d -> resultIds(browser).size() == 5 ? true : null);
    browser.find("#facet-person-list input[data-value='qais al khazali']").click();
    browser.awaitUrl("/?q=embassy&f.person=qais+al+khazali");
    browser.await(d -> resultIds(browser).size() == 4 ? true : null);
    browser.find(KHAZALI).click();
    browser.awaitUrl("/?q=embassy&nf.person=qais+al+khazali");
    browser.await(d -> resultIds(browser).equals(List.of("003_75fc6c007729b890")) ? true : null);
  }

  @Test
  void theFacetSearchBoxFindsValuesBeyondTheFiftySentAndTicksOneFromTheKeyboard() throws Exception {
    browser.open("/");
    browser.await(d -> resultIds(browser).size() == 20 ? true : null);
    // The search sends the 50 most frequent people; the Zelensky spellings are further down.
    assertEquals(50, browser.all("#facet-person-list li").size());
    assertEquals(
        0, browser.all("#facet-person-list input[data-value^='volodymyr']").size());
    WebElement find = browser.find("#find-person");
    assertEquals(
        "Find people in these results",
        browser.find("label[for=find-person]").getAttribute("textContent"));
    find.sendKeys("zelensk");
    browser.await(d -> findMatches().size() == 2 ? true : null);
    assertEquals(List.of("volodymyr zelensky", "volodymyr zelenskyy"), findMatches());
    assertEquals("2 matches", browser.find("#find-person-status").getText());
    assertTrue(
        !browser.find("#facet-person-list").isDisplayed(),
        "the group's own list is hidden while finding");
    long lookups = ((Number) browser.js("return performance.getEntriesByType('resource')"
            + ".filter(e => e.name.includes('/api/facets/person')).length"))
        .longValue();
    assertTrue(lookups >= 1 && lookups < 7, "typing 7 letters is debounced, lookups: " + lookups);
    browser.screenshot("09-facet-find");
    find.sendKeys(Keys.ARROW_DOWN);
    assertEquals("volodymyr zelensky", browser.js("return document.activeElement.dataset.value"));
    new Actions(browser.driver()).sendKeys(Keys.SPACE).perform();
    browser.awaitUrl("/?f.person=volodymyr+zelensky");
    browser.await(d -> resultIds(browser).size() == 1 ? true : null);
    assertEquals(
        "Person: Volodymyr Zelensky×", browser.find("#chips .chip").getText().replace("\n", ""));
  }

  @Test
  void escapeEmptiesTheFacetSearchBoxAndRestoresTheList() {
    browser.open("/");
    browser.await(d -> resultIds(browser).size() == 20 ? true : null);
    WebElement find = browser.find("#find-org");
    find.sendKeys("no such organisation");
    assertEquals("No organizations match “no such organisation”", browser.await(d -> {
      String s = browser.find("#find-org-status").getText();
      return s.startsWith("No") ? s : null;
    }));
    find.sendKeys(Keys.ESCAPE);
    assertEquals("", find.getDomProperty("value"));
    assertTrue(browser.find("#facet-org-list").isDisplayed());
    assertEquals("find-org", browser.js("return document.activeElement.id"));
    browser.awaitUrl("/");
  }
}
