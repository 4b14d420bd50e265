package org.morgue.indexer.read;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.morgue.indexer.story.PubDate;
import org.morgue.indexer.story.Story;
import org.w3c.dom.Element;

/**
 * IPTC News Industry Text Format ({@code .nitf}, or {@code .xml} with an {@code <nitf>} root): one
 * story per file. Headline from {@code hedline/hl1}, byline, dateline, date from {@code date.issue}
 * (else {@code date.release}, else the dateline's {@code story.date}), id from {@code doc-id}, outlet
 * from {@code pubdata} or the copyright holder. The editor's own entity and subject markup becomes
 * tags ({@code person:}, {@code org:}, {@code place:}, {@code subject:}): it is a human's judgement,
 * kept beside, never mixed with, what the tagger extracts.
 */
public final class NitfReader extends WholeFileReader {

  public static final String FORMAT = "nitf";
  private static final Pattern BY = Pattern.compile("(?i)^by\\s+");
  private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\s,;:–—-]+$");

  private final SafeXml xml = new SafeXml();

  /** @param maxFileBytes a file larger than this (after decompression) is skipped */
  public NitfReader(long maxFileBytes) {
    super(FORMAT, maxFileBytes);
  }

  @Override
  protected void readWhole(Path file, byte[] bytes, StoryListener listener) throws IOException {
    String location = file.toString();
    Element nitf;
    try {
      nitf = xml.parse(bytes).getDocumentElement();
    } catch (SafeXml.XmlException e) {
      listener.onSkip(
          new Skip(e.line() > 0 ? Inputs.line(file, e.line()) : location, e.getMessage()));
      return;
    }
    if (!"nitf".equals(nitf.getLocalName())) {
      listener.onSkip(
          new Skip(location, "not NITF: the root element is <" + nitf.getNodeName() + ">"));
      return;
    }
    Story story = toStory(nitf, Inputs.stem(file), location);
    if (story.title().isEmpty() && story.body().isEmpty()) {
      listener.onSkip(new Skip(location, "no hedline and no body.content text"));
      return;
    }
    listener.onStory(story);
  }

  private static Story toStory(Element nitf, String fallbackId, String origin) {
    Element head = SafeXml.first(nitf, "head");
    Element docdata = SafeXml.first(head, "docdata");
    Element bodyHead = SafeXml.first(nitf, "body.head");
    String title = SafeXml.text(SafeXml.first(bodyHead, "hedline"), "hl1");
    if (title.isEmpty()) {
      title = SafeXml.text(head, "title");
    }
    Element dateline = SafeXml.first(bodyHead, "dateline");
    Optional<PubDate> published = NewsDates.parse(attr(docdata, "date.issue", "norm"))
        .or(() -> NewsDates.parse(attr(docdata, "date.release", "norm")))
        .or(() -> NewsDates.parse(attr(dateline, "story.date", "norm")));
    String source = first(attr(head, "pubdata", "name"), attr(docdata, "doc.copyright", "holder"));
    String id = attr(docdata, "doc-id", "id-string");
    Map<String, String> extra = new LinkedHashMap<>();
    String datelineText = dateline == null ? "" : RecordMapper.oneLine(dateline.getTextContent());
    if (!datelineText.isEmpty()) {
      extra.put("dateline", datelineText);
    }
    return new Story(
        id.isEmpty() ? fallbackId : id,
        title,
        XmlBodies.text(SafeXml.first(nitf, "body.content")),
        published,
        source,
        byline(bodyHead),
        "",
        tags(head, SafeXml.first(nitf, "body.content")),
        extra,
        origin,
        FORMAT);
  }

  /** The byline's name: without "By", without the {@code byttl} job title that often follows it. */
  private static String byline(Element bodyHead) {
    Element byline = SafeXml.first(bodyHead, "byline");
    if (byline == null) {
      return "";
    }
    Element copy = (Element) byline.cloneNode(true);
    for (Element title : SafeXml.all(copy, "byttl")) {
      title.getParentNode().removeChild(title);
    }
    String text = BY.matcher(RecordMapper.oneLine(copy.getTextContent())).replaceFirst("");
    return TRAILING_PUNCTUATION.matcher(text).replaceFirst("");
  }

  private static List<String> tags(Element head, Element content) {
    List<String> tags = new ArrayList<>();
    for (Element subject : SafeXml.all(head, "tobject.subject")) {
      String name = first(
          subject.getAttribute("tobject.subject.detail"),
          subject.getAttribute("tobject.subject.matter"),
          subject.getAttribute("tobject.subject.type"),
          subject.getAttribute("tobject.subject.refnum"));
      add("subject:", name, tags);
    }
    if (content != null) {
      SafeXml.all(content, "person").forEach(e -> add("person:", e.getTextContent(), tags));
      SafeXml.all(content, "org").forEach(e -> add("org:", e.getTextContent(), tags));
      SafeXml.all(content, "location").forEach(e -> add("place:", e.getTextContent(), tags));
    }
    return tags;
  }

  private static void add(String prefix, String value, List<String> tags) {
    String v = RecordMapper.oneLine(value);
    if (!v.isEmpty() && !tags.contains(prefix + v)) {
      tags.add(prefix + v);
    }
  }

  private static String attr(Element root, String element, String attribute) {
    Element e = SafeXml.first(root, element);
    return e == null ? "" : e.getAttribute(attribute).strip();
  }

  private static String first(String... values) {
    for (String v : values) {
      if (!v.isBlank()) {
        return v.strip();
      }
    }
    return "";
  }
}
