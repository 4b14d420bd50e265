package org.morgue.server.search;

/** Result order. Ties are always broken by story id, so pages are stable. */
public enum SortOrder {
  RELEVANCE("Relevance"),
  NEWEST("Newest first"),
  OLDEST("Oldest first"),
  /**
   * Relevance blended with recency: each score is multiplied by {@code 0.5 + 0.5 * 2^(-age / 365)}, the
   * age in days counted back from the newest story in the archive (undated stories count as very old).
   * A story a year older than another needs a third more relevance to stay ahead of it, and no story
   * loses more than half its score, so an old story that matches much better still comes first.
   * Declared last: cursors carry the ordinal.
   */
  RELEVANCE_RECENT("Relevance, recent first");

  private final String label;

  SortOrder(String label) {
    this.label = label;
  }

  /** What the page's sort menu calls this order. */
  public String label() {
    return label;
  }

  /** True for the orders by score, whose cursors carry a score rather than a date. */
  public boolean byScore() {
    return this == RELEVANCE || this == RELEVANCE_RECENT;
  }

  /** The name used in the API: {@code relevance}, {@code newest}, {@code oldest}, {@code relevance_recent}. */
  public String apiName() {
    return ApiNames.of(this);
  }

  /** @throws InvalidRequestException for any other name */
  public static SortOrder parse(String name) {
    return ApiNames.parse(SortOrder.class, "sort", name);
  }
}
