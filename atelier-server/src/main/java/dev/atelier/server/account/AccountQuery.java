package dev.atelier.server.account;

import dev.atelier.server.http.Nullable;
import dev.atelier.server.http.Outcome;
import dev.atelier.server.http.Problem;

/**
 * One page of the admin's users list ({@code GET /api/admin/accounts?q=&before=&limit=}): accounts
 * whose e-mail contains {@code search}, with an id below {@code before}, newest first, at most
 * {@code limit}.
 *
 * @param search part of an e-mail ("" for all), at most {@link #MAX_SEARCH} characters
 * @param before the {@code next} of the previous page ({@link Long#MAX_VALUE} for the first)
 * @param limit 1 to {@link #MAX_LIMIT}, {@link #DEFAULT_LIMIT} when not given
 */
public record AccountQuery(String search, long before, int limit) {

  /** The page size when the request names none. */
  public static final int DEFAULT_LIMIT = 50;

  /** The largest page. */
  public static final int MAX_LIMIT = 200;

  /** The longest search (an e-mail is at most 254 characters). */
  public static final int MAX_SEARCH = 254;

  /** The query of the raw parameters (each null when absent), or a 400 naming the bad one. */
  public static Outcome<AccountQuery> parse(String q, String before, String limit) {
    String search = q == null ? "" : q.strip();
    if (search.length() > MAX_SEARCH) {
      return Outcome.rejected(
          Problem.badRequest("q", "'q' must be at most " + MAX_SEARCH + " characters"));
    }
    Long b = number(before, Long.MAX_VALUE);
    if (b == null || b < 1) {
      return Outcome.rejected(Problem.badRequest("before", "'before' must be a positive integer"));
    }
    Long l = number(limit, DEFAULT_LIMIT);
    if (l == null || l < 1 || l > MAX_LIMIT) {
      return Outcome.rejected(Problem.badRequest("limit", "'limit' must be 1 to " + MAX_LIMIT));
    }
    return Outcome.ok(new AccountQuery(search, b, l.intValue()));
  }

  private static @Nullable Long number(String raw, long fallback) {
    if (raw == null || raw.isEmpty()) {
      return fallback;
    }
    try {
      return Long.parseLong(raw);
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
