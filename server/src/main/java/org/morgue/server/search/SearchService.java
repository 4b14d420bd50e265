package org.morgue.server.search;

/**
 * Searches a story archive. Implementations are thread-safe and serve many requests at once; closing
 * releases the index they hold.
 */
public interface SearchService extends AutoCloseable {

  /**
   * Runs a search: hits for the requested page, disjunctive facet counts and the month histogram.
   *
   * @throws InvalidRequestException when the query cannot be parsed or uses an unknown field
   */
  SearchResponse search(SearchRequest request);

  /**
   * One story with its full body and entity mentions.
   *
   * @throws StoryNotFoundException when no story has this id
   */
  StoryView story(String id);

  /** Whether an index is being served, and which. */
  Health health();

  @Override
  void close();
}
