package org.morgue.server.search;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The answer to a {@link SearchRequest}. Component names are the JSON names in camel case (the HTTP
 * layer writes them in snake case: {@code took_ms}, {@code title_hl}).
 *
 * @param facets dimension → values, for every facet dimension, in the order of the schema
 * @param nextCursor the {@link Cursor#encode() encoded} cursor of the page after this one; null on the last page,
 *     and null on a partial page, whose hits are not the true top ones, so continuing after them could skip stories
 * @param partial true when the search hit the per-query time limit: hits, total, facets and dates then count
 *     only the stories collected in time
 */
public record SearchResponse(
    QueryEcho query,
    Total total,
    long tookMs,
    List<Hit> hits,
    Map<String, List<FacetValue>> facets,
    Dates dates,
    String nextCursor,
    boolean partial) {

  public SearchResponse {
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(total, "total");
    hits = List.copyOf(hits);
    facets = Collections.unmodifiableMap(new LinkedHashMap<>(facets));
    Objects.requireNonNull(dates, "dates");
  }

  /** A complete (not time-limited) response. */
  public SearchResponse(
      QueryEcho query,
      Total total,
      long tookMs,
      List<Hit> hits,
      Map<String, List<FacetValue>> facets,
      Dates dates,
      String nextCursor) {
    this(query, total, tookMs, hits, facets, dates, nextCursor, false);
  }

  /**
   * The request as it was understood.
   *
   * @param exclude the {@code nf.<facet>} values, folded like {@code filters}
   * @param from the bound as given, null when absent
   * @param cursor the cursor the page continues from, null when none was given
   * @param interval the histogram width as requested ({@code auto} unless given)
   * @param undated {@code include}, {@code exclude} or {@code only}
   * @param parsed the backend's rendering of the parsed query, for debugging a surprising result
   * @param mode the {@link MatchMode#apiName() match mode} of the query's unscoped and title/body clauses
   * @param clauses each word, phrase or pattern of the query as parsed, with the mode it was matched in
   */
  public record QueryEcho(
      String q,
      Map<String, List<String>> filters,
      Map<String, List<String>> exclude,
      String from,
      String to,
      String sort,
      int page,
      int size,
      String cursor,
      String interval,
      String undated,
      String parsed,
      String mode,
      List<Clause> clauses) {
    public QueryEcho {
      Objects.requireNonNull(q, "q");
      filters = Collections.unmodifiableMap(new LinkedHashMap<>(filters));
      exclude = Collections.unmodifiableMap(new LinkedHashMap<>(exclude));
      Objects.requireNonNull(sort, "sort");
      Objects.requireNonNull(parsed, "parsed");
      Objects.requireNonNull(mode, "mode");
      clauses = List.copyOf(clauses);
    }

    public static QueryEcho of(SearchRequest r, String parsed, List<Clause> clauses) {
      return new QueryEcho(
          r.q(),
          r.filters(),
          r.excludes(),
          r.from().map(DateBound::text).orElse(null),
          r.to().map(DateBound::text).orElse(null),
          r.sort().apiName(),
          r.page(),
          r.size(),
          r.cursor().map(Cursor::encode).orElse(null),
          r.interval().apiName(),
          r.undated().apiName(),
          parsed,
          r.mode().apiName(),
          clauses);
    }
  }

  /**
   * One leaf of the parsed query: a word, phrase, pattern or range, in the field scope and mode it searched.
   *
   * @param text the clause as the parser read it: {@code Embassy}, {@code "Kata'ib Hezbollah"~2}, {@code Kata*}
   * @param field the field it was scoped to ({@code title}, {@code person}…), null for the title and body together
   * @param mode {@code exact} or {@code folded}; fields other than the title and body are always folded
   */
  public record Clause(String text, String field, String mode) {
    public Clause {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(mode, "mode");
    }
  }

  /**
   * The model keeps "no outlet" as an empty string; the API says null, as it does for a missing date,
   * so a client tests one thing for "absent".
   */
  public static String absentAsNull(String text) {
    return text == null || text.isEmpty() ? null : text;
  }

  /**
   * @param value the length of the result list: with copies collapsed, stories without copies plus
   *     distinct copy groups among the matches
   * @param exact false when the backend only counted up to a threshold (Lucene always counts exactly)
   * @param stories every matching story, copies included: what facet counts and the date histogram
   *     count, so a page can say why a facet's count and the list's total differ
   */
  public record Total(long value, boolean exact, long stories) {
    /** A total whose list holds every matching story (nothing collapsed). */
    public Total(long value, boolean exact) {
      this(value, exact, value);
    }
  }

  /**
   * One story on the page.
   *
   * @param titleHl the whole title, HTML-escaped, query terms in {@code <mark>}
   * @param published ISO date at its precision ({@code 2019-12-31}, {@code 2019-12}), null when undated
   * @param score relevance score; null when sorted by date
   * @param snippets HTML-escaped passages with {@code <mark>}; the opening of the body for an empty query
   * @param entities {@code person}, {@code org}, {@code place} → display labels
   * @param versions stories in this story's copy group, itself included (1: no copies)
   * @param source the outlet, null when the story names none (as {@code byline} and {@code url})
   * @param event the event thread the story belongs to
   */
  public record Hit(
      String id,
      String title,
      String titleHl,
      String published,
      String source,
      String byline,
      String url,
      Float score,
      List<String> snippets,
      Map<String, List<String>> entities,
      int versions,
      EventRef event) {
    public Hit {
      Objects.requireNonNull(id, "id");
      source = absentAsNull(source);
      byline = absentAsNull(byline);
      url = absentAsNull(url);
      Objects.requireNonNull(event, "event");
      snippets = List.copyOf(snippets);
      entities = Collections.unmodifiableMap(new LinkedHashMap<>(entities));
    }
  }

  /**
   * @param value what to send back as {@code f.<dim>} (the key, for entities)
   * @param label what to show
   * @param selected whether the request filters on it (a selected value is listed even at count 0)
   */
  public record FacetValue(String value, String label, long count, boolean selected) {
    public FacetValue {
      Objects.requireNonNull(value, "value");
      Objects.requireNonNull(label, "label");
    }
  }

  /**
   * The date histogram of the matching stories.
   *
   * @param interval the bucket width used ({@code year}, {@code month}, {@code week}, {@code day}); what
   *     {@code auto} resolved to, {@code month} when nothing is dated
   * @param buckets every bucket from the first to the last dated match, empty ones with count 0
   * @param undated matching stories without a date
   * @param min the earliest publication day of a match ({@code YYYY-MM-DD}), null when none is dated
   * @param max the latest publication day of a match, null when none is dated
   */
  public record Dates(String interval, List<Bucket> buckets, long undated, String min, String max) {

    public Dates {
      Objects.requireNonNull(interval, "interval");
      buckets = List.copyOf(buckets);
    }

    /** No dated match. */
    public static Dates none(long undated) {
      return new Dates(DateInterval.MONTH.apiName(), List.of(), undated, null, null);
    }
  }

  /** @param key {@code YYYY}, {@code YYYY-MM}, or {@code YYYY-MM-DD} (a day, or the Monday of a week) */
  public record Bucket(String key, long count) {}
}
