package org.morgue.server.http;

import java.io.IOException;

/**
 * A response write failed because the client closed the connection (a download cancelled, a script
 * killed). Not a server fault: the handler stops the work and logs one INFO line, never a stack trace.
 */
final class ClientGoneException extends IOException {

  ClientGoneException(IOException cause) {
    super("the client closed the connection: " + cause.getMessage(), cause);
  }
}
