/**
 * The search API as plain Java: request and response records, typed errors and the
 * {@link org.morgue.server.search.SearchService} interface. No HTTP and no Lucene types appear here, so a
 * later OpenSearch backend can implement the same interface and the HTTP layer and page stay unchanged.
 */
package org.morgue.server.search;
