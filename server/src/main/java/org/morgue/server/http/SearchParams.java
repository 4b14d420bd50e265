package org.morgue.server.http;

import static org.morgue.server.search.InvalidRequestException.INVALID_PARAMETER;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.morgue.server.search.Cursor;
import org.morgue.server.search.DateBound;
import org.morgue.server.search.DateInterval;
import org.morgue.server.search.FacetValuesRequest;
import org.morgue.server.search.InvalidRequestException;
import org.morgue.server.search.MatchMode;
import org.morgue.server.search.SearchRequest;
import org.morgue.server.search.SortOrder;
import org.morgue.server.search.SuggestRequest;
import org.morgue.server.search.UndatedFilter;

/**
 * Reads the query string of {@code GET /api/search} into a {@link SearchRequest}. Single-valued
 * parameters given twice are an error rather than a silent pick; unknown parameters other than
 * {@code f.*} and {@code nf.*} are ignored (cache busters, tracking), but an unknown facet is an error.
 */
final class SearchParams {

  static final String FILTER_PREFIX = "f.";
  static final String EXCLUDE_PREFIX = "nf.";

  private SearchParams() {}

  static SearchRequest parse(Map<String, List<String>> params) {
    Map<String, List<String>> filters = new LinkedHashMap<>();
    Map<String, List<String>> excludes = new LinkedHashMap<>();
    params.forEach((name, values) -> {
      if (name.startsWith(FILTER_PREFIX)) {
        filters.put(name.substring(FILTER_PREFIX.length()), values);
      } else if (name.startsWith(EXCLUDE_PREFIX)) {
        excludes.put(name.substring(EXCLUDE_PREFIX.length()), values);
      }
    });
    SortOrder sort = single(params, "sort").map(SortOrder::parse).orElse(SortOrder.RELEVANCE);
    return new SearchRequest(
        single(params, "q").orElse(""),
        filters,
        single(params, "from").map(v -> DateBound.parse("from", v)),
        single(params, "to").map(v -> DateBound.parse("to", v)),
        sort,
        single(params, "page").map(v -> number("page", v)).orElse(1),
        single(params, "size").map(v -> number("size", v)).orElse(SearchRequest.DEFAULT_SIZE),
        single(params, "cursor").map(v -> Cursor.decode(v.strip(), sort)),
        excludes,
        single(params, "interval").map(DateInterval::parse).orElse(DateInterval.AUTO),
        single(params, "undated").map(UndatedFilter::parse).orElse(UndatedFilter.INCLUDE),
        single(params, "collapse").map(SearchParams::bool).orElse(true),
        mode(params));
  }

  /** {@code mode=folded|exact} of a search or a story's hits; folded when absent. */
  static MatchMode mode(Map<String, List<String>> params) {
    return single(params, "mode").map(v -> MatchMode.parse(v.strip())).orElse(MatchMode.FOLDED);
  }

  /**
   * Reads {@code contains} and {@code size} of {@code GET /api/facets/{name}}; {@code size} there
   * counts facet values, so the search read by {@link #searchOfFacetValues} leaves it out.
   */
  static FacetValuesRequest facetValues(String facet, Map<String, List<String>> params) {
    return new FacetValuesRequest(
        facet,
        single(params, "contains").orElse(""),
        single(params, "size").map(v -> number("size", v)).orElse(FacetValuesRequest.DEFAULT_SIZE));
  }

  /** The search whose result set a facet value list counts over: every search parameter but {@code size}. */
  static SearchRequest searchOfFacetValues(Map<String, List<String>> params) {
    Map<String, List<String>> search = new LinkedHashMap<>(params);
    search.remove("size");
    return parse(search);
  }

  /** Reads {@code prefix} and {@code size} of {@code GET /api/suggest}. */
  static SuggestRequest suggest(Map<String, List<String>> params) {
    return new SuggestRequest(
        single(params, "prefix").orElse(""),
        single(params, "size").map(v -> number("size", v)).orElse(SuggestRequest.DEFAULT_SIZE));
  }

  static Optional<String> single(Map<String, List<String>> params, String name) {
    List<String> values = params.getOrDefault(name, List.of());
    if (values.size() > 1) {
      throw new InvalidRequestException(
          INVALID_PARAMETER, name + " is given " + values.size() + " times; give it once");
    }
    return values.stream().findFirst();
  }

  /** {@code collapse=true|false}. */
  static boolean bool(String value) {
    return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
      case "true", "1", "yes" -> true;
      case "false", "0", "no" -> false;
      default ->
        throw new org.morgue.server.search.InvalidRequestException(
            INVALID_PARAMETER, "collapse must be true or false, not '" + value + "'");
    };
  }

  static int number(String name, String value) {
    try {
      return Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      throw new InvalidRequestException(
          INVALID_PARAMETER, name + " must be a whole number, was '" + value + "'");
    }
  }
}
