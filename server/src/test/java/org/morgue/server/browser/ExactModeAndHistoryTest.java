package org.morgue.server.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.morgue.server.browser.SearchPageTest.resultIds;
import static org.morgue.server.browser.SearchPageTest.summary;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;

/** The exact/folded switch beside the search box, its syntax help, and the browser-local search history. */
class ExactModeAndHistoryTest extends BrowserTest {

  ExactModeAndHistoryTest() {
    super(1280, 1000);
  }

  /** Every marked word in the result snippets and titles, in page order. */
  @SuppressWarnings("unchecked")
  private List<String> marks() {
    return (List<String>) browser.js(
        "return [...document.querySelectorAll('#results mark')].map(m => m.textContent)");
  }

  /** Each history entry as "query|mode|count", newest first. */
  @SuppressWarnings("unchecked")
  private List<String> history() {
    return (List<String>)
        browser.js("return [...document.querySelectorAll('#history .history-item')].map(li => "
            + "li.querySelector('a').textContent + '|' + (li.querySelector('.history-mode')?.textContent ?? 'folded') + '|' "
            + "+ li.querySelector('.history-count').textContent)");
  }

  /** The summary once it has settled on a result count other than {@code previous}, without its timing. */
  private String summaryAfter(String previous) {
    return browser.await(d -> {
      String text = summary(browser).replaceAll(" \\([\\d,]+ ms\\)$", "");
      return text.contains(" match") && !text.equals(previous) ? text : null;
    });
  }

  @Test
  void theSwitchRerunsTheSearchExactlyAndTheHistoryListsBothUntilCleared() throws Exception {
    browser.open("/");
    browser.js("localStorage.clear()");
    browser.open("/");
    summary(browser);
    assertEquals("Search history (0)", browser.find("#history summary").getText());
    assertTrue(browser.find("input[name=mode][value=folded]").isSelected());

    browser.find("#q").sendKeys("Embassy", Keys.ENTER);
    browser.awaitUrl("/?q=Embassy");
    String folded = summaryAfter("");
    assertEquals(FOLDED_SUMMARY, folded);
    assertTrue(marks().stream().anyMatch(m -> !m.equals("Embassy")), marks().toString());

    browser.find("input[name=mode][value=exact]").click();
    browser.awaitUrl("/?q=Embassy&mode=exact");
    assertEquals(EXACT_SUMMARY, summaryAfter(folded));
    assertEquals(EXACT_IDS, resultIds(browser));
    List<String> exactMarks = marks();
    assertFalse(exactMarks.isEmpty());
    assertTrue(exactMarks.stream().allMatch(m -> m.equals("Embassy")), exactMarks.toString());
    browser.screenshot("exact-01-switch");

    // A shared link carries the mode; back returns to the folded search and its switch position.
    browser.driver().navigate().back();
    browser.awaitUrl("/?q=Embassy");
    browser.await(d -> browser.find("input[name=mode][value=folded]").isSelected() ? true : null);
    assertEquals(FOLDED_SUMMARY, summaryAfter(EXACT_SUMMARY));

    browser.find("#history summary").click();
    assertEquals(
        List.of("Embassy|folded|" + FOLDED_COUNT, "Embassy|exact|" + EXACT_COUNT), history());
    browser.screenshot("exact-02-history");
    browser.find("#history .history-item:nth-child(2) a").click();
    browser.awaitUrl("/?q=Embassy&mode=exact");
    assertEquals(EXACT_SUMMARY, summaryAfter(FOLDED_SUMMARY));
    assertEquals(
        List.of("Embassy|exact|" + EXACT_COUNT, "Embassy|folded|" + FOLDED_COUNT), history());

    browser.find("#history .history-clear").click();
    assertEquals(List.of(), history());
    assertEquals("Search history (0)", browser.find("#history summary").getText());
    assertEquals(null, browser.js("return localStorage.getItem('morgue.history.v1')"));
    browser.open("/?q=Embassy&mode=exact");
    assertEquals(EXACT_SUMMARY, summaryAfter(""));
    assertEquals("Search history (1)", browser.find("#history summary").getText());
  }

  @Test
  void theSyntaxHelpExplainsBothModesWithExamples() throws Exception {
    browser.open("/");
    summary(browser);
    browser.find(".syntax-help summary").click();
    String help = browser.find(".syntax-body").getText();
    assertTrue(help.contains("Folded (default) — case, accents and word forms are merged"), help);
    assertTrue(help.contains("Exact — the text as written"), help);
    assertTrue(help.contains("exact:\"Kata'ib Hezbollah\" militia"), help);
    browser.screenshot("exact-03-syntax-help");
  }

  /** Folded, "Embassy" is also "embassy" and "embassies": the five seed stories. */
  private static final String FOLDED_COUNT = "5 stories";

  private static final String FOLDED_SUMMARY = "5 stories match Embassy";
  /** Exact, only the two seeds that write "Embassy" with a capital. */
  private static final String EXACT_COUNT = "2 stories";

  private static final String EXACT_SUMMARY = "2 stories match Embassy";
  private static final List<String> EXACT_IDS =
      List.of("001_49c5f41f396e63f2", "002_bf3de7300dd640e3");
}
