/**
 * The embedded Solr peer of the benchmark, run by {@code ./bench/run} as its own JVM with its own
 * classpath (Solr 9.10.1 is built on Lucene 9.12 and cannot share one with Morgue's Lucene 10.6).
 * It indexes the harness's story dump and runs the same query set, writing raw latencies to files
 * the harness turns into the same percentiles as for Morgue and bare Lucene.
 */
package org.morgue.bench.solr;
