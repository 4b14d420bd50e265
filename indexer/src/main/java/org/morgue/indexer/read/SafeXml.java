package org.morgue.indexer.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.DocumentType;
import org.w3c.dom.Element;
import org.w3c.dom.Entity;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Parses news XML (NITF, NewsML-G2) without ever reaching outside the file: no external DTD or
 * schema is loaded, no external entity is resolved, and entity expansion is capped by the JDK's secure
 * processing, so a hostile archive can neither fetch URLs, read local files nor exhaust memory.
 * A DOCTYPE is still allowed because NITF files routinely declare one. Entities declared inside the
 * file are expanded (a billion-laughs file trips the JDK's expansion limit and is reported); a file
 * that declares an external entity is refused, since its text would silently lack what the entity held.
 */
final class SafeXml {

  /** A file that is not well-formed XML: the message names line and column. */
  static final class XmlException extends Exception {
    private final int line;

    XmlException(String message, int line) {
      super(message);
      this.line = line;
    }

    /** The 1-based line of the error, or -1 when the parser did not say. */
    int line() {
      return line;
    }
  }

  /**
   * Finding the JDK's parser factory scans the class path for providers, which costs more than parsing
   * a story, so each reader keeps one factory; builders are made per document because they are not
   * thread-safe.
   */
  private final DocumentBuilderFactory factory = hardenedFactory();

  Document parse(byte[] bytes) throws XmlException, IOException {
    DocumentBuilder builder = newBuilder();
    try {
      Document doc = builder.parse(new ByteArrayInputStream(bytes));
      refuseExternalEntities(doc);
      return doc;
    } catch (SAXParseException e) {
      throw new XmlException(
          "not well-formed XML at line " + e.getLineNumber() + ", column " + e.getColumnNumber()
              + ": " + e.getMessage(),
          e.getLineNumber());
    } catch (SAXException e) {
      throw new XmlException("not readable as XML: " + e.getMessage(), -1);
    }
  }

  /** External entities are never read (see the factory); a file that relies on one is not indexed half-read. */
  private static void refuseExternalEntities(Document doc) throws XmlException {
    DocumentType type = doc.getDoctype();
    NamedNodeMap entities = type == null ? null : type.getEntities();
    for (int i = 0; entities != null && i < entities.getLength(); i++) {
      Entity e = (Entity) entities.item(i);
      String system = e.getSystemId();
      // An unparsed entity (NDATA) names a file for an application; it is never part of the text.
      if ((system != null || e.getPublicId() != null) && e.getNotationName() == null) {
        throw new XmlException(
            "external entity &" + e.getNodeName() + "; ("
                + (system != null ? "SYSTEM \"" + system : "PUBLIC \"" + e.getPublicId())
                + "\") is not read: Morgue reads nothing outside the file",
            -1);
      }
    }
  }

  private static DocumentBuilderFactory hardenedFactory() {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      f.setValidating(false);
      f.setXIncludeAware(false);
      // Expanded, so the secure-processing limits count expansions and a file's own entities
      // (an internal &nbsp; or &mdash;) keep their text; unexpanded references lost it silently.
      f.setExpandEntityReferences(true);
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setFeature("http://xml.org/sax/features/external-general-entities", false);
      f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      return f;
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException(
          "the JDK's XML parser lacks a security feature Morgue relies on", e);
    }
  }

  private DocumentBuilder newBuilder() {
    try {
      DocumentBuilder builder;
      synchronized (factory) {
        builder = factory.newDocumentBuilder();
      }
      // Belt and braces: should anything still ask for an external entity, it gets nothing.
      builder.setEntityResolver((publicId, systemId) -> new InputSource(new StringReader("")));
      // The default handler prints to stderr; errors are thrown and reported as skips instead.
      builder.setErrorHandler(new DefaultHandler() {
        @Override
        public void error(SAXParseException e) throws SAXException {
          throw e;
        }
      });
      return builder;
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("the hardened XML parser factory could not make a parser", e);
    }
  }

  /** The first descendant (or the element itself) with this local name, in any namespace, or null. */
  static Element first(Element root, String localName) {
    if (root == null) {
      return null;
    }
    if (localName.equals(root.getLocalName())) {
      return root;
    }
    for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element child) {
        Element found = first(child, localName);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  /** The text of the first such element, whitespace collapsed; empty when there is none. */
  static String text(Element root, String localName) {
    Element e = first(root, localName);
    return e == null ? "" : RecordMapper.oneLine(e.getTextContent());
  }

  /** Descendants with this local name, in document order. */
  static java.util.List<Element> all(Element root, String localName) {
    java.util.List<Element> out = new java.util.ArrayList<>();
    if (root != null) {
      collect(root, localName, out);
    }
    return out;
  }

  private static void collect(Element e, String localName, java.util.List<Element> out) {
    if (localName.equals(e.getLocalName())) {
      out.add(e);
    }
    for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element child) {
        collect(child, localName, out);
      }
    }
  }
}
