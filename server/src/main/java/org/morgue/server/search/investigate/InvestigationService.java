package org.morgue.server.search.investigate;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.morgue.server.search.SearchRequest;
import org.morgue.server.search.SuggestResponse;

/**
 * The investigation side of a search backend. Implementations are thread-safe; every answer is computed
 * on the build being served when the call starts.
 */
public interface InvestigationService {

  /**
   * One entity across the whole archive: label, variants, story count, dates, outlets and the names it
   * appears with.
   *
   * @throws org.morgue.server.search.StoryNotFoundException when no story names it
   */
  EntityProfile entity(EntityRef entity);

  /**
   * The most frequent names of the search's result set and how often each pair shares a story.
   *
   * @throws org.morgue.server.search.InvalidRequestException when the query cannot be parsed
   */
  Network network(NetworkRequest request);

  /**
   * Story counts of several entities within the search's result set, on the buckets of the search's own
   * date histogram.
   *
   * @throws org.morgue.server.search.InvalidRequestException when the query cannot be parsed
   */
  Timeline timeline(TimelineRequest request);

  /**
   * The total, first and last date and top outlets of a search, without reading any story.
   *
   * @throws org.morgue.server.search.InvalidRequestException when the query cannot be parsed
   */
  SearchSummary summary(SearchRequest request, int outlets);

  /** The person, org and place values whose key is exactly {@code key}, most stories first. */
  List<SuggestResponse.EntityName> names(String key);

  /**
   * Which of the given story ids the search matches.
   *
   * @throws org.morgue.server.search.InvalidRequestException when the query cannot be parsed
   */
  Set<String> matching(SearchRequest request, Collection<String> ids);

  /**
   * Hands every story id of the served build to the sink.
   *
   * @return the build the ids were read from, empty text when nothing is served
   */
  String storyIds(Consumer<String> sink);

  /** The served build, as {@link #storyIds} names it, without reading any story: empty text when nothing is served. */
  String servedBuild();
}
