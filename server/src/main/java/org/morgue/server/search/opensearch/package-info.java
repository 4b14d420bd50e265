/**
 * The search API on an OpenSearch cluster: the same {@link org.morgue.server.search.SearchService} as
 * the embedded Lucene backend, with queries parsed (and validated) by the same
 * {@link org.morgue.server.search.lucene.ArchiveQueryParser} and translated to the query DSL, facets
 * counted by terms aggregations, days rebucketed by {@link org.morgue.server.search.DayBuckets}.
 */
package org.morgue.server.search.opensearch;
