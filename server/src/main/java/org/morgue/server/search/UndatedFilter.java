package org.morgue.server.search;

/** What to do with stories that have no publication date: keep them, leave them out, or show only them. */
public enum UndatedFilter {
  INCLUDE,
  EXCLUDE,
  ONLY;

  public String apiName() {
    return ApiNames.of(this);
  }

  /** @throws InvalidRequestException for any other name */
  public static UndatedFilter parse(String name) {
    return ApiNames.parse(UndatedFilter.class, "undated", name);
  }
}
