package dev.atelier.server.http;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Optional;

/**
 * What is wrong with the percent-encoding of a request path, checked as the request line is parsed
 * ({@link PathCheckingHandler}) so that {@link JettyErrors} answers a 400 naming {@code path}
 * instead of Jetty's bare "Bad Request" (before session 20 {@code %00} and {@code %zz} named
 * nothing). Stateless.
 */
final class BadPath {

  private BadPath() {}

  private static final String PREFIX = "the path ";

  /** Whether a problem's detail is one written here. */
  static boolean named(String detail) {
    return detail.startsWith(PREFIX);
  }

  /**
   * Why the raw (still encoded) {@code path} cannot be decoded: a NUL, a {@code %} without two hex
   * digits, or escaped bytes that are not well-formed UTF-8; or why it may not be used once
   * decoded: a dot segment ({@link #dotSegment}). Empty when it decodes to a plain path.
   */
  static Optional<String> reason(String path) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int i = 0;
    while (i < path.length()) {
      char c = path.charAt(i);
      if (c != '%') {
        if (c == 0) {
          return Optional.of("the path holds a NUL character");
        }
        bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
        i++;
        continue;
      }
      if (i + 3 > path.length()) {
        return Optional.of("the path has a '%' not followed by two hex digits");
      }
      String hex = path.substring(i + 1, i + 3);
      if (!HexFormat.isHexDigit(hex.charAt(0)) || !HexFormat.isHexDigit(hex.charAt(1))) {
        return Optional.of("the path has a '%' not followed by two hex digits");
      }
      int b = HexFormat.fromHexDigits(hex);
      if (b == 0) {
        return Optional.of("the path holds %00, an encoded NUL");
      }
      bytes.write(b);
      i += 3;
    }
    String decoded;
    try {
      decoded =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes.toByteArray()))
              .toString();
    } catch (CharacterCodingException e) {
      return Optional.of("the path has escaped bytes that are not UTF-8");
    }
    return dotSegment(decoded)
        ? Optional.of("the path has a '.' or '..' segment (plain or escaped as %2e, %2f, %5c)")
        : Optional.empty();
  }

  /**
   * Whether the decoded {@code path} has a segment {@code .} or {@code ..}, segments split at
   * {@code /} and {@code \} and cut at a {@code ;} parameter. No page, file or route has one; sent
   * raw, Jetty would refuse it as a bare "Bad Request" or resolve it, and escaped ({@code ..%2f})
   * it would reach a route's path parameter (before session 21 {@code GET
   * /api/uploads/..%2f..%2fetc} asked the uploads for {@code ../../etc}).
   */
  static boolean dotSegment(String path) {
    for (String segment : path.split("[/\\\\]", -1)) {
      int parameter = segment.indexOf(';');
      String name = parameter < 0 ? segment : segment.substring(0, parameter);
      if (name.equals(".") || name.equals("..")) {
        return true;
      }
    }
    return false;
  }
}
