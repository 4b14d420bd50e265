package org.morgue.server.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.javalin.http.Context;
import java.util.Locale;

/** Request bodies that must be JSON: the content-type check and Jackson's error in one line. */
final class JsonBodies {

  private JsonBodies() {}

  /** @throws UnsupportedMediaTypeException unless the request says {@code application/json} */
  static void require(Context ctx) {
    String type = ctx.contentType() == null
        ? ""
        : ctx.contentType().split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    if (!type.equals("application/json")) {
      throw new UnsupportedMediaTypeException(
          "send the body as application/json, not '" + type + "'");
    }
  }

  /** Jackson's message without its source excerpt. */
  static String firstLine(Exception e) {
    String message =
        e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
    return String.valueOf(message).lines().findFirst().orElse("");
  }
}
