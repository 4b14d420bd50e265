package org.morgue.server.search;

import static org.morgue.server.search.InvalidRequestException.INVALID_PARAMETER;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One search, validated: the query text, facet filters, an inclusive date range, the order and the
 * page. Entity filter values are folded to the facet keys here, so {@code Qais Al-Khazali} and
 * {@code qais al khazali} are the same filter.
 *
 * @param q Lucene query syntax; blank means every story
 * @param filters facet dimension → selected values, for every dimension of {@link Facet}
 *     (OR within a dimension, AND across dimensions)
 * @param page 1-based
 * @param cursor continue right after the hit this cursor names (then {@code page} must be 1)
 * @param excludes facet dimension → values no result may have, for every dimension of {@link Facet}
 * @param interval the date histogram's bucket width
 * @param undated whether stories without a date are kept, left out, or the only ones shown
 * @param collapse whether each copy group shows as one hit, its best-ranked matching member
 * @param mode how the query's unscoped and title/body clauses match (its {@code exact:}/{@code folded:} clauses choose their own)
 */
public record SearchRequest(
    String q,
    Map<String, List<String>> filters,
    Optional<DateBound> from,
    Optional<DateBound> to,
    SortOrder sort,
    int page,
    int size,
    Optional<Cursor> cursor,
    Map<String, List<String>> excludes,
    DateInterval interval,
    UndatedFilter undated,
    boolean collapse,
    MatchMode mode) {

  public static final int DEFAULT_SIZE = 10;
  public static final int MAX_SIZE = 100;
  /** Deepest result reachable by paging: deeper pages cost memory and nobody reads them. */
  public static final int MAX_DEPTH = 10_000;

  public static final int MAX_QUERY_LENGTH = 2_000;

  public SearchRequest {
    q = Objects.requireNonNullElse(q, "");
    if (q.length() > MAX_QUERY_LENGTH) {
      throw new InvalidRequestException(
          INVALID_PARAMETER,
          "q is " + q.length() + " characters long; at most " + MAX_QUERY_LENGTH + " are allowed");
    }
    filters = normalise(Objects.requireNonNullElse(filters, Map.of()), "f.");
    excludes = normalise(Objects.requireNonNullElse(excludes, Map.of()), "nf.");
    from = Objects.requireNonNullElse(from, Optional.empty());
    to = Objects.requireNonNullElse(to, Optional.empty());
    if (from.isPresent()
        && to.isPresent()
        && from.get().first().isAfter(to.get().last())) {
      throw new InvalidRequestException(
          INVALID_PARAMETER,
          "from (" + from.get().text() + ") is after to (" + to.get().text() + ")");
    }
    Objects.requireNonNull(sort, "sort");
    if (page < 1) {
      throw new InvalidRequestException(INVALID_PARAMETER, "page must be at least 1, was " + page);
    }
    if (size < 1 || size > MAX_SIZE) {
      throw new InvalidRequestException(
          INVALID_PARAMETER, "size must be between 1 and " + MAX_SIZE + ", was " + size);
    }
    cursor = Objects.requireNonNullElse(cursor, Optional.empty());
    if (cursor.isPresent() && page != 1) {
      throw new InvalidRequestException(
          INVALID_PARAMETER,
          "cursor and page=" + page
              + " cannot be combined; a cursor already says where the page starts");
    }
    if (cursor.isPresent() && cursor.get().sort() != sort) {
      throw new InvalidRequestException(
          INVALID_PARAMETER,
          "cursor was made for sort=" + cursor.get().sort().apiName() + ", not sort="
              + sort.apiName());
    }
    if ((long) page * size > MAX_DEPTH) {
      throw new InvalidRequestException(
          INVALID_PARAMETER,
          "page " + page + " of size " + size + " reaches beyond result " + MAX_DEPTH
              + "; narrow the search instead");
    }
    interval = Objects.requireNonNullElse(interval, DateInterval.AUTO);
    undated = Objects.requireNonNullElse(undated, UndatedFilter.INCLUDE);
    mode = Objects.requireNonNullElse(mode, MatchMode.FOLDED);
    if (undated == UndatedFilter.ONLY && (from.isPresent() || to.isPresent())) {
      // A date range matches dated stories only: the combination could never match anything.
      throw new InvalidRequestException(
          INVALID_PARAMETER,
          "undated=only cannot be combined with from or to, which match dated stories only");
    }
  }

  /** Every story in the given order: what the page shows before anything is typed. */
  public static SearchRequest all(SortOrder sort) {
    return builder().sort(sort).build();
  }

  /** A builder at the defaults: every story, by relevance, page 1 of {@link #DEFAULT_SIZE}. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this search's values, to change some of them. */
  public Builder toBuilder() {
    return new Builder()
        .q(q)
        .filters(filters)
        .from(from)
        .to(to)
        .sort(sort)
        .page(page)
        .size(size)
        .cursor(cursor)
        .excludes(excludes)
        .interval(interval)
        .undated(undated)
        .collapse(collapse)
        .mode(mode);
  }

  /** The same search continuing after the given cursor. */
  public SearchRequest after(Cursor next) {
    return toBuilder().page(1).cursor(Optional.of(next)).build();
  }

  /** The same search in another match mode. */
  public SearchRequest withMode(MatchMode other) {
    return toBuilder().mode(other).build();
  }

  /**
   * Collects a search's values, one setter per component; {@link #build} validates them together, as the
   * record's constructor does. A new feature adds a component and a setter here, not another constructor.
   */
  public static final class Builder {
    private String q = "";
    private Map<String, List<String>> filters = Map.of();
    private Optional<DateBound> from = Optional.empty();
    private Optional<DateBound> to = Optional.empty();
    private SortOrder sort = SortOrder.RELEVANCE;
    private int page = 1;
    private int size = DEFAULT_SIZE;
    private Optional<Cursor> cursor = Optional.empty();
    private Map<String, List<String>> excludes = Map.of();
    private DateInterval interval = DateInterval.AUTO;
    private UndatedFilter undated = UndatedFilter.INCLUDE;
    private boolean collapse = true;
    private MatchMode mode = MatchMode.FOLDED;

    private Builder() {}

    public Builder q(String value) {
      q = value;
      return this;
    }

    public Builder filters(Map<String, List<String>> value) {
      filters = value;
      return this;
    }

    public Builder from(Optional<DateBound> value) {
      from = value;
      return this;
    }

    public Builder to(Optional<DateBound> value) {
      to = value;
      return this;
    }

    public Builder sort(SortOrder value) {
      sort = value;
      return this;
    }

    public Builder page(int value) {
      page = value;
      return this;
    }

    public Builder size(int value) {
      size = value;
      return this;
    }

    public Builder cursor(Optional<Cursor> value) {
      cursor = value;
      return this;
    }

    public Builder excludes(Map<String, List<String>> value) {
      excludes = value;
      return this;
    }

    public Builder interval(DateInterval value) {
      interval = value;
      return this;
    }

    public Builder undated(UndatedFilter value) {
      undated = value;
      return this;
    }

    public Builder collapse(boolean value) {
      collapse = value;
      return this;
    }

    public Builder mode(MatchMode value) {
      mode = value;
      return this;
    }

    /** @throws InvalidRequestException when the values do not make a search (see the record's checks) */
    public SearchRequest build() {
      return new SearchRequest(
          q, filters, from, to, sort, page, size, cursor, excludes, interval, undated, collapse,
          mode);
    }
  }

  /** True when any exclude filter is set. */
  public boolean hasExcludes() {
    return excludes.values().stream().anyMatch(v -> !v.isEmpty());
  }

  /** True when any facet filter is set. */
  public boolean hasFilters() {
    return filters.values().stream().anyMatch(v -> !v.isEmpty());
  }

  /** @param prefix the parameter prefix the values came with, for the error message */
  private static Map<String, List<String>> normalise(
      Map<String, List<String>> given, String prefix) {
    given.keySet().forEach(Facet::parse);
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (Facet facet : Facet.values()) {
      String dim = facet.apiName();
      Set<String> values = new LinkedHashSet<>();
      for (String value : given.getOrDefault(dim, List.of())) {
        String v = facet.key(value);
        if (v.isEmpty()) {
          throw new InvalidRequestException(INVALID_PARAMETER, prefix + dim + " must not be empty");
        }
        values.add(v);
      }
      out.put(dim, List.copyOf(values));
    }
    return Collections.unmodifiableMap(out);
  }
}
