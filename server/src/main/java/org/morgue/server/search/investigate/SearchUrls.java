package org.morgue.server.search.investigate;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.StringJoiner;
import org.morgue.server.search.SearchRequest;
import org.morgue.server.search.UndatedFilter;

/**
 * Page URLs ({@code ?f.person=qais+al+khazali&f.org=…}) for stories an answer counts, encoded as the page's
 * own {@code URLSearchParams} encodes them, so the page can follow them as they are.
 */
public final class SearchUrls {

  private SearchUrls() {}

  /** The stories naming the entity. */
  public static String of(EntityRef entity) {
    return "?" + param("f." + entity.type(), entity.value());
  }

  /**
   * The stories naming both. Filters on one facet are alternatives (OR), so a second name of the same
   * type is asked for as a {@code type:"key"} phrase in the query instead.
   */
  public static String shared(EntityRef a, EntityRef b) {
    StringJoiner params = new StringJoiner("&", "?", "");
    if (a.type().equals(b.type())) {
      params.add(param("q", b.type() + ":\"" + b.value() + "\""));
      params.add(param("f." + a.type(), a.value()));
    } else {
      params.add(param("f." + a.type(), a.value()));
      params.add(param("f." + b.type(), b.value()));
    }
    return params.toString();
  }

  /** The page URL of a search: its text, filters, excludes, dates and undated choice (sort and page left out). */
  public static String of(SearchRequest request) {
    StringJoiner params = new StringJoiner("&", "?", "");
    if (!request.q().isEmpty()) {
      params.add(param("q", request.q()));
    }
    request
        .filters()
        .forEach((dim, values) -> values.forEach(v -> params.add(param("f." + dim, v))));
    request
        .excludes()
        .forEach((dim, values) -> values.forEach(v -> params.add(param("nf." + dim, v))));
    request.from().ifPresent(b -> params.add(param("from", b.text())));
    request.to().ifPresent(b -> params.add(param("to", b.text())));
    if (request.undated() != UndatedFilter.INCLUDE) {
      params.add(param("undated", request.undated().apiName()));
    }
    return params.length() == 1 ? "./" : params.toString();
  }

  private static String param(String name, String value) {
    return URLEncoder.encode(name, StandardCharsets.UTF_8) + "="
        + URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
