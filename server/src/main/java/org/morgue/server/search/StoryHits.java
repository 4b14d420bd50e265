package org.morgue.server.search;

import java.util.List;
import java.util.Objects;

/**
 * Where a query matches inside one story, for the story view's hit highlighting and next/previous
 * navigation: character ranges in the title and in the body, in text order, found with the same
 * analysis as the search (so {@code embassies} marks {@code embassy}, a phrase marks the phrase).
 *
 * @param q the query as given; empty means no hits
 * @param mode the {@link MatchMode#apiName() match mode} of the query's unscoped clauses
 */
public record StoryHits(
    String id, String q, String mode, List<StoryView.Mention> title, List<StoryView.Mention> body) {

  public StoryHits {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(q, "q");
    Objects.requireNonNull(mode, "mode");
    requireQueryLength(q);
    title = List.copyOf(title);
    body = List.copyOf(body);
  }

  /** The same bound as a search's {@code q}, checked before the query is parsed. */
  public static void requireQueryLength(String q) {
    if (q.length() > SearchRequest.MAX_QUERY_LENGTH) {
      throw new InvalidRequestException(
          InvalidRequestException.INVALID_PARAMETER,
          "q is " + q.length() + " characters long; at most " + SearchRequest.MAX_QUERY_LENGTH
              + " are allowed");
    }
  }
}
