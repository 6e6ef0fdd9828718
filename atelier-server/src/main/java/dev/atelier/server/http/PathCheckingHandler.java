package dev.atelier.server.http;

import java.nio.ByteBuffer;
import java.util.Optional;
import org.eclipse.jetty.http.ComplianceViolation;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpParser;
import org.eclipse.jetty.http.HttpVersion;

/**
 * Jetty's request handler, refusing a request line whose path is badly percent-encoded ({@link
 * BadPath}) with a 400 that says why; Jetty's own refusal of such a path comes later and says only
 * "Bad Request". Everything else is passed on unchanged. One per connection, like Jetty's.
 */
final class PathCheckingHandler implements HttpParser.RequestHandler {

  private final HttpParser.RequestHandler jetty;

  PathCheckingHandler(HttpParser.RequestHandler jetty) {
    this.jetty = jetty;
  }

  @Override
  public void startRequest(String method, String target, HttpVersion version) {
    Optional<String> bad = BadPath.reason(path(target));
    if (bad.isPresent()) {
      throw new HttpException.RuntimeException(400, bad.get());
    }
    jetty.startRequest(method, target, version);
  }

  /** The path of a request target: origin form ({@code /a?b}) or absolute ({@code http://h/a}). */
  static String path(String target) {
    String path = target;
    int scheme = path.indexOf("://");
    if (scheme > 0 && !path.startsWith("/")) {
      int slash = path.indexOf('/', scheme + 3);
      path = slash < 0 ? "" : path.substring(slash);
    }
    int end = path.length();
    for (char c : new char[] {'?', '#'}) {
      int at = path.indexOf(c);
      if (at >= 0 && at < end) {
        end = at;
      }
    }
    return path.substring(0, end);
  }

  @Override
  public void messageBegin() {
    jetty.messageBegin();
  }

  @Override
  public boolean content(ByteBuffer item) {
    return jetty.content(item);
  }

  @Override
  public boolean headerComplete() {
    return jetty.headerComplete();
  }

  @Override
  public boolean contentComplete() {
    return jetty.contentComplete();
  }

  @Override
  public boolean messageComplete() {
    return jetty.messageComplete();
  }

  @Override
  public void parsedHeader(HttpField field) {
    jetty.parsedHeader(field);
  }

  @Override
  public void parsedTrailer(HttpField field) {
    jetty.parsedTrailer(field);
  }

  @Override
  public void earlyEOF() {
    jetty.earlyEOF();
  }

  @Override
  public void onViolation(ComplianceViolation.Event event) {
    jetty.onViolation(event);
  }

  @Override
  public ComplianceViolation.Listener getComplianceViolationListener() {
    return jetty.getComplianceViolationListener();
  }

  @Override
  public void badMessage(HttpException failure) {
    jetty.badMessage(failure);
  }
}
