package org.morgue.indexer.story;

/** How much of a publication date the source actually stated. */
public enum DatePrecision {
  /** Year, month and day are known. */
  DAY,
  /** Only year and month are known; the date is the first of the month. */
  MONTH,
  /** Only the year is known; the date is 1 January. */
  YEAR
}
