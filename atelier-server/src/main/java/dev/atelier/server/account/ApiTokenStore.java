package dev.atelier.server.account;

import dev.atelier.server.account.AccountJson.NewToken;
import dev.atelier.server.account.AccountJson.TokenView;
import dev.atelier.server.db.Database;
import dev.atelier.server.http.Nullable;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * API tokens for integrations: {@code atl_} and 256 random bits, shown once at creation and stored
 * as their SHA-256. A token acts as its account, with the account's current role. Thread-safe.
 */
public final class ApiTokenStore {

  /** The prefix of every token, so that leaked tokens are easy to recognise. */
  public static final String PREFIX = "atl_";

  private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

  private static final String VIEW =
      "SELECT t.id, t.name, a.email, t.created_at, t.last_used_at, t.revoked_at"
          + " FROM api_token t JOIN account a ON a.id = t.account_id";

  private final Jdbi jdbi;

  /** Tokens in {@code database}. */
  public ApiTokenStore(Database database) {
    this.jdbi = database.jdbi();
  }

  /** Creates a token named {@code name} for account {@code accountId}. */
  public NewToken create(long accountId, String name, Instant now) {
    String token = PREFIX + Secrets.random();
    long id =
        Sql.call(
            jdbi,
            "create a token",
            h ->
                h.createUpdate(
                        "INSERT INTO api_token (account_id, name, token_hash, created_at)"
                            + " VALUES (?, ?, ?, ?)")
                    .bind(0, accountId)
                    .bind(1, name)
                    .bind(2, Secrets.hash(token))
                    .bind(3, Sql.at(now))
                    .executeAndReturnGeneratedKeys("id")
                    .mapTo(Long.class)
                    .one());
    return new NewToken(id, name, token, now.toString());
  }

  /** The account acting through the unrevoked {@code token}; marks the token used. */
  public Optional<Account> find(String token, Instant now) {
    String hash = Secrets.hash(token);
    return Sql.call(
        jdbi,
        "find a token",
        h -> {
          Optional<Account> account =
              h.createQuery(
                      "SELECT a.id, a.email, a.role, a.password_hash, a.created_at"
                          + " FROM api_token t JOIN account a ON a.id = t.account_id"
                          + " WHERE t.token_hash = ? AND t.revoked_at IS NULL")
                  .bind(0, hash)
                  .map(AccountStore::map)
                  .findOne();
          if (account.isPresent()) {
            Sql.update(
                h,
                "UPDATE api_token SET last_used_at = ? WHERE token_hash = ?"
                    + " AND (last_used_at IS NULL OR last_used_at < ?)",
                now,
                hash,
                now.minus(TOUCH_EVERY));
          }
          return account;
        });
  }

  /** The tokens of account {@code accountId}, or of every account when it is null. */
  public List<TokenView> list(@Nullable Long accountId) {
    return Sql.call(
        jdbi,
        "list tokens",
        h -> {
          var q =
              accountId == null
                  ? h.createQuery(VIEW + " ORDER BY t.id")
                  : h.createQuery(VIEW + " WHERE t.account_id = ? ORDER BY t.id")
                      .bind(0, accountId);
          return q.map(ApiTokenStore::view).list();
        });
  }

  private static TokenView view(ResultSet rs, StatementContext ctx) throws SQLException {
    return new TokenView(
        rs.getLong("id"),
        rs.getString("name"),
        rs.getString("email"),
        Sql.requiredInstant(rs, "created_at").toString(),
        text(Sql.instant(rs, "last_used_at")),
        text(Sql.instant(rs, "revoked_at")));
  }

  private static @Nullable String text(@Nullable Instant instant) {
    return instant == null ? null : instant.toString();
  }

  /**
   * Revokes token {@code id} if it belongs to account {@code accountId} (any account's when null);
   * the revoked token, or empty when there is no such token of that account.
   */
  public Optional<TokenView> revoke(long id, @Nullable Long accountId, Instant now) {
    return Sql.transaction(
        jdbi,
        "revoke a token",
        h -> {
          int changed =
              accountId == null
                  ? Sql.update(
                      h,
                      "UPDATE api_token SET revoked_at = COALESCE(revoked_at, ?) WHERE id = ?",
                      now,
                      id)
                  : Sql.update(
                      h,
                      "UPDATE api_token SET revoked_at = COALESCE(revoked_at, ?)"
                          + " WHERE id = ? AND account_id = ?",
                      now,
                      id,
                      accountId);
          if (changed == 0) {
            return Optional.<TokenView>empty();
          }
          return h.createQuery(VIEW + " WHERE t.id = ?")
              .bind(0, id)
              .map(ApiTokenStore::view)
              .findOne();
        });
  }
}
