package org.morgue.indexer.html;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.morgue.indexer.clean.TextCleaner;

/**
 * Turns a web page into an {@link HtmlArticle}: metadata from {@link PageMeta}, then the page is
 * stripped of what is never the story (scripts, navigation, asides, cookie banners, comment and
 * "related" blocks by their class names), the article container is found by {@link ContentScorer}
 * (or taken as given when the page marks it with {@code itemprop="articleBody"}), and its text goes
 * through the same {@link TextCleaner} as every other input. Stateless and thread-safe.
 *
 * <p>Why our own scorer on jsoup rather than a library: Boilerpipe and Goose are unmaintained since
 * the mid-2010s and pull in old parsers; Readability4J is a Kotlin port that brings the Kotlin runtime
 * for ~300 lines of scoring. Readability's scoring is small and well understood, and jsoup is already
 * our HTML parser, so we keep that scoring here in a form we can test and tune.
 */
public final class ArticleExtractor {

  /** Elements that never hold story text, whatever the page. */
  private static final Evaluator NEVER_STORY =
      QueryParser.parse("script, style, noscript, template, iframe, object, embed, svg,"
          + " canvas, form, button, input, select, textarea, nav, aside, header, footer, dialog, figure,"
          + " [hidden], [aria-hidden=true], [role=navigation], [role=banner], [role=contentinfo],"
          + " [role=complementary], [role=dialog], [role=alertdialog]");

  private static final Evaluator ARTICLE_BODY = QueryParser.parse("[itemprop=articleBody]");
  private static final Evaluator H1 = QueryParser.parse("h1");
  private static final Evaluator LISTS = QueryParser.parse("ul, ol");
  private static final Evaluator CHARSET_META =
      QueryParser.parse("meta[charset], meta[http-equiv=content-type]");
  /** Byline and date boxes inside the article: their facts are metadata, not body text. */
  private static final Pattern BYLINE_BOX =
      Pattern.compile("(?i)byline|\\bauthor|timestamp|posted-on"
          + "|published|article-meta|post-meta|entry-meta|date-?time|pubdate");

  private static final int BYLINE_BOX_MAX = 160;
  private static final Pattern TAG_NAMES = Pattern.compile("(?i)html|body|article|main");

  private ArticleExtractor() {}

  /**
   * Parses page bytes: the charset from a byte-order mark, else the page's {@code <meta charset>},
   * else {@code declared} (an HTTP header's), else UTF-8, with windows-1252 when the bytes are not UTF-8.
   *
   * @param declared the charset a transport declared, or null
   * @param baseUri the page's URL, for resolving relative links; may be empty
   */
  public static Document parse(byte[] bytes, String declared, String baseUri) throws IOException {
    Document doc = Jsoup.parse(new ByteArrayInputStream(bytes), null, baseUri);
    // jsoup already honoured a byte-order mark or a <meta> charset; both outrank a guess.
    boolean metaCharset = hasBom(bytes) || doc.selectFirst(CHARSET_META) != null;
    if (!metaCharset
        && isKnownCharset(declared)
        && !doc.charset().name().equalsIgnoreCase(declared)) {
      doc = Jsoup.parse(new ByteArrayInputStream(bytes), declared.strip(), baseUri);
    } else if (!metaCharset && doc.charset().equals(StandardCharsets.UTF_8) && !isUtf8(bytes)) {
      doc = Jsoup.parse(new ByteArrayInputStream(bytes), "windows-1252", baseUri);
    }
    return doc;
  }

  /**
   * The story a page holds. The document is modified (furniture removed): parse it for this call only.
   *
   * @param captureUrl the URL the page was fetched from, or empty for a saved file
   */
  public static HtmlArticle extract(Document doc, String captureUrl) {
    PageMeta meta = PageMeta.of(doc, captureUrl);
    if (doc.body() == null) {
      return new HtmlArticle(
          meta.title, "", meta.published, meta.source, meta.byline, meta.url, meta.tags);
    }
    doc.body().select(NEVER_STORY).remove();
    removeUnlikely(doc);
    Element marked = doc.body().selectFirst(ARTICLE_BODY);
    List<Element> content = marked != null ? List.of(marked) : ContentScorer.content(doc);
    StringBuilder html = new StringBuilder();
    for (Element e : content) {
      Element copy = e.clone();
      copy.select(H1).remove();
      for (Element list : copy.select(LISTS)) {
        // Lists of links inside the article are "read more" rails, not the story's own lists.
        if (ContentScorer.linkDensity(list) > 0.5) {
          list.remove();
        }
      }
      html.append(copy.outerHtml()).append('\n');
    }
    List<String> paragraphs = new ArrayList<>(TextCleaner.paragraphs(html.toString()));
    if (!paragraphs.isEmpty() && key(paragraphs.get(0)).equals(key(meta.title))) {
      paragraphs.remove(0);
    }
    return new HtmlArticle(
        meta.title,
        String.join("\n\n", paragraphs),
        meta.published,
        meta.source,
        meta.byline,
        meta.url,
        meta.tags);
  }

  /** Drops blocks whose class or id says comments, sharing, promotion… unless it also says content. */
  private static void removeUnlikely(Document doc) {
    List<Element> doomed = new ArrayList<>();
    for (Element e : doc.body().getAllElements()) {
      if (TAG_NAMES.matcher(e.normalName()).matches()) {
        continue;
      }
      String names = e.className() + " " + e.id();
      if (names.isBlank()) {
        continue;
      }
      boolean unlikely = ContentScorer.UNLIKELY.matcher(names).find()
          && !ContentScorer.MAYBE.matcher(names).find();
      boolean bylineBox = BYLINE_BOX.matcher(names).find() && e.text().length() <= BYLINE_BOX_MAX;
      if (unlikely || bylineBox) {
        doomed.add(e);
      }
    }
    doomed.forEach(Element::remove);
  }

  private static String key(String text) {
    return text.toLowerCase(Locale.ROOT).replaceAll("\\W+", " ").strip();
  }

  /** A server's charset parameter is free text: "utf8", "none", "utf 8" all occur in real crawls. */
  private static boolean isKnownCharset(String name) {
    try {
      return name != null && !name.isBlank() && java.nio.charset.Charset.isSupported(name.strip());
    } catch (java.nio.charset.IllegalCharsetNameException e) {
      return false;
    }
  }

  private static boolean hasBom(byte[] b) {
    return b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF
        || b.length >= 2
            && ((b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF
                || (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE);
  }

  private static boolean isUtf8(byte[] bytes) {
    try {
      StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes));
      return true;
    } catch (java.nio.charset.CharacterCodingException e) {
      return false;
    }
  }
}
