package dev.atelier.server.order;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A minimal blocking HTTP/1.1 client on one kept-alive connection, for a benchmark whose client
 * shares the cores with the server it measures: it spends a fraction of the JDK client's CPU per
 * request (no asynchronous machinery, no header maps). POST only; reads bodies by Content-Length or
 * chunked. Not thread-safe: one per client thread.
 */
final class BenchHttp implements AutoCloseable {

  /** A response: status and body text. */
  record Response(int status, String body) {}

  private final Socket socket;
  private final OutputStream out;
  private final InputStream in;
  private final String host;

  BenchHttp(String host, int port) throws IOException {
    this.socket = new Socket();
    socket.setTcpNoDelay(true);
    socket.connect(new InetSocketAddress(host, port), 5_000);
    socket.setSoTimeout(30_000);
    this.out = socket.getOutputStream();
    this.in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
    this.host = host + ":" + port;
  }

  /** POSTs {@code body} (JSON) to {@code path} with {@code headers} ("Name: value" lines). */
  Response post(String path, String body, String... headers) throws IOException {
    byte[] content = body.getBytes(StandardCharsets.UTF_8);
    StringBuilder head = new StringBuilder(256);
    head.append("POST ").append(path).append(" HTTP/1.1\r\nHost: ").append(host);
    head.append("\r\nContent-Type: application/json\r\nContent-Length: ").append(content.length);
    for (String h : headers) {
      head.append("\r\n").append(h);
    }
    head.append("\r\n\r\n");
    out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
    out.write(content);
    out.flush();
    String status = line();
    int code = Integer.parseInt(status.substring(9, 12));
    long length = -1;
    boolean chunked = false;
    for (String h = line(); !h.isEmpty(); h = line()) {
      String lower = h.toLowerCase(Locale.ROOT);
      if (lower.startsWith("content-length:")) {
        length = Long.parseLong(h.substring(15).trim());
      } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
        chunked = true;
      }
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(4096);
    if (chunked) {
      for (int size = Integer.parseInt(line().split(";")[0].trim(), 16);
          size > 0;
          size = Integer.parseInt(line().split(";")[0].trim(), 16)) {
        bytes.write(in.readNBytes(size));
        line();
      }
      line(); // the empty line after the last chunk (no trailers)
    } else if (length >= 0) {
      bytes.write(in.readNBytes((int) length));
    } else {
      throw new IOException("a response without Content-Length or chunked body: " + status);
    }
    return new Response(code, bytes.toString(StandardCharsets.UTF_8));
  }

  private String line() throws IOException {
    StringBuilder s = new StringBuilder(64);
    for (int c = in.read(); c != '\n'; c = in.read()) {
      if (c < 0) {
        throw new IOException("connection closed");
      }
      if (c != '\r') {
        s.append((char) c);
      }
    }
    return s.toString();
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
