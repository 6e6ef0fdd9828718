package dev.atelier.server.events;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

/**
 * One HTTP/1.1 POST to a {@link WebhookTargets.Target}: it connects to the address that was checked
 * (never resolving the host again), speaks TLS with the URL's host name verified for https, and
 * reads only the status line. Stateless and thread-safe.
 */
final class PinnedPost {

  private static final int MAX_STATUS_LINE = 1_000;

  private PinnedPost() {}

  /** A request header. */
  record Header(String name, String value) {}

  /**
   * POSTs {@code body} with {@code headers}, each phase bounded by {@code timeout}: the status code
   * answered.
   */
  static int post(WebhookTargets.Target target, List<Header> headers, byte[] body, Duration timeout)
      throws IOException {
    int millis = (int) Math.min(Integer.MAX_VALUE, Math.max(1, timeout.toMillis()));
    String host = target.uri().getHost();
    try (Socket plain = new Socket()) {
      plain.connect(new InetSocketAddress(target.address(), target.port()), millis);
      plain.setSoTimeout(millis);
      Socket socket = plain;
      if (target.https()) {
        String name = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        SSLSocket tls =
            (SSLSocket)
                ((SSLSocketFactory) SSLSocketFactory.getDefault())
                    .createSocket(plain, name, target.port(), true);
        SSLParameters parameters = tls.getSSLParameters();
        parameters.setEndpointIdentificationAlgorithm("HTTPS");
        if (!name.contains(":") && !name.matches("[0-9.]+")) {
          parameters.setServerNames(List.of(new SNIHostName(name)));
        }
        tls.setSSLParameters(parameters);
        tls.startHandshake();
        socket = tls;
      }
      String path = target.uri().getRawPath();
      if (path == null || path.isEmpty()) {
        path = "/";
      }
      if (target.uri().getRawQuery() != null) {
        path += "?" + target.uri().getRawQuery();
      }
      boolean defaultPort = target.uri().getPort() < 0;
      StringBuilder head =
          new StringBuilder("POST ")
              .append(path)
              .append(" HTTP/1.1\r\nHost: ")
              .append(defaultPort ? host : host + ":" + target.port())
              .append("\r\nUser-Agent: Atelier-Webhooks\r\nConnection: close\r\nContent-Length: ")
              .append(body.length)
              .append("\r\n");
      for (Header h : headers) {
        head.append(h.name()).append(": ").append(h.value()).append("\r\n");
      }
      head.append("\r\n");
      OutputStream out = socket.getOutputStream();
      out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
      out.write(body);
      out.flush();
      return status(new BufferedInputStream(socket.getInputStream()));
    }
  }

  private static int status(InputStream in) throws IOException {
    StringBuilder line = new StringBuilder();
    for (int c = in.read(); c != '\n'; c = in.read()) {
      if (c < 0 || line.length() > MAX_STATUS_LINE) {
        throw new IOException("no status line");
      }
      line.append((char) c);
    }
    String[] parts = line.toString().strip().split(" ", 3);
    if (parts.length < 2 || !parts[0].startsWith("HTTP/1.") || !parts[1].matches("[1-5]\\d\\d")) {
      throw new IOException("not an HTTP answer");
    }
    return Integer.parseInt(parts[1]);
  }
}
