package org.morgue.server.hostile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Sends a request target byte for byte over a socket: HTTP clients normalise {@code ..} segments and
 * re-encode what a hostile client would send as is, so traversal tests cannot use them.
 */
final class RawHttp {

  /** Status, headers (lower-cased names) and body of one response. */
  record Reply(int status, String head, String body) {
    boolean isJson() {
      return head.toLowerCase(Locale.ROOT).contains("content-type: application/json");
    }
  }

  private RawHttp() {}

  static Reply get(int port, String target) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(20_000);
      OutputStream out = socket.getOutputStream();
      out.write(("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
          .getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = socket.getInputStream();
      ByteArrayOutputStream all = new ByteArrayOutputStream();
      in.transferTo(all);
      String text = all.toString(StandardCharsets.UTF_8);
      int split = text.indexOf("\r\n\r\n");
      String head = split < 0 ? text : text.substring(0, split);
      String body = split < 0 ? "" : text.substring(split + 4);
      int status = Integer.parseInt(head.substring(9, 12));
      return new Reply(status, head, body);
    }
  }
}
