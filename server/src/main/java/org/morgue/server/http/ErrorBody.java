package org.morgue.server.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;

/**
 * The JSON body of every error: {@code {"error":{"code","message","position"?}}}.
 *
 * @param error the error
 */
record ErrorBody(Detail error) {

  static final String NOT_FOUND = "not_found";
  static final String INTERNAL = "internal_error";
  static final String UNAVAILABLE = "unavailable";
  /** A route this server's backend does not offer (the investigation tools on an OpenSearch cluster). */
  static final String NOT_IMPLEMENTED = "not_implemented";

  static final String UNAUTHORIZED = "unauthorized";
  static final String FORBIDDEN = "forbidden";

  static ErrorBody of(String code, String message, Integer position) {
    return new ErrorBody(new Detail(code, message, position));
  }

  /** @param position 0-based character index into {@code q}; omitted when the error has none */
  record Detail(
      String code,
      String message,
      @JsonInclude(JsonInclude.Include.NON_NULL) Integer position) {
    Detail {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(message, "message");
    }
  }
}
