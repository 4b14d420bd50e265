package org.morgue.indexer.html;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
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
  private static final List<String> DATE_META = List.of("article:published_time", "datePublished",
      "og:published_time", "pubdate", "publishdate", "publish-date", "date", "dc.date.issued", "dc.date",
      "sailthru.date", "parsely-pub-date");
  /** A title's tail naming the site: "Storm closes port | Ellery Gazette". */
  private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|–—·»-]\\s+");
  private static final Pattern TRAILING_SEPARATOR = Pattern.compile("\\s+[|–—·»-]\\s*$");
  private static final Pattern LEADING_SEPARATOR = Pattern.compile("^\\s*[|–—·»-]\\s+");
  private static final Pattern WWW = Pattern.compile("^www\\d?\\.");

  final String title;
  final Optional<PubDate> published;
  final String source;
  final String byline;
  final String url;
  final List<String> tags;

  private PageMeta(Document doc, String captureUrl) {
    Optional<JsonLd.Article> ld = JsonLd.article(doc);
    this.url = first(ld.map(JsonLd.Article::url).filter(PageMeta::isAbsoluteUrl).orElse(""),
        absolute(doc.selectFirst("link[rel=canonical]"), "href"), meta(doc, "og:url"), captureUrl);
    String siteName = first(meta(doc, "og:site_name"), ld.map(JsonLd.Article::publisher).orElse(""),
        meta(doc, "application-name"));
    this.source = first(siteName, host(url), host(captureUrl));
    this.title = first(ld.map(JsonLd.Article::headline).orElse(""), meta(doc, "og:title"),
        meta(doc, "twitter:title"), headingTitle(doc), pageTitle(doc, siteName));
    this.published = ld.flatMap(a -> Dates.parseField(a.datePublished()))
        .or(() -> metaDate(doc))
        .or(() -> timeDate(doc));
    this.byline = first(ld.map(JsonLd.Article::author).orElse(""), meta(doc, "author"),
        notUrl(meta(doc, "article:author")), meta(doc, "byl").replaceFirst("(?i)^by\\s+", ""));
    List<String> tags = new ArrayList<>();
    for (Element tag : doc.select("meta[property=\"article:tag\"]")) {
      add(tag.attr("content"), tags);
    }
    ld.ifPresent(a -> a.keywords().forEach(k -> add(k, tags)));
    this.tags = List.copyOf(tags);
  }

  /** @param captureUrl where the page was fetched from, or empty: the fallback URL and outlet */
  static PageMeta of(Document doc, String captureUrl) {
    return new PageMeta(doc, captureUrl);
  }

  private static Optional<PubDate> metaDate(Document doc) {
    for (String name : DATE_META) {
      Optional<PubDate> date = Dates.parseField(meta(doc, name));
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
    Element time = doc.selectFirst("time[itemprop=datePublished], time[pubdate], article time");
    if (time == null) {
      return Optional.empty();
    }
    return Dates.parseField(time.attr("datetime")).or(() -> DateLines.find(time.text()));
  }

  /** The page's only {@code <h1>}, or the one in its {@code <article>}; several elsewhere are ambiguous. */
  private static String headingTitle(Document doc) {
    Element h1 = doc.selectFirst("article h1");
    if (h1 == null && doc.select("h1").size() == 1) {
      h1 = doc.selectFirst("h1");
    }
    return h1 == null ? "" : h1.text();
  }

  /** {@code <title>} without the site's name when a separator sets it off, before or after. */
  private static String pageTitle(Document doc, String siteName) {
    String title = doc.title().strip();
    String[] parts = TITLE_SEPARATOR.split(title);
    if (parts.length < 2) {
      return title;
    }
    String first = parts[0];
    String last = parts[parts.length - 1];
    if (last.equalsIgnoreCase(siteName) || last.length() < first.length()) {
      return TRAILING_SEPARATOR.matcher(title.substring(0, title.length() - last.length())).replaceFirst("");
    }
    if (first.equalsIgnoreCase(siteName)) {
      return LEADING_SEPARATOR.matcher(title.substring(first.length())).replaceFirst("");
    }
    return title;
  }

  /** The content of {@code <meta property|name|itemprop=name>}, case-insensitive; empty if absent. */
  private static String meta(Document doc, String name) {
    Element e = doc.selectFirst("meta[property=\"" + name + "\"], meta[name=\"" + name + "\"], meta[itemprop=\"" + name + "\"]");
    return e == null ? "" : e.attr("content").strip();
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
