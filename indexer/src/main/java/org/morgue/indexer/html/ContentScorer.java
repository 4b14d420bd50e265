package org.morgue.indexer.html;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Finds the element that holds a page's article, after the approach of Mozilla's Readability: every
 * paragraph scores by its length and commas (prose has commas, link lists and menus do not) and gives
 * that score to its parent and, less, to its grandparents; the container with the best score,
 * discounted by the share of its text inside links, is the article. Siblings that score nearly as
 * well (a story split over several divs) are kept with it.
 */
final class ContentScorer {

  /** Class and id words of page parts that are not the story. */
  static final Pattern UNLIKELY =
      Pattern.compile("(?i)-ad-|\\bads?\\b|advert|banner|breadcrumb|combx|comment"
          + "|community|consent|cookie|disqus|footer|gdpr|masthead|menu|modal|newsletter|outbrain|pager|pagination"
          + "|popup|promo|recommend|related|remark|replies|rss|share|sharing|shoutbox|sidebar|skyscraper|social"
          + "|sponsor|subscribe|taboola|trending|most-?read|tags?-list|toolbar");
  /** Words that make an unlikely-looking element worth keeping after all ("article-body comments"). */
  static final Pattern MAYBE =
      Pattern.compile("(?i)article|body|column|content|main|story|text|entry|post");

  private static final Pattern POSITIVE =
      Pattern.compile("(?i)article|body|content|entry|hentry|main|page|post|story|text|blog");
  private static final Pattern NEGATIVE = Pattern.compile(
      "(?i)-ad-|hidden|banner|combx|comment|com-|contact|foot|footer|footnote|gdpr|masthead|media|meta"
          + "|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|tool|widget");
  private static final Set<String> PARAGRAPHS = Set.of("p", "pre", "td", "blockquote");
  private static final Set<String> BLOCKS = Set.of(
      "address",
      "article",
      "aside",
      "blockquote",
      "dl",
      "div",
      "figure",
      "footer",
      "form",
      "h1",
      "h2",
      "h3",
      "h4",
      "h5",
      "h6",
      "header",
      "hr",
      "ol",
      "p",
      "pre",
      "section",
      "table",
      "ul");
  /** Readability's floor: a paragraph shorter than this is a caption or a control, not prose. */
  private static final int MIN_PARAGRAPH = 25;

  private static final int ANCESTORS = 3;
  private static final Evaluator LINKS = QueryParser.parse("a");

  private ContentScorer() {}

  /** The article's elements in page order: the best container and its well-scoring siblings. */
  static List<Element> content(Document doc) {
    Map<Element, Double> scores = new IdentityHashMap<>();
    for (Element p : doc.body().getAllElements()) {
      if (!isParagraph(p)) {
        continue;
      }
      String text = p.text();
      if (text.length() < MIN_PARAGRAPH) {
        continue;
      }
      double score = 1 + commas(text) + Math.min(text.length() / 100, 3);
      Element ancestor = p.parent();
      for (int level = 0; level < ANCESTORS && ancestor != null && ancestor != doc; level++) {
        double share = level == 0 ? 1 : level == 1 ? 0.5 : 1.0 / (level * 3);
        scores.merge(ancestor, base(ancestor) + score * share, (old, add) -> old + score * share);
        ancestor = ancestor.parent();
      }
    }
    Element top = null;
    double best = 0;
    for (Map.Entry<Element, Double> e : scores.entrySet()) {
      double score = e.getValue() * (1 - linkDensity(e.getKey()));
      e.setValue(score);
      if (score > best) {
        best = score;
        top = e.getKey();
      }
    }
    if (top == null) {
      return List.of(doc.body());
    }
    return withSiblings(top, best, scores);
  }

  private static List<Element> withSiblings(Element top, double best, Map<Element, Double> scores) {
    Element parent = top.parent();
    if (parent == null || top.normalName().equals("body")) {
      return List.of(top);
    }
    double threshold = Math.max(10, best * 0.2);
    return parent.children().stream()
        .filter(sibling -> {
          if (sibling == top) {
            return true;
          }
          if (scores.getOrDefault(sibling, 0.0) >= threshold) {
            return true;
          }
          String text = sibling.text();
          return sibling.normalName().equals("p")
              && text.length() > 80
              && linkDensity(sibling) < 0.25;
        })
        .toList();
  }

  /** A paragraph, or a div that holds only inline content (pages that set text in bare divs). */
  private static boolean isParagraph(Element e) {
    String name = e.normalName();
    if (PARAGRAPHS.contains(name)) {
      return true;
    }
    if (!name.equals("div")) {
      return false;
    }
    for (Element child : e.children()) {
      if (BLOCKS.contains(child.normalName())) {
        return false;
      }
    }
    return true;
  }

  /** A container's own prior: its tag and whether its class and id say content or furniture. */
  private static double base(Element e) {
    double score = switch (e.normalName()) {
      case "article" -> 10;
      case "div", "main" -> 5;
      case "pre", "td", "blockquote", "section" -> 3;
      case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
      case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
      default -> 0;
    };
    String names = e.className() + " " + e.id();
    if (NEGATIVE.matcher(names).find()) {
      score -= 25;
    }
    if (POSITIVE.matcher(names).find()) {
      score += 25;
    }
    return score;
  }

  /** Share of an element's text that sits inside links: near 1 for menus and "related" lists. */
  static double linkDensity(Element e) {
    int length = e.text().length();
    if (length == 0) {
      return 0;
    }
    int linked = 0;
    for (Element a : e.select(LINKS)) {
      linked += a.text().length();
    }
    return Math.min(1.0, (double) linked / length);
  }

  private static int commas(String text) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == ',') {
        n++;
      }
    }
    return n;
  }
}
