package org.morgue.server.search.investigate;

import static org.morgue.server.search.InvalidRequestException.INVALID_PARAMETER;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.morgue.indexer.entity.NameKeys;
import org.morgue.server.search.ApiNames;
import org.morgue.server.search.InvalidRequestException;
import org.morgue.server.search.MatchMode;
import org.morgue.server.search.SearchRequest;
import org.morgue.server.search.SuggestResponse;

/**
 * Runs a list of queries (or names) with shared filters, one {@link BatchRow} per line in order. Each line
 * is searched on its own, so a line that cannot be parsed becomes an error row and the rest still run:
 * one unbalanced quote never costs the whole batch.
 *
 * @param base the batch's filters, dates and options; its {@code q} is ignored
 */
public record BatchSearch(SearchRequest base, Mode mode) {

  /** Most lines one batch takes. */
  public static final int MAX_LINES = 10_000;

  /** How a line is read. */
  public enum Mode {
    /** The line is a query in the search syntax. */
    QUERY,
    /** The line is a name: an entity value with that key (the one in most stories), else the phrase in the text. */
    NAMES;

    public String apiName() {
      return ApiNames.of(this);
    }

    public static Mode parse(String value) {
      return ApiNames.parse(Mode.class, "lines", value);
    }
  }

  public BatchSearch {
    Objects.requireNonNull(base, "base");
    Objects.requireNonNull(mode, "mode");
  }

  /** Refuses an empty or oversized batch before any line runs. */
  public static void requireSize(int lines) {
    if (lines == 0) {
      throw new InvalidRequestException(INVALID_PARAMETER, "the batch has no queries");
    }
    if (lines > MAX_LINES) {
      throw new InvalidRequestException(
          INVALID_PARAMETER,
          "the batch has " + lines + " queries; at most " + MAX_LINES + " are searched at once");
    }
  }

  /** The row of line {@code line} (1-based). */
  public BatchRow run(InvestigationService service, int line, String query) {
    try {
      return mode == Mode.QUERY
          ? searched(service, line, query, query, null)
          : named(service, line, query);
    } catch (InvalidRequestException e) {
      return BatchRow.failed(
          line,
          query,
          new BatchRow.Error(
              e.code(), e.getMessage(), e.position().isPresent() ? e.position().getAsInt() : null));
    }
  }

  private BatchRow named(InvestigationService service, int line, String name) {
    String key = NameKeys.fold(name);
    if (key.isEmpty()) {
      throw new InvalidRequestException(
          INVALID_PARAMETER, "the line has no letters or digits to look up as a name");
    }
    List<SuggestResponse.EntityName> names = service.names(key);
    if (!names.isEmpty()) {
      String type = names.get(0).type();
      if (base.filters().get(type).isEmpty()) {
        Map<String, List<String>> filters = new LinkedHashMap<>(base.filters());
        filters.put(type, List.of(key));
        return summarised(service, line, name, type, withQuery("", filters));
      }
      // A filter on that facet already: a second value would widen it (values of one facet are
      // OR'd).
      return searched(service, line, name, type + ":" + phrase(key), type);
    }
    return searched(service, line, name, phrase(name.strip()), "text");
  }

  private BatchRow searched(
      InvestigationService service, int line, String query, String q, String matchedAs) {
    return summarised(service, line, query, matchedAs, withQuery(q, base.filters()));
  }

  private static BatchRow summarised(
      InvestigationService service,
      int line,
      String query,
      String matchedAs,
      SearchRequest request) {
    return BatchRow.found(
        line, query, matchedAs, service.summary(request, BatchRow.OUTLETS), SearchUrls.of(request));
  }

  /** The base search with this query and filters, from its first page; names match folded, as they always have. */
  private SearchRequest withQuery(String q, Map<String, List<String>> filters) {
    return base.toBuilder()
        .q(q)
        .filters(filters)
        .page(1)
        .size(SearchRequest.DEFAULT_SIZE)
        .cursor(Optional.empty())
        .mode(MatchMode.FOLDED)
        .build();
  }

  /** The text as one phrase in the query syntax: quotes and backslashes inside it escaped. */
  static String phrase(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
