/**
 * The index: the schema (the one owner of field names, field types, analyzer and facet config), the
 * on-disk layout of builds, the archive-wide entity label table, and the rebuild pipeline.
 */
package org.morgue.indexer.index;
