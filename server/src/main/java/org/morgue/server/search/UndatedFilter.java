package org.morgue.server.search;

import static org.morgue.server.search.InvalidRequestException.INVALID_PARAMETER;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What to do with stories that have no publication date: keep them, leave them out, or show only them. */
public enum UndatedFilter {
  INCLUDE,
  EXCLUDE,
  ONLY;

  public String apiName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** @throws InvalidRequestException for any other name */
  public static UndatedFilter parse(String name) {
    for (UndatedFilter filter : values()) {
      if (filter.apiName().equals(name)) {
        return filter;
      }
    }
    throw new InvalidRequestException(INVALID_PARAMETER, "undated must be one of "
        + Arrays.stream(values()).map(UndatedFilter::apiName).collect(Collectors.joining(", ")) + ", was '" + name + "'");
  }
}
