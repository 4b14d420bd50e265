/**
 * The benchmark harness: indexes the shared corpora with Morgue (its launcher, in a child JVM), with a
 * bare Lucene baseline and with embedded Solr (its own JVM, see {@code bench/solr}), then runs one
 * committed query set against Morgue's HTTP API, bare Lucene in-process and Solr, and writes a
 * markdown table of latency percentiles, throughput and the Morgue/Lucene and Morgue/Solr ratios.
 * Heavy work lives in programs, never in unit tests; nothing here asserts a speed.
 */
package org.morgue.bench;
