package dev.atelier.server.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * HTTP/1.1 spoken by hand over a socket, for what a well-behaved client cannot send: slow bodies,
 * huge headers, malformed URIs, requests from another local address (java.net.http cannot choose
 * its own on Java 17). Stateless.
 */
public final class RawHttp {

  private RawHttp() {}

  /** A raw response: status, the header block (lower-cased names) and the body text. */
  public record Response(int status, String headers, String body) {
    /** The value of header {@code name}, or null. */
    public String header(String name) {
      String key = name.toLowerCase(Locale.ROOT) + ":";
      for (String line : headers.split("\r\n")) {
        if (line.toLowerCase(Locale.ROOT).startsWith(key)) {
          return line.substring(key.length()).trim();
        }
      }
      return null;
    }
  }

  /** A socket to 127.0.0.1:{@code port} from the local address {@code from} (null: any). */
  static Socket open(int port, String from) {
    try {
      Socket socket = new Socket();
      if (from != null) {
        socket.bind(new InetSocketAddress(InetAddress.getByName(from), 0));
      }
      socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
      socket.setSoTimeout(30_000);
      return socket;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Sends {@code request} as it is on a new connection and reads the answer to its end. */
  static Response exchange(int port, String request) {
    return exchange(port, null, request);
  }

  /** Sends {@code request} on a new connection from the local address {@code from} (null: any). */
  public static Response exchange(int port, String from, String request) {
    try (Socket socket = open(port, from)) {
      socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
      socket.getOutputStream().flush();
      return read(socket.getInputStream());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A GET of {@code path} closing the connection afterwards. */
  static String get(String path) {
    return "GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n";
  }

  /** A POST of {@code json} (ASCII: requests go out as ISO-8859-1) to {@code path}, then close. */
  public static String post(String path, String json) {
    return "POST "
        + path
        + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: "
        + json.getBytes(StandardCharsets.UTF_8).length
        + "\r\nConnection: close\r\n\r\n"
        + json;
  }

  /** Reads one response (until the connection closes, or the declared length has arrived). */
  static Response read(InputStream in) throws IOException {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    int headerEnd = -1;
    int length = -1;
    while (true) {
      if (headerEnd >= 0 && length >= 0 && all.size() >= headerEnd + 4 + length) {
        break;
      }
      int n = in.read(buffer);
      if (n < 0) {
        break;
      }
      all.write(buffer, 0, n);
      if (headerEnd < 0) {
        String text = all.toString(StandardCharsets.ISO_8859_1);
        headerEnd = text.indexOf("\r\n\r\n");
        if (headerEnd >= 0) {
          Response head = new Response(0, text.substring(0, headerEnd), "");
          String declared = head.header("Content-Length");
          length = declared == null ? -1 : Integer.parseInt(declared);
        }
      }
    }
    String text = all.toString(StandardCharsets.UTF_8);
    if (text.isEmpty()) {
      return new Response(-1, "", "");
    }
    int end = text.indexOf("\r\n\r\n");
    String head = end < 0 ? text : text.substring(0, end);
    String body = end < 0 ? "" : text.substring(end + 4);
    int status = Integer.parseInt(head.substring(9, 12));
    return new Response(status, head, body);
  }
}
