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
 * IPTC NewsML-G2 ({@code .xml} with a {@code <newsItem>} or {@code <newsMessage>} root): each
 * {@code newsItem} is a story. Headline, dateline, byline ({@code by}, else the creators), date
 * ({@code contentCreated}, else the item's first or version creation) and subjects from
 * {@code contentMeta}; the outlet from the provider; the text from {@code inlineXML} (XHTML) or
 * {@code inlineData}. Subjects typed as a person, organisation or place become {@code person:},
 * {@code org:} and {@code place:} tags, other subjects {@code subject:} tags, like NITF's.
 */
public final class NewsMlReader extends WholeFileReader {

  public static final String FORMAT = "newsml";
  private static final Pattern BY = Pattern.compile("(?i)^by\\s+");

  private final SafeXml xml = new SafeXml();

  /** @param maxFileBytes a file larger than this (after decompression) is skipped */
  public NewsMlReader(long maxFileBytes) {
    super(FORMAT, maxFileBytes);
  }

  @Override
  protected void readWhole(Path file, byte[] bytes, StoryListener listener) throws IOException {
    String location = file.toString();
    Element root;
    try {
      root = xml.parse(bytes).getDocumentElement();
    } catch (SafeXml.XmlException e) {
      listener.onSkip(
          new Skip(e.line() > 0 ? Inputs.line(file, e.line()) : location, e.getMessage()));
      return;
    }
    List<Element> items = SafeXml.all(root, "newsItem");
    if (items.isEmpty()) {
      listener.onSkip(new Skip(location, "no <newsItem> in <" + root.getNodeName() + ">"));
      return;
    }
    String stem = Inputs.stem(file);
    for (int i = 0; i < items.size(); i++) {
      boolean single = items.size() == 1;
      String origin = single ? location : file + "#item " + (i + 1);
      Story story = toStory(items.get(i), single ? stem : stem + "-" + (i + 1), origin);
      if (story.title().isEmpty() && story.body().isEmpty()) {
        listener.onSkip(new Skip(origin, "no headline and no inlineXML/inlineData text"));
      } else {
        listener.onStory(story);
      }
    }
  }

  private static Story toStory(Element item, String fallbackId, String origin) {
    Element itemMeta = SafeXml.first(item, "itemMeta");
    Element contentMeta = SafeXml.first(item, "contentMeta");
    Optional<PubDate> published = NewsDates.parse(SafeXml.text(contentMeta, "contentCreated"))
        .or(() -> NewsDates.parse(SafeXml.text(itemMeta, "firstCreated")))
        .or(() -> NewsDates.parse(SafeXml.text(itemMeta, "versionCreated")));
    Element provider = SafeXml.first(itemMeta, "provider");
    String source = provider == null
        ? ""
        : first(SafeXml.text(provider, "name"), provider.getAttribute("literal"));
    String byline = BY.matcher(SafeXml.text(contentMeta, "by")).replaceFirst("");
    if (byline.isEmpty()) {
      List<String> creators = new ArrayList<>();
      for (Element creator : SafeXml.all(contentMeta, "creator")) {
        String name = first(SafeXml.text(creator, "name"), creator.getAttribute("literal"));
        if (!name.isEmpty()) {
          creators.add(name);
        }
      }
      byline = String.join(", ", creators);
    }
    Map<String, String> extra = new LinkedHashMap<>();
    String dateline = SafeXml.text(contentMeta, "dateline");
    if (!dateline.isEmpty()) {
      extra.put("dateline", dateline);
    }
    String title = SafeXml.text(contentMeta, "headline");
    String id = item.getAttribute("guid").strip();
    return new Story(
        id.isEmpty() ? fallbackId : id,
        title,
        body(item, title),
        published,
        source,
        byline,
        link(itemMeta),
        tags(contentMeta),
        extra,
        origin,
        FORMAT);
  }

  /** XHTML content as paragraphs (its {@code <h1>} repeats the headline and is dropped), else the inline text. */
  private static String body(Element item, String title) {
    Element xml = SafeXml.first(item, "inlineXML");
    if (xml != null) {
      for (Element h1 : SafeXml.all(xml, "h1")) {
        if (RecordMapper.oneLine(h1.getTextContent()).equalsIgnoreCase(title)) {
          h1.getParentNode().removeChild(h1);
        }
      }
      return XmlBodies.text(xml);
    }
    Element data = SafeXml.first(item, "inlineData");
    return data == null ? "" : Bodies.normalize(data.getTextContent());
  }

  /** A {@code link} with {@code rel="irel:seeAlso"} or {@code itemMeta}'s canonical web address, if any. */
  private static String link(Element itemMeta) {
    for (Element link : SafeXml.all(itemMeta == null ? null : itemMeta, "link")) {
      String href = link.getAttribute("href").strip();
      if (href.startsWith("http://") || href.startsWith("https://")) {
        return href;
      }
    }
    return "";
  }

  private static List<String> tags(Element contentMeta) {
    List<String> tags = new ArrayList<>();
    for (Element subject : SafeXml.all(contentMeta, "subject")) {
      String name = first(
          SafeXml.text(subject, "name"),
          subject.getAttribute("literal"),
          subject.getAttribute("qcode"));
      String type = subject.getAttribute("type");
      String prefix = switch (type) {
        case "cpnat:person" -> "person:";
        case "cpnat:organisation", "cpnat:organization" -> "org:";
        case "cpnat:geoArea", "cpnat:poi" -> "place:";
        default -> "subject:";
      };
      String tag = prefix + name;
      if (!name.isEmpty() && !tags.contains(tag)) {
        tags.add(tag);
      }
    }
    return tags;
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
