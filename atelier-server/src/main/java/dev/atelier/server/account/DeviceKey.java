package dev.atelier.server.account;

import dev.atelier.server.db.Database;
import java.time.Instant;
import java.util.Base64;
import org.jdbi.v3.core.Jdbi;

/**
 * The HMAC key of {@link DeviceCookie device cookies}: 256 random bits kept in the database (table
 * {@code account_secret}), made by whichever node needs it first, so that every node signs and
 * checks the same cookies. Stateless.
 */
final class DeviceKey {

  private static final String NAME = "device-cookie";

  private DeviceKey() {}

  /** The key in {@code database}, made now when there is none. */
  static byte[] load(Database database, Instant now) {
    Jdbi jdbi = database.jdbi();
    String secret =
        Sql.transaction(
            jdbi,
            "read the device cookie key",
            h -> {
              Sql.update(
                  h,
                  "INSERT INTO account_secret (name, secret, created_at) VALUES (?, ?, ?)"
                      + " ON CONFLICT DO NOTHING",
                  NAME,
                  Secrets.random(),
                  now);
              return h.createQuery("SELECT secret FROM account_secret WHERE name = ?")
                  .bind(0, NAME)
                  .mapTo(String.class)
                  .one();
            });
    return Base64.getUrlDecoder().decode(secret);
  }
}
