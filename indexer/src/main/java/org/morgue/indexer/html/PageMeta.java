package org.morgue.indexer.html;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.morgue.indexer.date.DateLines;
import org.morgue.indexer.date.Dates;
import org.morgue.indexer.story.PubDate;

/**
 * A page's story metadata, each field from the most specific source that states it: JSON-LD first
 * (it is written for machines and names the article, not the page), then Open Graph and article meta
 * tags, then the page's visible markup ({@code <time datetime>}, {@code <h1>}, {@code <title>}).
 */
final class PageMeta {

  /** Meta names CMSs use for the publication date when they have no Open Graph article tags. */
  private static final List<String> DATE_META = List.of(
      "article:published_time",
      "datePublished",
      "og:published_time",
      "pubdate",
      "publishdate",
      "publish-date",
      "date",
      "dc.date.issued",
      "dc.date",
      "sailthru.date",
      "parsely-pub-date");
  /** A title's tail naming the site: "Storm closes port | Ellery Gazette". */
  private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|–—·»-]\\s+");

  private static final Pattern TRAILING_SEPARATOR = Pattern.compile("\\s+[|–—·»-]\\s*$");
  private static final Pattern LEADING_SEPARATOR = Pattern.compile("^\\s*[|–—·»-]\\s+");
  private static final Evaluator META = QueryParser.parse("meta");
  private static final Evaluator CANONICAL = QueryParser.parse("link[rel=canonical]");
  private static final Evaluator PUBLISHED_TIME =
      QueryParser.parse("time[itemprop=datePublished], time[pubdate], article time");
  private static final Evaluator ARTICLE_H1 = QueryParser.parse("article h1");
  private static final Evaluator H1 = QueryParser.parse("h1");
  private static final Pattern WWW = Pattern.compile("^www\\d?\\.");

  final String title;
  final Optional<PubDate> published;
  final String source;
  final String byline;
  final String url;
  final List<String> tags;

  private PageMeta(Document doc, String captureUrl) {
    Map<String, String> metas = metas(doc);
    Optional<JsonLd.Article> ld = JsonLd.article(doc);
    this.url = first(
        ld.map(JsonLd.Article::url).filter(PageMeta::isAbsoluteUrl).orElse(""),
        absolute(doc.selectFirst(CANONICAL), "href"),
        meta(metas, "og:url"),
        captureUrl);
    String siteName = first(
        meta(metas, "og:site_name"),
        ld.map(JsonLd.Article::publisher).orElse(""),
        meta(metas, "application-name"));
    this.source = first(siteName, host(url), host(captureUrl));
    this.title = first(
        ld.map(JsonLd.Article::headline).orElse(""),
        meta(metas, "og:title"),
        meta(metas, "twitter:title"),
        headingTitle(doc),
        pageTitle(doc, siteName, first(host(url), host(captureUrl))));
    this.published = ld.flatMap(a -> Dates.parseField(a.datePublished()))
        .or(() -> metaDate(metas))
        .or(() -> timeDate(doc));
    this.byline = first(
        ld.map(JsonLd.Article::author).orElse(""),
        meta(metas, "author"),
        notUrl(meta(metas, "article:author")),
        meta(metas, "byl").replaceFirst("(?i)^by\\s+", ""));
    List<String> tags = new ArrayList<>();
    for (Element tag : doc.select(META)) {
      if (tag.attr("property").equalsIgnoreCase("article:tag")) {
        add(tag.attr("content"), tags);
      }
    }
    ld.ifPresent(a -> a.keywords().forEach(k -> add(k, tags)));
    this.tags = List.copyOf(tags);
  }

  /** @param captureUrl where the page was fetched from, or empty: the fallback URL and outlet */
  static PageMeta of(Document doc, String captureUrl) {
    return new PageMeta(doc, captureUrl);
  }

  private static Optional<PubDate> metaDate(Map<String, String> metas) {
    for (String name : DATE_META) {
      Optional<PubDate> date = Dates.parseField(meta(metas, name));
      if (date.isPresent()) {
        return date;
      }
    }
    return Optional.empty();
  }

  /**
   * A {@code <time>} that marks the publication, or the first one inside the {@code <article>}. Times
   * elsewhere on a page (today's date in the masthead, a related story's date) are not the story's.
   */
  private static Optional<PubDate> timeDate(Document doc) {
    Element time = doc.selectFirst(PUBLISHED_TIME);
    if (time == null) {
      return Optional.empty();
    }
    return Dates.parseField(time.attr("datetime")).or(() -> DateLines.find(time.text()));
  }

  /** The page's only {@code <h1>}, or the one in its {@code <article>}; several elsewhere are ambiguous. */
  private static String headingTitle(Document doc) {
    Element h1 = doc.selectFirst(ARTICLE_H1);
    if (h1 == null) {
      List<Element> all = doc.select(H1);
      h1 = all.size() == 1 ? all.get(0) : null;
    }
    return h1 == null ? "" : h1.text();
  }

  /**
   * {@code <title>} without the site's name when a separator sets it off, before or after. A part names
   * the site when it is the site name or matches the host ("Review-Journal" and reviewjournal.com); failing
   * that, a last part shorter than the first is taken for the site, as it nearly always is.
   */
  private static String pageTitle(Document doc, String siteName, String host) {
    String title = doc.title().strip();
    String[] parts = TITLE_SEPARATOR.split(title);
    if (parts.length < 2) {
      return title;
    }
    String first = parts[0];
    String last = parts[parts.length - 1];
    if (namesSite(last, siteName, host)) {
      return cutLast(title, last);
    }
    if (namesSite(first, siteName, host)) {
      return LEADING_SEPARATOR.matcher(title.substring(first.length())).replaceFirst("");
    }
    return last.length() < first.length() ? cutLast(title, last) : title;
  }

  private static String cutLast(String title, String last) {
    return TRAILING_SEPARATOR
        .matcher(title.substring(0, title.length() - last.length()))
        .replaceFirst("");
  }

  private static boolean namesSite(String part, String siteName, String host) {
    if (part.equalsIgnoreCase(siteName)) {
      return true;
    }
    String letters = letters(part);
    String hostLetters = letters(host);
    String domain = letters(host.contains(".") ? host.substring(0, host.lastIndexOf('.')) : host);
    return letters.length() >= 4
        && (hostLetters.contains(letters) || letters.contains(domain) && domain.length() >= 4);
  }

  private static String letters(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
  }

  /**
   * Every {@code <meta>}'s content by its lower-cased {@code property}, {@code name} and {@code itemprop},
   * the first of each name winning: one pass instead of a selector per name looked up.
   */
  private static Map<String, String> metas(Document doc) {
    Map<String, String> metas = new HashMap<>();
    for (Element meta : doc.select(META)) {
      String content = meta.attr("content").strip();
      if (content.isEmpty()) {
        continue;
      }
      for (String key : List.of("property", "name", "itemprop")) {
        String name = meta.attr(key).strip().toLowerCase(Locale.ROOT);
        if (!name.isEmpty()) {
          metas.putIfAbsent(name, content);
        }
      }
    }
    return metas;
  }

  private static String meta(Map<String, String> metas, String name) {
    return metas.getOrDefault(name.toLowerCase(Locale.ROOT), "");
  }

  private static String absolute(Element e, String attr) {
    if (e == null) {
      return "";
    }
    String abs = e.absUrl(attr);
    return abs.isEmpty() ? e.attr(attr).strip() : abs;
  }

  /** The host without {@code www.}: {@code www.elleryherald.example} gives {@code elleryherald.example}. */
  static String host(String url) {
    if (url.isEmpty()) {
      return "";
    }
    try {
      String host = URI.create(url.strip()).getHost();
      return host == null ? "" : WWW.matcher(host.toLowerCase(Locale.ROOT)).replaceFirst("");
    } catch (IllegalArgumentException e) {
      return "";
    }
  }

  private static boolean isAbsoluteUrl(String url) {
    return !host(url).isEmpty();
  }

  /** {@code article:author} is often a profile URL, which is not a byline. */
  private static String notUrl(String value) {
    return value.startsWith("http://") || value.startsWith("https://") ? "" : value;
  }

  private static void add(String tag, List<String> tags) {
    String t = tag.strip();
    if (!t.isEmpty() && !tags.contains(t)) {
      tags.add(t);
    }
  }

  private static String first(String... values) {
    for (String v : values) {
      String s = v == null ? "" : v.replaceAll("\\s+", " ").strip();
      if (!s.isEmpty()) {
        return s;
      }
    }
    return "";
  }
}
