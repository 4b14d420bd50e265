package org.morgue.server.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.morgue.server.browser.SearchPageTest.resultIds;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Related stories under a story, and a timeline of only two bars whose axis labels must not overlap. */
class RelatedAndChartTest extends BrowserTest {

  RelatedAndChartTest() {
    super(1280, 900);
  }

  @SuppressWarnings("unchecked")
  private List<String> relatedIds() {
    return (List<String>) browser.js(
        "return [...document.querySelectorAll('.related-list a')].map(a => a.dataset.story)");
  }

  @Test
  void relatedStoriesAreListedAndOpenWithTheSearchKept() throws Exception {
    browser.open("/?q=embassy&story=000_079d92a754481f4e");
    browser.await(d -> relatedIds().size() == 5 ? true : null);
    // MoreLikeThis plus the story's entities: the four other embassy seeds first (002 before 001
    // since the
    // demo's harbour stories joined testdata and shifted the body terms' document frequencies).
    assertEquals(
        List.of(
            "004_dcb1392a28173e2c",
            "002_bf3de7300dd640e3",
            "001_49c5f41f396e63f2",
            "003_75fc6c007729b890"),
        relatedIds().subList(0, 4));
    assertEquals(
        "US embassy attack: Protesters withdraw after standoff in Iraq",
        browser.find(".related-list a[data-story='003_75fc6c007729b890']").getText());
    assertEquals("Related stories", browser.find(".related h2").getAttribute("textContent"));
    browser.js("document.querySelector('.related').scrollIntoView()");
    browser.screenshot("10-related-stories");
    browser.find(".related-list a[data-story='003_75fc6c007729b890']").click();
    browser.awaitUrl("/?q=embassy&story=003_75fc6c007729b890");
    assertEquals(
        "US embassy attack: Protesters withdraw after standoff in Iraq",
        browser.find(".story-title").getText());
    browser.await(d -> relatedIds().size() == 5 ? true : null);
    assertTrue(!relatedIds().contains("003_75fc6c007729b890"), "a story is not related to itself");
    browser.find("a.back").click();
    browser.awaitUrl("/?q=embassy");
    browser.await(d -> resultIds(browser).size() == 5 ? true : null);
  }

  @Test
  void anUnknownStorySaysSoWithoutRelatedStories() {
    browser.open("/?story=no-such-story");
    assertEquals("Story not found", browser.find(".notice.error h1").getText());
    assertEquals(0, browser.all(".related").size());
  }

  @Test
  @SuppressWarnings("unchecked")
  void twoBarsGetAxisLabelsThatDoNotOverlap() throws Exception {
    browser.open("/?from=1987-03-31&to=1987-04-01");
    browser.await(d -> resultIds(browser).size() == 2 ? true : null);
    assertEquals(2, browser.all("#timeline .bars .bar").size());
    List<Map<String, Object>> labels = (List<Map<String, Object>>)
        browser.js("return [...document.querySelectorAll('#timeline .axis span')]"
            + ".map(s => { const r = document.createRange(); r.selectNodeContents(s); const b = r.getBoundingClientRect();"
            + " return { text: s.textContent, left: b.left, right: b.right }; })");
    assertEquals(
        List.of("31 Mar 1987", "1 Apr"), labels.stream().map(l -> l.get("text")).toList());
    double firstEnds = ((Number) labels.get(0).get("right")).doubleValue();
    double secondStarts = ((Number) labels.get(1).get("left")).doubleValue();
    assertTrue(
        firstEnds < secondStarts,
        "label text ends at " + firstEnds + ", the next starts at " + secondStarts);
    browser.screenshot("11-two-bars");
  }
}
