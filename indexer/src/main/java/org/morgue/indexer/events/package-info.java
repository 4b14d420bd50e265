/**
 * Event threads: stories about the same event (close in time, similar words and names, from any outlet)
 * clustered at index time, each story in exactly one event. A rebuild clusters the whole archive by
 * average-link over a sparse graph of candidate pairs (stories sharing selective terms within a time
 * window); an update puts each new story into the event of its most similar stored stories.
 */
package org.morgue.indexer.events;
