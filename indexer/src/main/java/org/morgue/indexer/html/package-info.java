/**
 * Saved web pages to stories: the article's text picked out of the page by a readability-style
 * content scorer, and its metadata from Open Graph, article meta tags, JSON-LD and the page's own
 * markup. Used by the HTML reader and by the WARC reader for each captured page.
 */
package org.morgue.indexer.html;
