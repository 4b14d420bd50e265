package org.morgue.indexer.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The headline of a page that states it only in {@code <title>}: the site's name is cut, the headline kept. */
class PageTitleTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      "I Have a Dream | americanrhetoric.com"                     | https://www.americanrhetoric.com/x | I Have a Dream
      "Liberals wailing - Las Vegas Review-Journal"                | https://www.reviewjournal.com/x    | Liberals wailing
      "Ellery Herald | Pier lights fixed after a month"            | https://elleryherald.example/x     | Pier lights fixed after a month
      "GQ Daily | A longer headline than the brand | gq.com.cn"    | https://www.gq.com.cn/x            | "GQ Daily | A longer headline than the brand"
      "Storm – what we know so far | News"                        | https://example.org/x              | Storm – what we know so far
      "Budget 2020: what it means for you"                         | https://example.org/x              | Budget 2020: what it means for you
      "Kucinich: Reclaiming the money power - OpEdNews"           | ''                                 | Kucinich: Reclaiming the money power
      """)
  void titleTagLosesOnlyTheSiteName(String title, String url, String expected) throws IOException {
    String page =
        "<html><head><title>" + title + "</title></head><body><p>Some story text, long enough"
            + " to count as a paragraph of prose.</p></body></html>";
    HtmlArticle article = ArticleExtractor.extract(
        ArticleExtractor.parse(page.getBytes(StandardCharsets.UTF_8), null, url), url);
    assertEquals(expected, article.title());
  }
}
