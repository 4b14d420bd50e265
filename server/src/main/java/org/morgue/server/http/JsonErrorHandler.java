package org.morgue.server.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import java.util.Locale;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's own error answers, given before a request reaches Javalin (a {@code ..} or {@code %2e%2e}
 * segment, an encoded NUL, bad UTF-8 in the path, a URI or header too long), in the API's JSON error
 * shape with the security headers, instead of Jetty's HTML page that names the server and echoes the URI.
 */
final class JsonErrorHandler extends ErrorHandler {

  private static final String JSON_UTF8 = "application/json; charset=utf-8";
  private final ObjectMapper json = MorgueApp.objectMapper();

  @Override
  protected void generateResponse(
      Request request,
      Response response,
      int code,
      String message,
      Throwable cause,
      Callback callback) {
    HttpFields.Mutable headers = response.getHeaders();
    headers.put(HttpHeader.CONTENT_TYPE, JSON_UTF8);
    MorgueApp.SECURITY_HEADERS.forEach(headers::put);
    response.write(true, ByteBuffer.wrap(body(code, message)), callback);
  }

  /** HTTP parse failures (414 URI too long, 431 headers too large): no request object exists yet. */
  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    fields.put(HttpHeader.CONTENT_TYPE, JSON_UTF8);
    MorgueApp.SECURITY_HEADERS.forEach(fields::put);
    return ByteBuffer.wrap(body(status, reason));
  }

  private byte[] body(int status, String reason) {
    String message = (reason == null || reason.isBlank() ? HttpStatus.getMessage(status) : reason)
        .toLowerCase(Locale.ROOT);
    if (status == HttpStatus.BAD_REQUEST_400
        && message.equalsIgnoreCase(HttpStatus.getMessage(status))) {
      // Jetty gives no reason for the URIs its compliance rules refuse; these are the ones it
      // refuses.
      message =
          "bad request: the path has a '..' segment, an encoded NUL, separator or dot segment,"
              + " or invalid percent-encoding";
    }
    String code = status == 404 ? ErrorBody.NOT_FOUND : "http_" + status;
    try {
      return json.writeValueAsBytes(ErrorBody.of(code, message, null));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("an error body of two strings is always serialisable", e);
    }
  }
}
