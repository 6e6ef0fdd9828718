package dev.atelier.server.events;

import dev.atelier.server.http.Nullable;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs webhook deliveries so receivers can tell they come from us and are fresh. The header is
 * {@code Atelier-Signature: t=<unix seconds>,v1=<hex>} where the hex is HMAC-SHA256 with the
 * webhook's secret over {@code <t>.<body bytes>}. Receivers recompute it, compare in constant time
 * and reject timestamps outside their tolerance (replays). Stateless and thread-safe.
 */
public final class WebhookSignature {

  /** The header carrying the signature. */
  public static final String HEADER = "Atelier-Signature";

  private static final String ALGORITHM = "HmacSHA256";

  private WebhookSignature() {}

  /** The header value signing {@code body} at {@code timestamp} with {@code secret}. */
  public static String sign(String secret, Instant timestamp, byte[] body) {
    long t = timestamp.getEpochSecond();
    return "t=" + t + ",v1=" + HexFormat.of().formatHex(mac(secret, t, body));
  }

  /**
   * Whether {@code header} is a valid signature of {@code body} with {@code secret}, made within
   * {@code tolerance} of {@code now}.
   */
  public static boolean verify(
      String secret, String header, byte[] body, Instant now, Duration tolerance) {
    Optional<Long> t = Optional.empty();
    byte[] claimed = null;
    for (String part : header == null ? new String[0] : header.split(",")) {
      String p = part.trim();
      if (p.startsWith("t=")) {
        t = parseLong(p.substring(2));
      } else if (p.startsWith("v1=")) {
        claimed = parseHex(p.substring(3));
      }
    }
    if (t.isEmpty() || claimed == null) {
      return false;
    }
    long age = Math.abs(now.getEpochSecond() - t.get());
    return age <= tolerance.toSeconds()
        && MessageDigest.isEqual(claimed, mac(secret, t.get(), body));
  }

  private static byte[] mac(String secret, long t, byte[] body) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM));
      mac.update((t + ".").getBytes(StandardCharsets.US_ASCII));
      return mac.doFinal(body);
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      // Every JDK has HmacSHA256 and accepts any non-empty key.
      throw new IllegalStateException("HMAC-SHA256 unavailable", e);
    }
  }

  private static Optional<Long> parseLong(String s) {
    try {
      return Optional.of(Long.parseLong(s));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static @Nullable byte[] parseHex(String s) {
    try {
      return HexFormat.of().parseHex(s);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
