package org.morgue.server.search.lucene;

import java.time.Duration;

/**
 * The time limit of one search, counted from its creation on the monotonic clock, and whether any
 * part of the search was cut short by it. Read from the search's threads, hence the volatile flag.
 */
final class Deadline {

  private final long deadlineNanos;
  private volatile boolean cut;

  Deadline(Duration limit) {
    this.deadlineNanos = System.nanoTime() + limit.toNanos();
  }

  /** True once the deadline has passed; the caller stops and the search counts as partial. */
  boolean cut() {
    if (System.nanoTime() - deadlineNanos > 0) {
      cut = true;
    }
    return cut;
  }

  /** True when some matching was stopped by the deadline: the result is partial. */
  boolean wasCut() {
    return cut;
  }
}
