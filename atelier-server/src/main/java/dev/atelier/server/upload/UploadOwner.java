package dev.atelier.server.upload;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Who owns an upload: the signed-in account ({@code account:<id>}), or an anonymous visitor known
 * by a random cookie ({@code visitor:<SHA-256 of the cookie>}; only the hash is stored). The cookie
 * is sent to {@code /api} (the design and order routes check artwork references against it),
 * HttpOnly, Secure, SameSite=Strict. Thread-safe.
 */
public final class UploadOwner {
  /** The visitor cookie's name. */
  static final String COOKIE = "atelier_uploads";

  private static final String FLAGS =
      "; Path=/api; Max-Age=2592000; HttpOnly; Secure; SameSite=Strict";
  private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");
  private static final SecureRandom RANDOM = new SecureRandom();

  private UploadOwner() {}

  /** The owner of the caller as an account, if signed in. */
  static String account(long accountId) {
    return "account:" + accountId;
  }

  /**
   * Every owner the caller of {@code ctx} speaks for: its account when signed in ({@code accountId}
   * non-null) and its visitor cookie when it sent one (artwork uploaded before signing in stays the
   * caller's).
   */
  public static List<String> callers(
      Context ctx, @dev.atelier.server.http.Nullable Long accountId) {
    List<String> owners = new ArrayList<>(2);
    if (accountId != null) {
      owners.add(account(accountId));
    }
    visitor(ctx).ifPresent(owners::add);
    return owners;
  }

  /** The visitor owner of the caller's cookie, if it sent a well-formed one. */
  static Optional<String> visitor(Context ctx) {
    String token = ctx.cookie(COOKIE);
    return token != null && TOKEN.matcher(token).matches()
        ? Optional.of(visitorOf(token))
        : Optional.empty();
  }

  /** A new visitor cookie set on {@code ctx}; answers its owner. */
  static String newVisitor(Context ctx) {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    ctx.header("Set-Cookie", COOKIE + "=" + token + FLAGS);
    return visitorOf(token);
  }

  private static String visitorOf(String token) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
      return "visitor:" + HexFormat.of().formatHex(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing", e);
    }
  }
}
