/**
 * The extraction cache: each story's raw tagger output (its mentions) stored under a hash of its
 * cleaned text and the tagger's identity, in an append-only, checksummed file beside the index
 * builds, so a rebuild of unchanged stories never runs the tagger again.
 */
package org.morgue.indexer.cache;
