package org.morgue.indexer.events;

/**
 * The tunables of event clustering.
 *
 * @param threshold average cosine similarity (TF-IDF of words, names and entities) at or above which two
 *     clusters of stories are one event
 * @param windowDays dated stories further apart than this are never compared (an undated story is
 *     compared with every story)
 * @param terms weighted terms kept per story
 */
public record EventParams(double threshold, int windowDays, int terms) {

  /**
   * Chosen before ECB+ was run, on the seeds: five outlets' reports of one event, in their own words,
   * have pairwise cosines of 0.17-0.40 and stay one event up to an average link of 0.15 (at 0.2 they
   * split in two). A read sample of 150 Reuters 2006-2013 pairs put together at 0.1 says the price: of
   * pairs between 0.15 and 0.3 about a third are one event (one outlet writing about one company in
   * different weeks looks alike), above 0.4 about five in six. See docs/events.md.
   */
  public static final double DEFAULT_THRESHOLD = 0.15;
  /**
   * Three days: the same sample joined weekly reports ("mortgage applications", "oil stocks") seven days
   * apart, which are other events; an event's follow-ups come within days.
   */
  public static final int DEFAULT_WINDOW_DAYS = 3;
  /** Forty terms describe a story's event; more only add the words every story shares. */
  public static final int DEFAULT_TERMS = 40;

  public EventParams {
    if (!(threshold > 0 && threshold <= 1)) {
      throw new IllegalArgumentException("event threshold must be in (0, 1], was " + threshold);
    }
    if (windowDays < 0 || terms < 1) {
      throw new IllegalArgumentException(
          "window days must be >= 0 and terms >= 1, were " + windowDays + ", " + terms);
    }
  }

  public static EventParams defaults() {
    return new EventParams(DEFAULT_THRESHOLD, DEFAULT_WINDOW_DAYS, DEFAULT_TERMS);
  }

  public EventParams withThreshold(double newThreshold) {
    return new EventParams(newThreshold, windowDays, terms);
  }
}
