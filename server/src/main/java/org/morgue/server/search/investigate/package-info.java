/**
 * Investigation over the search API, as plain Java: an entity's profile (timeline, outlets, co-occurring
 * names ranked by count and by lift), the co-occurrence network of a result set, several entities'
 * timelines on one axis, per-query summaries for batch search, and the id lookups saved-search alerts
 * need. No HTTP and no Lucene types appear here, so a second backend can implement
 * {@link org.morgue.server.search.investigate.InvestigationService} beside the search service.
 */
package org.morgue.server.search.investigate;
