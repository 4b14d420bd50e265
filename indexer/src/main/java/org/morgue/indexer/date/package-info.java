/** Parsing publication dates from structured fields and from datelines in free text. */
package org.morgue.indexer.date;
