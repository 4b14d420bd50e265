package org.morgue.server.search;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Result order. Ties are always broken by story id, so pages are stable. */
public enum SortOrder {
  RELEVANCE,
  NEWEST,
  OLDEST;

  /** The name used in the API: {@code relevance}, {@code newest}, {@code oldest}. */
  public String apiName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** @throws InvalidRequestException for any other name */
  public static SortOrder parse(String name) {
    for (SortOrder order : values()) {
      if (order.apiName().equals(name)) {
        return order;
      }
    }
    throw new InvalidRequestException(InvalidRequestException.INVALID_PARAMETER,
        "sort must be one of " + Arrays.stream(values()).map(SortOrder::apiName).collect(Collectors.joining(", "))
            + ", was '" + name + "'");
  }
}
