package org.morgue.bench.solr;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;

/**
 * Field names of the Solr peer's schema ({@code schema.xml}). They equal Morgue's
 * {@code org.morgue.indexer.index.Schema} names, which this JVM cannot load (that class is built on
 * Lucene 10; this classpath has Solr's Lucene 9.12), and are the keys of the harness's story dump.
 */
final class SolrFields {

  static final String ID = "id";
  static final String TITLE = "title";
  static final String BODY = "body";
  /** Epoch day in the dump; a date point (midnight UTC) in Solr. */
  static final String PUBLISHED = "published";
  static final String PUBLISHED_ISO = "published_iso";
  static final String SOURCE = "source";
  static final List<String> FACETS = List.of("person", "org", "place", "source", "tag");

  private SolrFields() {}

  static Date instant(long epochDay) {
    return Date.from(LocalDate.ofEpochDay(epochDay).atStartOfDay(ZoneOffset.UTC).toInstant());
  }

  /** Solr's date syntax for midnight UTC of a day. */
  static String solrDate(LocalDate day) {
    return day + "T00:00:00Z";
  }
}
