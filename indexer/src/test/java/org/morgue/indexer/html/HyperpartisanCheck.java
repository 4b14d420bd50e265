package org.morgue.indexer.html;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.morgue.indexer.story.PubDate;

/**
 * Checks the HTML extractor on the SemEval-2019 hyperpartisan articles (645 articles, 284 outlets;
 * {@code ../shared/corpora/hyperpartisan-2018}). The corpus keeps each article's real light-HTML body
 * but moved title, date and URL into attributes, so each article is put back into a page the three
 * ways news sites state them (Open Graph + canonical, JSON-LD, or only {@code <title>} + {@code <time>}
 * with the URL known from the capture, or an {@code <h1>} under a {@code <title>} that is only the site's name), wrapped in navigation, a "related" rail, comments and a footer.
 * Prints the scores over all articles and a seeded sample to read. Not a unit test: a report.
 *
 * <p>Run: {@code java -cp <test classpath> org.morgue.indexer.html.HyperpartisanCheck [corpus dir] [sample] [seed]}
 */
public final class HyperpartisanCheck {

  private HyperpartisanCheck() {}

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : "../../shared/corpora/hyperpartisan-2018");
    int sample = args.length > 1 ? Integer.parseInt(args[1]) : 40;
    long seed = args.length > 2 ? Long.parseLong(args[2]) : 7;
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    Document articles = Jsoup.parse(
        Files.readString(dir.resolve("articles-training-byarticle-20181122.xml")),
        "",
        Parser.xmlParser());
    Document truth = Jsoup.parse(
        Files.readString(dir.resolve("ground-truth-training-byarticle-20181122.xml")),
        "",
        Parser.xmlParser());
    Map<String, String> urls = new HashMap<>();
    truth.select("article").forEach(a -> urls.put(a.attr("id"), a.attr("url")));
    List<Element> all = articles.select("article");
    // One untimed pass first, so the rate printed is the warmed-up JIT's and not the class
    // loader's.
    for (int i = 0; i < all.size(); i++) {
      Element a = all.get(i);
      String url = urls.getOrDefault(a.attr("id"), "");
      ArticleExtractor.extract(
          ArticleExtractor.parse(
              page(i % 4, a.attr("title"), a.attr("published-at"), url, a.html())
                  .getBytes(StandardCharsets.UTF_8),
              null,
              url),
          url);
    }
    int[] right = new int[4];
    int[] byStyle = new int[4];
    int[] titleByStyle = new int[4];
    List<String> rows = new ArrayList<>();
    long nanos = 0;
    long parseNanos = 0;
    long paragraphs = 0;
    long keptTotal = 0;
    int allKept = 0;
    for (int i = 0; i < all.size(); i++) {
      Element a = all.get(i);
      String url = urls.getOrDefault(a.attr("id"), "");
      int style = i % 4;
      String page = page(style, a.attr("title"), a.attr("published-at"), url, a.html());
      long start = System.nanoTime();
      Document parsed = ArticleExtractor.parse(page.getBytes(StandardCharsets.UTF_8), null, url);
      parseNanos += System.nanoTime() - start;
      HtmlArticle got = ArticleExtractor.extract(parsed, style >= 2 ? url : "");
      nanos += System.nanoTime() - start;
      String title = a.attr("title").strip().replaceAll("\\s+", " ");
      boolean titleOk = got.title().equals(title);
      boolean dateOk = got.published().map(PubDate::iso).orElse("").equals(a.attr("published-at"));
      boolean outletOk = got.source().equals(PageMeta.host(url));
      boolean bodyOk = !got.body().isEmpty()
          && !got.body().contains("Most shared this week")
          && !got.body().contains("Comments are moderated");
      int[] kept = keptParagraphs(a, got.body());
      paragraphs += kept[1];
      keptTotal += kept[0];
      allKept += kept[0] == kept[1] ? 1 : 0;
      right[0] += titleOk ? 1 : 0;
      right[1] += dateOk ? 1 : 0;
      right[2] += outletOk ? 1 : 0;
      right[3] += bodyOk ? 1 : 0;
      byStyle[style]++;
      titleByStyle[style] += titleOk ? 1 : 0;
      rows.add(String.format(
          Locale.ROOT,
          "#%s style=%d title=%s date=%s outlet=%s body=%s%n  want: %s | %s | %s%n"
              + "  got:  %s | %s | %s%n  body: %s%n",
          a.attr("id"),
          style,
          ok(titleOk),
          ok(dateOk),
          ok(outletOk),
          ok(bodyOk),
          title,
          a.attr("published-at"),
          PageMeta.host(url),
          got.title(),
          got.published().map(PubDate::iso).orElse("-"),
          got.source(),
          abbreviate(got.body())));
    }
    int n = all.size();
    out.printf(
        Locale.ROOT,
        "%d articles, %.0f pages/s parsed and extracted (%.0f%% of the time in jsoup's parse)%n",
        n,
        n / (nanos / 1e9),
        100.0 * parseNanos / nanos);
    out.printf(
        Locale.ROOT,
        "title %d (%.1f%%), date %d (%.1f%%), outlet %d (%.1f%%), body without furniture %d (%.1f%%)%n",
        right[0],
        100.0 * right[0] / n,
        right[1],
        100.0 * right[1] / n,
        right[2],
        100.0 * right[2] / n,
        right[3],
        100.0 * right[3] / n);
    out.printf(
        Locale.ROOT,
        "article paragraphs (<p> of 25+ chars) kept in the body: %d of %d (%.1f%%);"
            + " every one kept in %d of %d articles%n",
        keptTotal,
        paragraphs,
        100.0 * keptTotal / paragraphs,
        allKept,
        n);
    out.printf(
        Locale.ROOT,
        "title by page style: og %d/%d, json-ld %d/%d, <title>+<time> %d/%d, <h1>+<time> %d/%d%n",
        titleByStyle[0],
        byStyle[0],
        titleByStyle[1],
        byStyle[1],
        titleByStyle[2],
        byStyle[2],
        titleByStyle[3],
        byStyle[3]);
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      order.add(i);
    }
    Collections.shuffle(order, new Random(seed));
    out.printf(Locale.ROOT, "%n--- sample of %d (seed %d) ---%n", sample, seed);
    order.subList(0, Math.min(sample, n)).stream().sorted().forEach(i -> out.print(rows.get(i)));
  }

  private static String page(int style, String title, String date, String url, String body) {
    String head = switch (style) {
      case 0 ->
        "<meta property=\"og:title\" content=\"" + attr(title) + "\">"
            + "<meta property=\"article:published_time\" content=\"" + date + "\">"
            + "<link rel=\"canonical\" href=\"" + attr(url) + "\"><title>" + text(title)
            + " | News</title>";
      case 1 ->
        "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":"
            + json(title) + ",\"datePublished\":\"" + date + "\",\"url\":" + json(url)
            + "}</script>";
      case 2 -> "<title>" + text(title) + " | " + text(PageMeta.host(url)) + "</title>";
      default -> "<title>" + text(PageMeta.host(url)) + "</title>";
    };
    String time = style >= 2 ? "<time datetime=\"" + date + "\">" + date + "</time>" : "";
    String h1 = style == 2 ? "" : "<h1>" + text(title) + "</h1>";
    return "<!DOCTYPE html><html><head><meta charset=\"utf-8\">" + head + "</head><body>"
        + "<header><nav><a href=\"/\">Home</a> <a href=\"/politics\">Politics</a> <a href=\"/world\">World</a></nav></header>"
        + "<article>" + h1 + time + "<div class=\"entry-content\">" + body + "</div></article>"
        + "<aside class=\"related\"><h3>Most shared this week</h3><ul><li><a href=\"/x\">Another story, with a long"
        + " headline, about the news</a></li></ul></aside>"
        + "<div id=\"comments\"><p>Comments are moderated, and we read every one of them, so please, be kind.</p></div>"
        + "<footer>About us | Contact | Privacy</footer></body></html>";
  }

  /** How many of the article's own paragraphs the body kept, of how many: {kept, total}. */
  private static int[] keptParagraphs(Element article, String body) {
    String flat = body.replaceAll("\\s+", " ");
    int kept = 0;
    int total = 0;
    for (Element p : article.select("p")) {
      String text = p.text().strip();
      if (text.length() >= 25) {
        total++;
        boolean found = flat.contains(text);
        kept += found ? 1 : 0;
        if (!found && System.getenv("MORGUE_SHOW_LOST") != null) {
          System.err.println("lost #" + article.attr("id") + ": " + text);
        }
      }
    }
    return new int[] {kept, total};
  }

  private static String ok(boolean ok) {
    return ok ? "ok" : "WRONG";
  }

  private static String abbreviate(String body) {
    String flat = body.replace("\n\n", " ¶ ");
    return flat.length() <= 240
        ? flat
        : flat.substring(0, 160) + " … " + flat.substring(flat.length() - 70);
  }

  private static String text(String s) {
    return org.jsoup.nodes.Entities.escape(s);
  }

  private static String attr(String s) {
    return text(s).replace("\"", "&quot;");
  }

  private static String json(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
