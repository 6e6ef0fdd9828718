package dev.atelier.server.account;

import dev.atelier.server.db.Database;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;

/**
 * Customer profiles: per account, the customer facts shared across products (profile key to value)
 * and, per product, attribute id to value id, each in the order given. Thread-safe.
 */
public final class ProfileStore {

  private final Jdbi jdbi;

  /** Profiles in {@code database}. */
  public ProfileStore(Database database) {
    this.jdbi = database.jdbi();
  }

  /** The profile of account {@code accountId}: product to (attribute to value). */
  public Map<String, Map<String, String>> get(long accountId) {
    return Sql.call(
        jdbi,
        "read a profile",
        h -> {
          Map<String, Map<String, String>> products = new LinkedHashMap<>();
          h.createQuery(
                  "SELECT product, attribute, val FROM profile_value WHERE account_id = ?"
                      + " ORDER BY product, position")
              .bind(0, accountId)
              .map(
                  (rs, ctx) ->
                      products
                          .computeIfAbsent(rs.getString("product"), k -> new LinkedHashMap<>())
                          .put(rs.getString("attribute"), rs.getString("val")))
              .list();
          return products;
        });
  }

  /** Replaces the whole profile of account {@code accountId}. */
  public void replace(long accountId, Map<String, Map<String, String>> products) {
    Sql.transaction(
        jdbi,
        "store a profile",
        h -> {
          Sql.update(h, "DELETE FROM profile_value WHERE account_id = ?", accountId);
          var batch =
              h.prepareBatch(
                  "INSERT INTO profile_value (account_id, product, attribute, val, position)"
                      + " VALUES (?, ?, ?, ?, ?)");
          int rows = 0;
          for (var product : products.entrySet()) {
            int position = 0;
            for (var value : product.getValue().entrySet()) {
              batch
                  .bind(0, accountId)
                  .bind(1, product.getKey())
                  .bind(2, value.getKey())
                  .bind(3, value.getValue())
                  .bind(4, position++)
                  .add();
              rows++;
            }
          }
          if (rows > 0) {
            batch.execute();
          }
          return rows;
        });
  }

  /** The facts of account {@code accountId}: profile key to value, in the order given. */
  public Map<String, String> facts(long accountId) {
    return Sql.call(
        jdbi,
        "read profile facts",
        h -> {
          Map<String, String> facts = new LinkedHashMap<>();
          h.createQuery(
                  "SELECT fact, val FROM customer_fact WHERE account_id = ? ORDER BY position")
              .bind(0, accountId)
              .map((rs, ctx) -> facts.put(rs.getString("fact"), rs.getString("val")))
              .list();
          return facts;
        });
  }

  /** Replaces the facts of account {@code accountId}. */
  public void replaceFacts(long accountId, Map<String, String> facts) {
    Sql.transaction(
        jdbi,
        "store profile facts",
        h -> {
          Sql.update(h, "DELETE FROM customer_fact WHERE account_id = ?", accountId);
          var batch =
              h.prepareBatch(
                  "INSERT INTO customer_fact (account_id, fact, val, position) VALUES (?, ?, ?, ?)");
          int position = 0;
          for (var fact : facts.entrySet()) {
            batch.bind(0, accountId).bind(1, fact.getKey()).bind(2, fact.getValue());
            batch.bind(3, position++).add();
          }
          if (position > 0) {
            batch.execute();
          }
          return position;
        });
  }
}
