package org.morgue.server.http;

/**
 * A write or batch sent with a content type the route does not take: answered 415. Writes take JSON only,
 * which a form on another site cannot send (a cross-site JSON request needs a CORS preflight we never grant).
 */
final class UnsupportedMediaTypeException extends RuntimeException {

  UnsupportedMediaTypeException(String message) {
    super(message);
  }
}
