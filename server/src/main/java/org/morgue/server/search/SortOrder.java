package org.morgue.server.search;


/** Result order. Ties are always broken by story id, so pages are stable. */
public enum SortOrder {
  RELEVANCE,
  NEWEST,
  OLDEST;

  /** The name used in the API: {@code relevance}, {@code newest}, {@code oldest}. */
  public String apiName() {
    return ApiNames.of(this);
  }

  /** @throws InvalidRequestException for any other name */
  public static SortOrder parse(String name) {
    return ApiNames.parse(SortOrder.class, "sort", name);
  }
}
