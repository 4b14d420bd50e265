package org.morgue.indexer.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Body text of news XML (NITF {@code body.content}, NewsML-G2 XHTML): one paragraph per paragraph
 * element, in document order, so the stored body keeps the paragraphs the editor wrote. Text that sits
 * directly in a container between paragraphs is a paragraph of its own rather than lost.
 */
final class XmlBodies {

  /** Elements whose text is one paragraph (NITF and XHTML names). */
  private static final Set<String> PARAGRAPHS = Set.of(
      "p",
      "hl2",
      "h1",
      "h2",
      "h3",
      "h4",
      "h5",
      "h6",
      "li",
      "pre",
      "blockquote",
      "dt",
      "dd",
      "td",
      "th",
      "caption",
      "tagline",
      "bq");
  /** Never story text: scripts and styles in XHTML, NITF's editorial notes. */
  private static final Set<String> DROPPED = Set.of("script", "style", "head", "ed-msg", "note");

  private XmlBodies() {}

  /** The paragraphs under {@code root} joined by one blank line; empty when it has no text. */
  static String text(Element root) {
    if (root == null) {
      return "";
    }
    List<String> paragraphs = new ArrayList<>();
    StringBuilder loose = new StringBuilder();
    walk(root, paragraphs, loose);
    flush(loose, paragraphs);
    return Bodies.normalize(String.join("\n\n", paragraphs));
  }

  private static void walk(Element e, List<String> paragraphs, StringBuilder loose) {
    for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element child) {
        String name = child.getLocalName() == null ? child.getNodeName() : child.getLocalName();
        if (DROPPED.contains(name)) {
          continue;
        }
        if (PARAGRAPHS.contains(name) && !hasParagraphInside(child)) {
          flush(loose, paragraphs);
          add(child.getTextContent(), paragraphs);
        } else if (name.equals("br")) {
          loose.append('\n');
        } else if (INLINE.contains(name)) {
          loose.append(child.getTextContent());
        } else {
          flush(loose, paragraphs);
          walk(child, paragraphs, loose);
          flush(loose, paragraphs);
        }
      } else if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
        loose.append(n.getNodeValue());
      }
    }
  }

  /** NITF's entity markup and XHTML's phrase elements sit inside sentences: their text joins the flow. */
  private static final Set<String> INLINE = Set.of(
      "person",
      "org",
      "location",
      "event",
      "object.title",
      "function",
      "money",
      "num",
      "chron",
      "copyrite",
      "virtloc",
      "classifier",
      "city",
      "state",
      "region",
      "country",
      "alt-code",
      "a",
      "em",
      "strong",
      "b",
      "i",
      "u",
      "span",
      "q",
      "abbr",
      "cite",
      "sub",
      "sup",
      "small",
      "lang",
      "pronounce");

  private static boolean hasParagraphInside(Element e) {
    for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element child && PARAGRAPHS.contains(child.getLocalName())) {
        return true;
      }
    }
    return false;
  }

  private static void flush(StringBuilder loose, List<String> paragraphs) {
    add(loose.toString(), paragraphs);
    loose.setLength(0);
  }

  private static void add(String text, List<String> paragraphs) {
    String p = RecordMapper.oneLine(text);
    if (!p.isEmpty()) {
      paragraphs.add(p);
    }
  }
}
