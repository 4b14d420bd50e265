package org.morgue.indexer.html;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.morgue.indexer.story.PubDate;

/**
 * What one web page holds as a story.
 *
 * @param title headline, possibly empty
 * @param body the article's cleaned text, paragraphs separated by one blank line; possibly empty
 * @param published publication date stated by the page, empty when it states none
 * @param source outlet: the site name, else the URL's host; possibly empty
 * @param byline author(s), possibly empty
 * @param url canonical URL, else the URL the page was captured from; possibly empty
 * @param tags the page's own editorial tags ({@code article:tag}, JSON-LD {@code keywords})
 */
public record HtmlArticle(
    String title,
    String body,
    Optional<PubDate> published,
    String source,
    String byline,
    String url,
    List<String> tags) {
  public HtmlArticle {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(byline, "byline");
    Objects.requireNonNull(url, "url");
    tags = List.copyOf(tags);
  }
}
