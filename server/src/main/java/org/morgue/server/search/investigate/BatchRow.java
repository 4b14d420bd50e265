package org.morgue.server.search.investigate;

import java.util.List;
import java.util.Objects;

/**
 * One line of a batch search: its summary, or why the line could not be searched. Exactly one of
 * {@code total} and {@code error} is set.
 *
 * @param line the line's 1-based number among the batch's queries
 * @param query the line as given
 * @param matchedAs names mode: the entity type the line was found as, or {@code text} when it was searched as
 *     a phrase; null in query mode
 * @param searchUrl the page URL of the line's search (with the batch's filters); null on error
 */
public record BatchRow(
    int line,
    String query,
    String matchedAs,
    Long total,
    String first,
    String last,
    List<Outlet> outlets,
    String searchUrl,
    Error error) {

  /** Outlets listed per row. */
  public static final int OUTLETS = 3;

  public BatchRow {
    Objects.requireNonNull(query, "query");
    outlets = List.copyOf(outlets);
  }

  static BatchRow found(
      int line, String query, String matchedAs, SearchSummary summary, String searchUrl) {
    return new BatchRow(
        line,
        query,
        matchedAs,
        summary.total(),
        summary.first(),
        summary.last(),
        summary.outlets(),
        searchUrl,
        null);
  }

  static BatchRow failed(int line, String query, Error error) {
    return new BatchRow(line, query, null, null, null, null, List.of(), null, error);
  }

  /** @param position 0-based character index into the line, null when the error has none */
  public record Error(String code, String message, Integer position) {
    public Error {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(message, "message");
    }
  }
}
