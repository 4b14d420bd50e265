package org.morgue.server.search;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * A request the caller must fix: a bad parameter or an unparsable query. The HTTP layer answers it
 * with a 400 carrying {@link #code()}, the message and, for queries, the 0-based character position.
 */
public final class InvalidRequestException extends RuntimeException {

  /** A parameter has a bad value (page, size, sort, from, to, q too long…). */
  public static final String INVALID_PARAMETER = "invalid_parameter";
  /** The query text cannot be parsed (syntax, unknown field scope, leading wildcard). */
  public static final String INVALID_QUERY = "invalid_query";
  /** A filter names a facet that does not exist. */
  public static final String UNKNOWN_FACET = "unknown_facet";

  private final String code;
  private final OptionalInt position;

  public InvalidRequestException(String code, String message) {
    this(code, message, OptionalInt.empty());
  }

  public InvalidRequestException(String code, String message, OptionalInt position) {
    super(message);
    this.code = Objects.requireNonNull(code, "code");
    this.position = Objects.requireNonNull(position, "position");
  }

  public String code() {
    return code;
  }

  /** 0-based character index into the query text, when the error has one. */
  public OptionalInt position() {
    return position;
  }
}
