package org.morgue.server.search;

import static org.morgue.server.search.InvalidRequestException.INVALID_PARAMETER;

import java.util.Objects;

/**
 * A typeahead request: what has been typed so far, and how many suggestions of each kind to return.
 *
 * @param prefix the text typed; matched accent- and case-insensitively at the start of any word
 * @param size most entity names and most titles returned (each list on its own)
 */
public record SuggestRequest(String prefix, int size) {

  public static final int DEFAULT_SIZE = 8;
  public static final int MAX_SIZE = 20;
  /** Longer than any name or headline worth completing; bounds the work one keystroke can ask for. */
  public static final int MAX_PREFIX_LENGTH = 100;

  public SuggestRequest {
    Objects.requireNonNull(prefix, "prefix");
    if (prefix.isBlank()) {
      throw new InvalidRequestException(
          INVALID_PARAMETER, "prefix is required and must not be blank");
    }
    if (prefix.length() > MAX_PREFIX_LENGTH) {
      throw new InvalidRequestException(
          INVALID_PARAMETER,
          "prefix is " + prefix.length() + " characters long; at most " + MAX_PREFIX_LENGTH
              + " are allowed");
    }
    if (size < 1 || size > MAX_SIZE) {
      throw new InvalidRequestException(
          INVALID_PARAMETER, "size must be between 1 and " + MAX_SIZE + ", was " + size);
    }
  }
}
