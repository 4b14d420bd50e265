/**
 * The Lucene implementation of the search API: query parsing, drill-sideways facets, the date
 * histogram, highlighting and the searcher lifecycle over the published index build.
 */
package org.morgue.server.search.lucene;
