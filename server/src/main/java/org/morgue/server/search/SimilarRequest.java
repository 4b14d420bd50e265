package org.morgue.server.search;

import static org.morgue.server.search.InvalidRequestException.INVALID_PARAMETER;

import java.util.Objects;

/**
 * Stories like a given one.
 *
 * @param id the story to start from
 * @param size how many stories to return, 1 to {@link #MAX_SIZE}
 */
public record SimilarRequest(String id, int size) {

  public static final int DEFAULT_SIZE = 10;
  public static final int MAX_SIZE = 50;

  public SimilarRequest {
    Objects.requireNonNull(id, "id");
    if (size < 1 || size > MAX_SIZE) {
      throw new InvalidRequestException(
          INVALID_PARAMETER, "size must be between 1 and " + MAX_SIZE + ", was " + size);
    }
  }
}
