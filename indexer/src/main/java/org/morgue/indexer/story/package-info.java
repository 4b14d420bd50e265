/** The story model: what every reader produces and every later stage consumes, free of Lucene types. */
package org.morgue.indexer.story;
