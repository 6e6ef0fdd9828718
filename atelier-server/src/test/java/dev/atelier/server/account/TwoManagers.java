package dev.atelier.server.account;

import dev.atelier.server.db.Database;
import dev.atelier.server.http.Role;
import java.time.Instant;

/**
 * Two product managers (pm@x and o@x, created at {@code at}) in a test database, with its account
 * and token stores: the set-up of the token and role-change tests.
 */
record TwoManagers(AccountStore accounts, ApiTokenStore tokens, Account pm, Account other) {

  /** Creates both managers in {@code db}. */
  static TwoManagers in(Database db, Instant at) {
    AccountStore accounts = new AccountStore(db);
    return new TwoManagers(
        accounts,
        new ApiTokenStore(db),
        accounts.create("pm@x", "$argon2id$x", Role.PRODUCT_MANAGER, at).orElseThrow(),
        accounts.create("o@x", "$argon2id$x", Role.PRODUCT_MANAGER, at).orElseThrow());
  }
}
