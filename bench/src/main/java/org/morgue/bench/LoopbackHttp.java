package org.morgue.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A blocking HTTP/1.1 client on one keep-alive connection, used by one thread at a time: what curl, wrk
 * or a browser tab does per request (write the request, read the response), without the
 * {@code java.net.http} client's selector thread and hand-offs between threads, whose cost on two
 * cores would otherwise be counted against the server. It speaks only what Morgue answers: a status
 * line, headers, and a body framed by {@code Content-Length} or chunked; anything else is an error.
 */
final class LoopbackHttp implements AutoCloseable {

  private final InetSocketAddress address;
  private Socket socket;
  private InputStream in;
  private OutputStream out;

  LoopbackHttp(String host, int port) {
    this.address = new InetSocketAddress(host, port);
  }

  /** GETs {@code uri} (its path and query), reconnecting once if the server closed the idle connection. */
  MorgueHttpTarget.Response get(URI uri) throws IOException {
    return send("GET", uri, null, null);
  }

  /**
   * Sends {@code body} with {@code method} (e.g. a search body POSTed to OpenSearch), reconnecting once if the
   * server closed the idle connection.
   */
  MorgueHttpTarget.Response send(String method, URI uri, String contentType, byte[] body)
      throws IOException {
    String target = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    StringBuilder head = new StringBuilder(method)
        .append(' ')
        .append(target)
        .append(" HTTP/1.1\r\nHost: ")
        .append(address.getHostString())
        .append(':')
        .append(address.getPort())
        .append("\r\nAccept: application/json\r\n");
    if (body != null) {
      head.append("Content-Type: ")
          .append(contentType)
          .append("\r\nContent-Length: ")
          .append(body.length)
          .append("\r\n");
    }
    byte[] headBytes = head.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII);
    byte[] request = headBytes;
    if (body != null) {
      request = java.util.Arrays.copyOf(headBytes, headBytes.length + body.length);
      System.arraycopy(body, 0, request, headBytes.length, body.length);
    }
    boolean fresh = socket == null;
    try {
      return exchange(request);
    } catch (IOException e) {
      close();
      if (fresh) {
        throw e;
      }
      return exchange(request);
    }
  }

  private MorgueHttpTarget.Response exchange(byte[] request) throws IOException {
    if (socket == null) {
      socket = new Socket();
      socket.setTcpNoDelay(true);
      socket.connect(address, 5_000);
      socket.setSoTimeout(30_000);
      in = new BufferedInputStream(socket.getInputStream(), 1 << 16);
      out = socket.getOutputStream();
    }
    out.write(request);
    out.flush();
    String status = line();
    if (status.isEmpty()) {
      throw new IOException("connection closed before a status line");
    }
    String[] parts = status.split(" ", 3);
    if (parts.length < 2 || !parts[0].startsWith("HTTP/1.")) {
      throw new IOException("not an HTTP/1.x status line: " + status);
    }
    int code = Integer.parseInt(parts[1]);
    long length = -1;
    boolean chunked = false;
    boolean close = false;
    for (String header = line(); !header.isEmpty(); header = line()) {
      int colon = header.indexOf(':');
      String name = header.substring(0, Math.max(colon, 0)).strip().toLowerCase(Locale.ROOT);
      String value = header.substring(colon + 1).strip().toLowerCase(Locale.ROOT);
      switch (name) {
        case "content-length" -> length = Long.parseLong(value);
        case "transfer-encoding" -> chunked = value.contains("chunked");
        case "connection" -> close = value.contains("close");
        default -> {}
      }
    }
    byte[] body;
    if (chunked) {
      ByteArrayOutputStream all = new ByteArrayOutputStream();
      for (int size = chunkSize(); size > 0; size = chunkSize()) {
        all.write(in.readNBytes(size));
        line();
      }
      for (String trailer = line(); !trailer.isEmpty(); trailer = line()) {
        // trailers are read and dropped
      }
      body = all.toByteArray();
    } else if (length >= 0) {
      body = in.readNBytes((int) length);
      if (body.length != length) {
        throw new IOException("body ended after " + body.length + " of " + length + " bytes");
      }
    } else {
      throw new IOException("response has neither Content-Length nor chunked framing");
    }
    if (close) {
      close();
    }
    return new MorgueHttpTarget.Response(code, body);
  }

  private int chunkSize() throws IOException {
    String size = line();
    int semicolon = size.indexOf(';');
    return Integer.parseInt((semicolon < 0 ? size : size.substring(0, semicolon)).strip(), 16);
  }

  /** One CRLF-terminated line, without its terminator; empty at end of stream. */
  private String line() throws IOException {
    StringBuilder line = new StringBuilder(64);
    for (int b = in.read(); b >= 0; b = in.read()) {
      if (b == '\n') {
        int end = line.length();
        return line.substring(0, end > 0 && line.charAt(end - 1) == '\r' ? end - 1 : end);
      }
      line.append((char) b);
    }
    return line.toString();
  }

  @Override
  public void close() {
    if (socket != null) {
      try {
        socket.close();
      } catch (IOException ignored) {
        // closing a loopback socket that failed: nothing left to release
      }
      socket = null;
    }
  }
}
