/**
 * Syndicated-copy grouping: near-duplicate stories (re-filed, revised, republished copies of one story)
 * found by MinHash over word shingles of the cleaned body, candidate pairs from locality-sensitive
 * hashing bands, every candidate verified by the exact Jaccard similarity of the two shingle sets, and
 * verified pairs joined into groups with one lead copy each. Nothing here compares every story with
 * every other: the cost is linear in the archive plus the candidate pairs the bands produce.
 */
package org.morgue.indexer.copies;
