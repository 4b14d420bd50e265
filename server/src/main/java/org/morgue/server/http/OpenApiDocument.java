package org.morgue.server.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The hand-written OpenAPI 3.1 description of the API, a classpath resource beside this class, served
 * as it is at {@link #PATH}. A test checks real responses of every endpoint against it, so it cannot
 * drift from the code unnoticed.
 */
final class OpenApiDocument {

  static final String PATH = "/api/openapi.json";
  static final String RESOURCE = "openapi.json";
  static final String CONTENT_TYPE = "application/json; charset=utf-8";

  private OpenApiDocument() {}

  /** The document's bytes, read once when the app is created. */
  static byte[] load() {
    try (InputStream in = OpenApiDocument.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(
            "the OpenAPI description " + RESOURCE + " is missing from the classpath");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the OpenAPI description " + RESOURCE, e);
    }
  }
}
