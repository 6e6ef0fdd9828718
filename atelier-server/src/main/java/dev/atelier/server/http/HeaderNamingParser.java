package dev.atelier.server.http;

import java.nio.ByteBuffer;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.jetty.http.HttpCompliance;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.http.HttpParser;

/**
 * Jetty's request parser, naming the header a refused character is in: Jetty answers a control
 * character in a header value ({@code Idempotency-Key: k\x7f}) with a 400 "Illegal character
 * CNTL=0x7f" that names no header; this parser reads the name back from the line it failed in, so
 * that {@link JettyErrors} answers a problem naming it. One per connection, like Jetty's.
 */
final class HeaderNamingParser extends HttpParser {

  private static final Pattern NAMED =
      Pattern.compile("^the ([!#$%&'*+.^_`|~0-9A-Za-z-]{1,64}) header ");

  HeaderNamingParser(RequestHandler handler, int maxHeaderBytes, HttpCompliance compliance) {
    super(handler, maxHeaderBytes, compliance);
  }

  @Override
  protected boolean parseFields(ByteBuffer buffer) {
    try {
      return super.parseFields(buffer);
    } catch (HttpException.RuntimeException e) {
      String reason = e.getReason() == null ? "" : e.getReason();
      Optional<String> name =
          reason.startsWith("Illegal character") ? nameOfLine(buffer) : Optional.empty();
      if (name.isEmpty()) {
        throw e;
      }
      throw new HttpException.RuntimeException(
          e.getCode(), "the " + name.get() + " header holds an illegal character (" + reason + ")");
    }
  }

  /** The header a problem's detail written here names ({@code "Idempotency-Key"}), if any. */
  static Optional<String> named(String detail) {
    Matcher m = NAMED.matcher(detail);
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }

  /**
   * The name of the header line the parser stopped in: the bytes from the last line break before
   * the parser's position up to the colon, when they are a header name (the bad character was in
   * the value) and still in the buffer.
   */
  private static Optional<String> nameOfLine(ByteBuffer buffer) {
    int end = Math.min(buffer.position(), buffer.limit()) - 1;
    int start = end;
    while (start > 0 && buffer.get(start - 1) != '\n' && end - start < 1_000) {
      start--;
    }
    StringBuilder name = new StringBuilder();
    for (int i = start; i < end; i++) {
      byte b = buffer.get(i);
      if (b == ':') {
        Optional<String> found = named("the " + name + " header ");
        return found;
      }
      name.append((char) (b & 0xff));
    }
    return Optional.empty();
  }
}
