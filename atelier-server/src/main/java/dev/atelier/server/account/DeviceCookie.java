package dev.atelier.server.account;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The device cookie (OWASP "Slow Down Online Guessing Attacks with Device Cookies"): after a
 * successful sign-in the browser gets {@code v1.<issued>.<nonce>.<mac>}, the MAC an HMAC-SHA256
 * under the server's {@link DeviceKey} over the issue time, a random nonce and the account's key.
 * It names no account, works only for the account it was issued for and only until its lifetime
 * ends; the server stores nothing but failures counted against its id (the SHA-256 of the nonce).
 * HttpOnly, Secure, SameSite=Strict, sent only to {@code /api/session}. Immutable and thread-safe.
 */
final class DeviceCookie {

  /** The cookie's name. */
  static final String NAME = "atelier_device";

  private static final String VERSION = "v1";
  private static final String FLAGS = "; Path=/api/session; HttpOnly; Secure; SameSite=Strict";

  private final byte[] key;
  private final Duration lifetime;

  /** Cookies signed with {@code key}, valid for {@code lifetime}. */
  DeviceCookie(byte[] key, Duration lifetime) {
    this.key = key.clone();
    this.lifetime = lifetime;
  }

  /** A new cookie value for account {@code email} issued at {@code now}. */
  String issue(String email, Instant now) {
    String issued = String.valueOf(now.getEpochSecond());
    String nonce = Secrets.random();
    return VERSION + "." + issued + "." + nonce + "." + mac(issued, nonce, email);
  }

  /**
   * The device id of cookie {@code value} when it is a valid, unexpired cookie of account {@code
   * email} at {@code now}; empty otherwise (absent, malformed, forged, another account's, old).
   */
  Optional<String> verify(String value, String email, Instant now) {
    if (value == null || value.length() > 200) {
      return Optional.empty();
    }
    String[] parts = value.split("\\.", -1);
    if (parts.length != 4 || !parts[0].equals(VERSION)) {
      return Optional.empty();
    }
    long issued;
    try {
      issued = Long.parseLong(parts[1]);
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
    Instant at = Instant.ofEpochSecond(Math.max(0, issued));
    if (at.isAfter(now.plusSeconds(60)) || !at.plus(lifetime).isAfter(now)) {
      return Optional.empty();
    }
    if (!Secrets.same(parts[3], mac(parts[1], parts[2], email))) {
      return Optional.empty();
    }
    return Optional.of(Secrets.hash(parts[2]));
  }

  /** Adds the cookie {@code value} to the response (after any session cookie). */
  void set(Context ctx, String value) {
    ctx.res()
        .addHeader("Set-Cookie", NAME + "=" + value + "; Max-Age=" + lifetime.toSeconds() + FLAGS);
  }

  /** The cookie's value in the request, or null. */
  static String read(Context ctx) {
    return ctx.cookie(NAME);
  }

  private String mac(String issued, String nonce, String email) {
    try {
      Mac hmac = Mac.getInstance("HmacSHA256");
      hmac.init(new SecretKeySpec(key, "HmacSHA256"));
      String signed = VERSION + "|" + issued + "|" + nonce + "|" + LoginLimiter.accountKey(email);
      return Base64.getUrlEncoder()
          .withoutPadding()
          .encodeToString(hmac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("every Java runtime has HmacSHA256", e);
    }
  }
}
