package org.morgue.server.saved;

import java.io.StringWriter;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.morgue.server.search.StoryView;

/**
 * The Atom feed (RFC 4287) of a saved search's alerts: one entry per new matching story, newest first.
 * Written with the JDK's XML writer, so every title and summary is escaped by construction.
 */
public final class AtomFeed {

  static final String NS = "http://www.w3.org/2005/Atom";
  /** Entries per feed: what a reader polling daily needs; older ones stay on the page. */
  public static final int ENTRIES = 50;

  private static final int SUMMARY_CHARS = 300;
  private static final java.util.regex.Pattern NOT_XML =
      java.util.regex.Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]");

  private AtomFeed() {}

  /**
   * @param base the page's absolute URL without a trailing slash ({@code http://host:port})
   * @param story the story of an alert, empty when it has since left the archive
   */
  public static String of(
      SavedSearch saved,
      List<SavedSearchStore.Alert> alerts,
      String base,
      Function<String, Optional<StoryView>> story) {
    StringWriter text = new StringWriter();
    try {
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeStartElement("feed");
      xml.writeDefaultNamespace(NS);
      element(xml, "id", "urn:morgue:saved:" + saved.id());
      element(xml, "title", "Morgue: " + saved.name());
      element(
          xml, "updated", alerts.isEmpty() ? saved.createdAt() : alerts.get(0).foundAt());
      link(xml, "self", base + "/api/saved/" + saved.id() + "/feed.atom");
      link(xml, "alternate", base + "/" + (saved.params().isEmpty() ? "" : "?" + saved.params()));
      xml.writeStartElement("author");
      element(xml, "name", "Morgue");
      xml.writeEndElement();
      for (SavedSearchStore.Alert alert : alerts) {
        Optional<StoryView> found = story.apply(alert.storyId());
        if (found.isEmpty()) {
          continue;
        }
        StoryView s = found.get();
        xml.writeStartElement("entry");
        element(xml, "id", "urn:morgue:saved:" + saved.id() + ":story:" + s.id());
        element(
            xml,
            "title",
            s.title() == null || s.title().isBlank()
                ? "(untitled story " + s.id() + ")"
                : s.title());
        element(xml, "updated", alert.foundAt());
        if (s.published() != null && s.published().length() == 10) {
          element(xml, "published", s.published() + "T00:00:00Z");
        }
        link(
            xml,
            "alternate",
            base + "/?story="
                + java.net.URLEncoder.encode(s.id(), java.nio.charset.StandardCharsets.UTF_8));
        String body = s.body() == null ? "" : s.body();
        element(xml, "summary", summary(body));
        xml.writeEndElement();
      }
      xml.writeEndElement();
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("cannot write the feed", e);
    }
    return text.toString();
  }

  /** The opening of the body, cut between characters (never inside a surrogate pair). */
  static String summary(String body) {
    if (body.length() <= SUMMARY_CHARS) {
      return body;
    }
    int end = Character.isHighSurrogate(body.charAt(SUMMARY_CHARS - 1))
        ? SUMMARY_CHARS - 1
        : SUMMARY_CHARS;
    return body.substring(0, end) + "…";
  }

  private static void element(XMLStreamWriter xml, String name, String text)
      throws XMLStreamException {
    xml.writeStartElement(name);
    // XML 1.0 has no escape for most control characters: a story holding one would make the feed
    // unreadable.
    xml.writeCharacters(NOT_XML.matcher(text).replaceAll(""));
    xml.writeEndElement();
  }

  private static void link(XMLStreamWriter xml, String rel, String href) throws XMLStreamException {
    xml.writeEmptyElement("link");
    xml.writeAttribute("rel", rel);
    xml.writeAttribute("href", href);
  }
}
