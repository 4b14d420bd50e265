package org.morgue.indexer.clean;

import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Turns scraped text that may carry HTML into plain text: entities decoded, tags dropped, the content
 * of script-like elements removed, and block elements turned into paragraph breaks so that the
 * paragraph structure survives. Text without markup only has its entities decoded.
 */
final class Markup {

  /** A real tag or comment, not a lone "<" in prose ("a < b"). */
  private static final Pattern TAG =
      Pattern.compile("<(?:[a-zA-Z][a-zA-Z0-9]*(?:\\s[^<>]*)?/?|/[a-zA-Z][a-zA-Z0-9]*\\s*)>|<!--");
  /** Elements whose text is never story text. */
  private static final String DROPPED =
      "script, style, noscript, template, iframe, object, svg, head, nav, form";

  private static final Set<String> BLOCKS = Set.of(
      "p",
      "div",
      "section",
      "article",
      "header",
      "footer",
      "aside",
      "main",
      "blockquote",
      "figure",
      "figcaption",
      "h1",
      "h2",
      "h3",
      "h4",
      "h5",
      "h6",
      "li",
      "ul",
      "ol",
      "dl",
      "dt",
      "dd",
      "table",
      "tr",
      "pre",
      "hr",
      "address",
      "body");

  private Markup() {}

  static String toText(String text) {
    if (TAG.matcher(text).find()) {
      return fromHtml(text);
    }
    return text.indexOf('&') >= 0 ? Parser.unescapeEntities(text, false) : text;
  }

  private static String fromHtml(String html) {
    Document doc = Jsoup.parseBodyFragment(html);
    doc.select(DROPPED).remove();
    StringBuilder out = new StringBuilder(html.length());
    NodeTraversor.traverse(
        new NodeVisitor() {
          @Override
          public void head(Node node, int depth) {
            if (node instanceof TextNode t) {
              // Source newlines inside an element are layout, not paragraph breaks.
              out.append(t.getWholeText().replaceAll("\\s+", " "));
            } else if (node instanceof Element e) {
              if (e.normalName().equals("br")) {
                out.append('\n');
              } else if (BLOCKS.contains(e.normalName())) {
                out.append("\n\n");
              }
            }
          }

          @Override
          public void tail(Node node, int depth) {
            if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
              out.append("\n\n");
            }
          }
        },
        doc.body());
    return out.toString();
  }
}
