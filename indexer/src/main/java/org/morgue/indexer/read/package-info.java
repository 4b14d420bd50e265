/**
 * Readers per input format (plain text, JSON Lines, CSV, Reuters SGML, HTML pages, NITF, NewsML-G2,
 * WARC), format detection by extension and content, safe XML parsing, transparent gzip and walking
 * input folders. Readers report each story and each skipped input to a
 * {@link org.morgue.indexer.read.StoryListener}; they never throw for bad content.
 */
package org.morgue.indexer.read;
