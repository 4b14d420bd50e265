package org.morgue.indexer.read;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.morgue.indexer.date.Dates;
import org.morgue.indexer.story.Story;

/** Turns the markup of one Reuters-21578 {@code <REUTERS>} element into a story. */
final class ReutersElement {

  static final String SOURCE = "Reuters";
  /**
   * Code lists and their tag prefixes. The codes share one {@code tag} facet, and the same string can
   * mean different things in different lists (a place code and an organisation code; "usa" the place
   * beside extracted places): the prefix keeps each code's kind visible and distinct in the facet.
   */
  private static final Map<String, String> CODE_LISTS = codeLists();
  /**
   * The wire's sign-off ending a body: "Reuter" on its own line, but also run onto the last line
   * ("total 55.8 (33.7).        REUTER"), trailed by dots ("REUTER...") or by a stray transmission
   * letter ("REUTER E"). Left in, the tagger reads it as a person in some 90 stories. Run onto a
   * line it must be upper case, so "a survey by Reuter." ending a story is not taken for it.
   */
  private static final Pattern SIGN_OFF = Pattern.compile(
      "(?s)(?:(?:^|\\n)\\s*(?i:reuter)|(?<=\\S)\\s+REUTER)" + "(?:\\s*\\.+|\\s+\\p{Lu}\\b)?\\s*$");
  /** Flash briefs open with a row of asterisks before the headline: a wire priority marker, not text. */
  /** Longest sign-off the pattern takes ("REUTER" with dots or a letter), with room to spare. */
  private static final int SIGN_OFF_TAIL = 64;

  private static final Pattern FLASH_MARK = Pattern.compile("^\\s*\\*+\\s*");
  private static final Pattern INDENTED_LINE = Pattern.compile("\\n(?=[ \\t]+\\S)");
  private static final Pattern AUTHOR_BY = Pattern.compile("(?i)^by\\s+");
  private static final Pattern AUTHOR_AGENCY = Pattern.compile("(?i),\\s*reuters?$");
  private static final Pattern DATELINE_DASH = Pattern.compile("\\s*-\\s*$");

  private ReutersElement() {}

  private static Map<String, String> codeLists() {
    Map<String, String> lists = new LinkedHashMap<>();
    lists.put("TOPICS", "topic:");
    lists.put("PLACES", "place:");
    lists.put("PEOPLE", "person:");
    lists.put("ORGS", "org:");
    lists.put("EXCHANGES", "exchange:");
    lists.put("COMPANIES", "company:");
    return lists;
  }

  /**
   * An element with neither title nor text (a few UNPROC wire slugs) is still a story: it has an id,
   * a date and codes, and the corpus's counts (21,578 stories, per-month dates) include it.
   *
   * @return the story, or empty when the markup holds no {@code <REUTERS>} element
   */
  static Optional<Story> parse(String markup, String fallbackId, String origin, String format) {
    Optional<ReutersMarkup.Parts> fast = ReutersMarkup.parse(markup);
    if (fast.isPresent()) {
      ReutersMarkup.Parts parts = fast.get();
      List<String> tags = new ArrayList<>();
      CODE_LISTS.forEach((list, prefix) -> {
        for (String code : parts.codes().getOrDefault(list, List.of())) {
          String clean = RecordMapper.oneLine(code);
          if (!clean.isEmpty()) {
            tags.add(prefix + clean);
          }
        }
      });
      Map<String, String> leaves = parts.leaves();
      String body =
          parts.hasText() ? cleanBody(leaves.getOrDefault("BODY", parts.textOutsideParts())) : "";
      return Optional.of(story(
          parts.attributes()::get,
          leaves.getOrDefault("TITLE", ""),
          body,
          leaves.getOrDefault("DATELINE", ""),
          leaves.getOrDefault("AUTHOR", ""),
          leaves.getOrDefault("DATE", ""),
          tags,
          fallbackId,
          origin,
          format));
    }
    return parseWithJsoup(markup, fallbackId, origin, format);
  }

  /** The tolerant path, for any element: jsoup's XML parser (tests compare the fast path with it). */
  static Optional<Story> parseWithJsoup(
      String markup, String fallbackId, String origin, String format) {
    Document doc = Jsoup.parse(markup, "", Parser.xmlParser());
    Element reuters = doc.selectFirst("REUTERS");
    if (reuters == null) {
      return Optional.empty();
    }
    Element text = reuters.selectFirst("TEXT");
    return Optional.of(story(
        reuters::attr,
        childText(text, "TITLE"),
        body(text),
        childText(text, "DATELINE"),
        childText(text, "AUTHOR"),
        childText(reuters, "DATE"),
        tags(reuters),
        fallbackId,
        origin,
        format));
  }

  /** The story from an element's parts, whichever parser read them; attributes absent read as "" or null. */
  private static Story story(
      java.util.function.UnaryOperator<String> attr,
      String rawTitle,
      String body,
      String rawDateline,
      String rawAuthor,
      String rawDate,
      List<String> tags,
      String fallbackId,
      String origin,
      String format) {
    String title = RecordMapper.oneLine(rawTitle);
    if (title.isEmpty()) {
      WireHeadline.Split split = WireHeadline.split(body);
      title = split.title();
      body = split.body();
    }
    String newId = attrOf(attr, "NEWID");
    Map<String, String> extra = new LinkedHashMap<>();
    String dateline = DATELINE_DASH.matcher(RecordMapper.oneLine(rawDateline)).replaceFirst("");
    putIfPresent(extra, "dateline", dateline);
    putIfPresent(extra, "lewissplit", attrOf(attr, "LEWISSPLIT"));
    putIfPresent(extra, "topics", attrOf(attr, "TOPICS"));
    String byline = RecordMapper.oneLine(rawAuthor);
    byline = AUTHOR_AGENCY.matcher(AUTHOR_BY.matcher(byline).replaceFirst("")).replaceFirst("");
    return new Story(
        newId.isEmpty() ? fallbackId : "reuters-" + newId,
        title,
        body,
        Dates.parseField(rawDate),
        SOURCE,
        byline,
        "",
        tags,
        extra,
        origin,
        format);
  }

  private static String attrOf(java.util.function.UnaryOperator<String> attr, String name) {
    String value = attr.apply(name);
    return value == null ? "" : value.strip();
  }

  private static String body(Element text) {
    if (text == null) {
      return "";
    }
    Element body = text.selectFirst("BODY");
    String raw;
    if (body != null) {
      raw = body.wholeText();
    } else {
      // BRIEF and UNPROC stories: whatever text TEXT holds outside its headline parts.
      Element rest = text.clone();
      rest.select("TITLE, DATELINE, AUTHOR").remove();
      raw = rest.wholeText();
    }
    return cleanBody(raw);
  }

  private static String cleanBody(String raw) {
    String cleaned = withoutSignOff(Bodies.clean(raw).stripTrailing());
    cleaned = FLASH_MARK.matcher(cleaned).replaceFirst("");
    // Wire copy marks a new paragraph by indenting its first line; a blank line is our paragraph
    // mark.
    return Bodies.normalize(INDENTED_LINE.matcher(cleaned).replaceAll("\n\n"));
  }

  /**
   * The sign-off can only be the last few dozen characters, so the pattern runs over the tail: run
   * over the whole body it tried a match at every position and cost a sixth of a cached rebuild. The
   * tail starts at whitespace's edge (never inside a run of it) and the bounds stay transparent, so
   * {@code ^}, {@code \n} and the look-behind see what precedes it.
   */
  static String withoutSignOff(String text) {
    int from = Math.max(0, text.length() - SIGN_OFF_TAIL);
    while (from > 0 && Character.isWhitespace(text.charAt(from - 1))) {
      from--;
    }
    Matcher m = SIGN_OFF
        .matcher(text)
        .region(from, text.length())
        .useTransparentBounds(true)
        .useAnchoringBounds(false);
    return m.find() ? text.substring(0, m.start()) : text;
  }

  private static List<String> tags(Element reuters) {
    List<String> tags = new ArrayList<>();
    CODE_LISTS.forEach((list, prefix) -> {
      Element codes = reuters.selectFirst(list);
      if (codes != null) {
        for (Element d : codes.select("D")) {
          String code = RecordMapper.oneLine(d.text());
          if (!code.isEmpty()) {
            tags.add(prefix + code);
          }
        }
      }
    });
    return tags;
  }

  private static String childText(Element parent, String name) {
    if (parent == null) {
      return "";
    }
    Element child = parent.selectFirst(name);
    return child == null ? "" : child.wholeText();
  }

  private static void putIfPresent(Map<String, String> map, String key, String value) {
    if (!value.isEmpty()) {
      map.put(key, value);
    }
  }
}
