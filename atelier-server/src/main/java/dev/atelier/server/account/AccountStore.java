package dev.atelier.server.account;

import dev.atelier.server.db.Database;
import dev.atelier.server.http.Nullable;
import dev.atelier.server.http.Role;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;

/** The stored accounts. Thread-safe: every call runs on its own pooled connection. */
public final class AccountStore {

  private static final String COLUMNS = "id, email, role, password_hash, created_at";

  private final Jdbi jdbi;

  /** Accounts in {@code database}. */
  public AccountStore(Database database) {
    this.jdbi = database.jdbi();
  }

  static Account map(ResultSet rs, @Nullable StatementContext ctx) throws SQLException {
    return new Account(
        rs.getLong("id"),
        rs.getString("email"),
        Role.valueOf(rs.getString("role")),
        rs.getString("password_hash"),
        Sql.requiredInstant(rs, "created_at"));
  }

  /**
   * Creates an account with {@code email} (normalized here); empty when one with that email exists.
   */
  public Optional<Account> create(String email, String passwordHash, Role role, Instant now) {
    String normalized = Account.normalize(email);
    return Sql.transaction(
        jdbi,
        "create an account",
        h -> {
          int inserted =
              Sql.update(
                  h,
                  "INSERT INTO account (email, password_hash, role, created_at)"
                      + " VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
                  normalized,
                  passwordHash,
                  role.name(),
                  now);
          if (inserted == 0) {
            return Optional.<Account>empty();
          }
          return find(h, "email", normalized);
        });
  }

  /** The account signing in as {@code email} (normalized here). */
  public Optional<Account> byEmail(String email) {
    return Sql.call(jdbi, "find an account", h -> find(h, "email", Account.normalize(email)));
  }

  /** The account with {@code id}. */
  public Optional<Account> byId(long id) {
    return Sql.call(jdbi, "find an account", h -> find(h, "id", id));
  }

  /** The account whose {@code column} (email or id) is {@code value}. */
  private static Optional<Account> find(Handle h, String column, Object value) {
    return h.createQuery("SELECT " + COLUMNS + " FROM account WHERE " + column + " = ?")
        .bind(0, value)
        .map(AccountStore::map)
        .findOne();
  }

  /** Every account, oldest first. */
  public List<Account> all() {
    return Sql.call(
        jdbi,
        "list accounts",
        h ->
            h.createQuery("SELECT " + COLUMNS + " FROM account ORDER BY id")
                .map(AccountStore::map)
                .list());
  }

  /**
   * At most {@code limit} accounts with an id below {@code before}, newest first, whose e-mail
   * contains {@code search} (case-insensitive: e-mails are stored normalized; {@code %}, {@code _}
   * match themselves). An empty search matches every account.
   */
  public List<Account> page(String search, long before, int limit) {
    String pattern =
        "%"
            + Account.normalize(search).replace("!", "!!").replace("%", "!%").replace("_", "!_")
            + "%";
    return Sql.call(
        jdbi,
        "list accounts",
        h ->
            h.createQuery(
                    "SELECT "
                        + COLUMNS
                        + " FROM account WHERE id < ? AND email LIKE ? ESCAPE '!'"
                        + " ORDER BY id DESC LIMIT ?")
                .bind(0, before)
                .bind(1, pattern)
                .bind(2, limit)
                .map(AccountStore::map)
                .list());
  }

  /** Stores a new password hash for account {@code id}. */
  public void setPasswordHash(long id, String passwordHash) {
    Sql.call(
        jdbi,
        "store a password",
        h -> Sql.update(h, "UPDATE account SET password_hash = ? WHERE id = ?", passwordHash, id));
  }

  /** The outcome of a role change. */
  public enum RoleChange {
    CHANGED,
    NO_SUCH_ACCOUNT,
    LAST_ADMIN
  }

  /**
   * Gives account {@code id} {@code role}, refusing to demote the last admin. A change of role
   * revokes the account's API tokens and ends its sessions in the same transaction: they were given
   * out for the old role (a demoted manager's integration must not keep acting as a customer, nor a
   * promoted customer's token become an admin's); the person signs in again.
   */
  public RoleChange setRole(long id, Role role, Instant now) {
    return Sql.transaction(
        jdbi,
        "change a role",
        h -> {
          Optional<Account> account =
              h.createQuery("SELECT " + COLUMNS + " FROM account WHERE id = ? FOR UPDATE")
                  .bind(0, id)
                  .map(AccountStore::map)
                  .findOne();
          if (account.isEmpty()) {
            return RoleChange.NO_SUCH_ACCOUNT;
          }
          if (account.get().role() == Role.ADMIN && role != Role.ADMIN) {
            int admins =
                h.createQuery("SELECT COUNT(*) FROM account WHERE role = 'ADMIN'")
                    .mapTo(Integer.class)
                    .one();
            if (admins <= 1) {
              return RoleChange.LAST_ADMIN;
            }
          }
          if (account.get().role() != role) {
            Sql.update(h, "UPDATE account SET role = ? WHERE id = ?", role.name(), id);
            Sql.update(
                h,
                "UPDATE api_token SET revoked_at = ? WHERE account_id = ? AND revoked_at IS NULL",
                now,
                id);
            Sql.update(h, "DELETE FROM account_session WHERE account_id = ?", id);
          }
          return RoleChange.CHANGED;
        });
  }
}
