package org.morgue.server.search;

import static org.morgue.server.search.InvalidRequestException.INVALID_PARAMETER;

import java.util.Objects;

/**
 * A search within the values of one facet, for lists too long for the sidebar.
 *
 * @param facet one of {@link Facet#NAMES}
 * @param contains text the value's label (or key) must contain, accent- and case-insensitively; blank keeps all
 * @param size how many values to return, 1 to {@link #MAX_SIZE}
 */
public record FacetValuesRequest(String facet, String contains, int size) {

  public static final int DEFAULT_SIZE = 50;
  public static final int MAX_SIZE = 1_000;
  public static final int MAX_CONTAINS_LENGTH = 200;

  public FacetValuesRequest {
    Objects.requireNonNull(facet, "facet");
    Facet.parse(facet);
    contains = Objects.requireNonNullElse(contains, "");
    if (contains.length() > MAX_CONTAINS_LENGTH) {
      throw new InvalidRequestException(
          INVALID_PARAMETER,
          "contains is " + contains.length() + " characters long; at most " + MAX_CONTAINS_LENGTH
              + " are allowed");
    }
    if (size < 1 || size > MAX_SIZE) {
      throw new InvalidRequestException(
          INVALID_PARAMETER, "size must be between 1 and " + MAX_SIZE + ", was " + size);
    }
  }

  /** True when the value's label or key contains {@link #contains()}, both folded like entity keys. */
  public boolean matches(String value, String label) {
    String needle = Facet.fold(contains);
    return needle.isEmpty()
        || Facet.fold(label).contains(needle)
        || Facet.fold(value).contains(needle);
  }
}
