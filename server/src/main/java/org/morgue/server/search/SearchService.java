package org.morgue.server.search;

/**
 * Searches a story archive. Implementations are thread-safe and serve many requests at once; closing
 * releases the index they hold.
 */
public interface SearchService extends AutoCloseable {

  /**
   * Runs a search: hits for the requested page, disjunctive facet counts and the date histogram.
   *
   * @throws InvalidRequestException when the query cannot be parsed or uses an unknown field
   */
  SearchResponse search(SearchRequest request);

  /**
   * Hands every story matching the request to the sink, in the request's order, reading them in
   * batches so memory does not grow with the result set. Page, size and cursor are ignored.
   *
   * @return how many rows were written
   * @throws InvalidRequestException when the query cannot be parsed, before any row is written
   * @throws java.io.UncheckedIOException when the sink fails
   */
  default long export(SearchRequest request, StoryRow.Sink sink) {
    return export(request, Long.MAX_VALUE, sink);
  }

  /**
   * Like {@link #export(SearchRequest, StoryRow.Sink)}, writing at most {@code cap} rows (the first
   * in the request's order); the sink's {@code begin} hears the total and the cap first.
   */
  long export(SearchRequest request, long cap, StoryRow.Sink sink);

  /**
   * The values of one facet over the search's result set, counted as the sidebar counts them (the
   * facet's own filters set aside), keeping those that match the request's text.
   *
   * @throws InvalidRequestException when the query cannot be parsed
   */
  FacetValuesResponse facetValues(SearchRequest search, FacetValuesRequest request);

  /**
   * One story with its full body and entity mentions.
   *
   * @throws StoryNotFoundException when no story has this id
   */
  StoryView story(String id);

  /**
   * Where the query matches in the story's title and body (nothing for an empty query).
   *
   * @throws StoryNotFoundException when no story has this id
   * @throws InvalidRequestException when the query cannot be parsed
   */
  default StoryHits storyHits(String id, String q) {
    return storyHits(id, q, MatchMode.FOLDED);
  }

  /**
   * Where the query matches in the story's title and body, its unscoped clauses matched in the given mode
   * (as the search that found the story matched them).
   *
   * @throws StoryNotFoundException when no story has this id
   * @throws InvalidRequestException when the query cannot be parsed
   */
  StoryHits storyHits(String id, String q, MatchMode mode);

  /**
   * Stories like the given one, by body terms and shared entities, the story itself left out.
   *
   * @throws StoryNotFoundException when no story has this id
   */
  SimilarResponse similar(SimilarRequest request);

  /**
   * Typeahead: canonical entity names (with type and story count) and titles having a word that starts
   * with the prefix, accent- and case-insensitively.
   */
  SuggestResponse suggest(SuggestRequest request);

  /**
   * The copy group of a story: every member with outlet, date and similarity to the lead.
   *
   * @throws StoryNotFoundException when no story has this id
   */
  CopyVersions versions(String id);

  /**
   * A word-level diff between two stories' bodies (usually two versions of one story).
   *
   * @throws StoryNotFoundException when either story does not exist
   */
  WordDiff diff(String id, String other);

  /**
   * An event thread: its stories by date with outlets, its top entities and a timeline.
   *
   * @throws StoryNotFoundException when no story belongs to an event with this id
   */
  EventView event(String id);

  /** Story and date counts, facet sizes and build time of the served index; zeros when nothing is served. */
  IndexStats stats();

  /** Whether an index is being served, and which. */
  Health health();

  @Override
  void close();
}
