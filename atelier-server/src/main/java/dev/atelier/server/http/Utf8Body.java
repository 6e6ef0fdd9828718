package dev.atelier.server.http;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * The check that a text body is UTF-8 (RFC 8259 §8.1 for JSON): no other encoding, declared or
 * detected, and no byte sequence that is not UTF-8, which a lenient decoder would turn into U+FFFD
 * (or Jackson's detection would read as UTF-16 or UTF-32). Stateless.
 */
public final class Utf8Body {

  private Utf8Body() {}

  /**
   * A 400 problem naming {@code body} when {@code body} is not UTF-8: a NUL byte (which only UTF-16
   * or UTF-32 text, never JSON or YAML in UTF-8, holds), a byte order mark of UTF-16 or UTF-32, or
   * a byte sequence that is not well-formed UTF-8 (overlong, a surrogate, truncated).
   */
  public static Optional<Problem> problem(byte[] body) {
    // UTF-16 and UTF-32 JSON, which Jackson would detect and read, has a NUL in its first four
    // bytes; a NUL later (never in JSON) is left to the parser and the text scan to name.
    for (int i = 0; i < Math.min(4, body.length); i++) {
      if (body[i] == 0) {
        return refused("holds a NUL byte at its start: send UTF-8, not UTF-16 or UTF-32");
      }
    }
    boolean ascii = true;
    for (byte b : body) {
      ascii &= b >= 0;
    }
    if (ascii) {
      return Optional.empty();
    }
    CharsetDecoder strict =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      strict.decode(ByteBuffer.wrap(body));
      return Optional.empty();
    } catch (CharacterCodingException e) {
      return refused("is not well-formed UTF-8 (a byte sequence no UTF-8 text holds)");
    }
  }

  /**
   * A 415 problem naming {@code body} when {@code contentType} declares a charset other than UTF-8
   * (none declared is UTF-8).
   */
  public static Optional<Problem> declared(String contentType) {
    for (String parameter : contentType.split(";")) {
      String[] pair = parameter.trim().split("=", 2);
      if (pair.length == 2 && pair[0].trim().equalsIgnoreCase("charset")) {
        String charset = pair[1].trim().replace("\"", "").toLowerCase(Locale.ROOT);
        if (!charset.equals("utf-8") && !charset.equals("utf8")) {
          return Optional.of(
              Problem.of(
                  415,
                  ProblemType.UNSUPPORTED_MEDIA_TYPE,
                  "Unsupported media type",
                  "the body must be UTF-8 (RFC 8259); the Content-Type declares charset="
                      + charset
                          .replaceAll("[^a-z0-9._:-]", "?")
                          .substring(0, Math.min(40, charset.length())),
                  "body"));
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<Problem> refused(String why) {
    return Optional.of(Problem.badRequest("body", "the body " + why));
  }
}
