/**
 * The search API as plain Java: request and response records, typed errors and the
 * {@link org.morgue.server.search.SearchService} interface. No HTTP and no Lucene types appear here, so a
 * later OpenSearch backend can implement the same interface and the HTTP layer and page stay unchanged.
 *
 * <p>The API has its own vocabulary: {@link org.morgue.server.search.Facet} names the facet dimensions,
 * {@link org.morgue.server.search.SortOrder} the orders, {@link org.morgue.server.search.StoryRow#COLUMNS}
 * the export columns, and {@link org.morgue.server.search.Vocabulary} serves them to the page. It never
 * imports the indexer's schema ({@code org.morgue.indexer.index}) or Lucene; each backend maps the API's
 * names to its own fields. The only indexer code it uses is the story model's name folding
 * ({@code NameKeys}, through {@code Facet}), which defines what an entity key is for every backend.
 */
package org.morgue.server.search;
