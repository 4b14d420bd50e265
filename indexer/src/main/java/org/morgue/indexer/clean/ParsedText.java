package org.morgue.indexer.clean;

import java.util.Objects;
import java.util.Optional;
import org.morgue.indexer.story.PubDate;

/**
 * What the plain-text parser found in one scraped story.
 *
 * @param title the headline, or empty when none could be told apart from the body
 * @param body the cleaned body: paragraphs joined by one blank line
 * @param published the date a dateline stated, or empty (never guessed)
 * @param byline a byline found in the text, or empty
 * @param source an outlet credited in the text, or empty
 */
public record ParsedText(
    String title, String body, Optional<PubDate> published, String byline, String source) {
  public ParsedText {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(byline, "byline");
    Objects.requireNonNull(source, "source");
  }
}
