package dev.atelier.server.order;

import dev.atelier.engine.model.PlainText;
import dev.atelier.server.http.Outcome;
import dev.atelier.server.http.Problem;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The {@code Idempotency-Key} header of a state-changing order request, and the hash that tells a
 * retry (same request) from a reuse of the key (another request). Immutable and thread-safe.
 *
 * @param value 1 to 200 visible ASCII characters
 */
record IdempotencyKey(String value) {

  /** The header's name. */
  static final String HEADER = "Idempotency-Key";

  /** The longest key. */
  static final int MAX_LENGTH = 200;

  /** The key in header value {@code header} (null when absent), or a 400 problem. */
  static Outcome<IdempotencyKey> of(String header) {
    if (header == null || header.isEmpty()) {
      return Outcome.rejected(
          Problem.badRequest(HEADER, "send an Idempotency-Key header (1 to 200 characters)"));
    }
    if (header.length() > MAX_LENGTH) {
      return Outcome.rejected(
          Problem.badRequest(HEADER, "the Idempotency-Key is longer than 200 characters"));
    }
    for (int i = 0; i < header.length(); i++) {
      char c = header.charAt(i);
      if (c < 0x21 || c > 0x7e) {
        return Outcome.rejected(
            Problem.badRequest(
                HEADER, "the Idempotency-Key may hold visible ASCII characters only"));
      }
    }
    return Outcome.ok(new IdempotencyKey(header));
  }

  /**
   * The UTF-8 bytes of the canonical JSON {@code json}, exact for every string: a lone surrogate
   * (refused at the edge, so never expected) is written as its JSON escape {@code \\uXXXX} instead
   * of the {@code ?} the plain encoder would substitute, so no two requests share bytes.
   */
  static byte[] exactBytes(String json) {
    return PlainText.replaceMalformed(json, true).getBytes(StandardCharsets.UTF_8);
  }

  /**
   * The SHA-256 (hex) of a request: what it asks for ({@code "POST /api/orders"}) and its body in
   * canonical form (the parsed request written back), so that formatting does not matter.
   */
  static String hash(String target, Object request) {
    String canonical = target + "\n" + OrderStore.json(request);
    return HexFormat.of().formatHex(sha256().digest(exactBytes(canonical)));
  }

  /**
   * The SHA-256 (hex) of a request's target and its body bytes as sent: equal only for a retry that
   * repeats the request byte for byte, which then needs no parsing to be recognised.
   */
  static String bodyHash(String target, byte[] body) {
    MessageDigest sha = sha256();
    sha.update((target + "\n").getBytes(StandardCharsets.UTF_8));
    return HexFormat.of().formatHex(sha.digest(body));
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
