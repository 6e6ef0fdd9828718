package dev.atelier.server.owned;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import dev.atelier.server.db.DatabaseException;
import dev.atelier.server.http.JsonBodies;
import dev.atelier.server.http.Nullable;
import dev.atelier.server.owned.OwnedJson.Adjustment;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** Orders as owned products and their adjustments, in the database. Thread-safe. */
final class OwnedStore {

  private static final TypeReference<Map<String, String>> VALUES = new TypeReference<>() {};

  /** An order as bought: who owns it, which product version, the configuration snapshot. */
  record Bought(
      long order, long accountId, String product, String version, Map<String, String> values) {}

  private final Jdbi jdbi;

  OwnedStore(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  /** The order {@code id} as bought, if it exists. */
  Optional<Bought> bought(long id) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT account_id, product, version, configuration FROM orders WHERE id = :id")
                .bind("id", id)
                .map(
                    (rs, ctx) ->
                        new Bought(
                            id,
                            rs.getLong("account_id"),
                            rs.getString("product"),
                            rs.getString("version"),
                            parse(rs.getString("configuration"))))
                .findOne());
  }

  /** The adjustments of order {@code id}, oldest first. */
  List<Adjustment> history(long id) {
    return jdbi.withHandle(h -> history(h, id));
  }

  private static List<Adjustment> history(Handle h, long id) {
    return h.createQuery(
            "SELECT attribute, old_value, new_value, adjusted_at FROM owned_adjustments"
                + " WHERE order_id = :id ORDER BY id")
        .bind("id", id)
        .map(
            (rs, ctx) ->
                new Adjustment(
                    rs.getString("attribute"),
                    rs.getString("old_value"),
                    rs.getString("new_value"),
                    rs.getObject("adjusted_at", OffsetDateTime.class).toInstant().toString()))
        .list();
  }

  /**
   * Records an adjustment of {@code attribute} from {@code from} to {@code to} unless the current
   * value is no longer {@code from} (a concurrent adjustment): false then.
   */
  boolean adjust(Bought bought, String attribute, @Nullable String from, String to, Instant at) {
    return jdbi.inTransaction(
        h -> {
          // Serialize adjustments of one order: lock its row, then re-read the current value.
          h.createQuery("SELECT id FROM orders WHERE id = :id FOR UPDATE")
              .bind("id", bought.order())
              .mapTo(Long.class)
              .one();
          String current = current(bought, history(h, bought.order())).get(attribute);
          if (!java.util.Objects.equals(current, from)) {
            return false;
          }
          h.createUpdate(
                  "INSERT INTO owned_adjustments (order_id, account_id, attribute, old_value,"
                      + " new_value, adjusted_at) VALUES (:o, :a, :attr, :old, :new, :at)")
              .bind("o", bought.order())
              .bind("a", bought.accountId())
              .bind("attr", attribute)
              .bind("old", from)
              .bind("new", to)
              .bind("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
              .execute();
          return true;
        });
  }

  /** The configuration as the owner has it: as bought, with every adjustment applied. */
  static Map<String, String> current(Bought bought, List<Adjustment> history) {
    Map<String, String> values = new LinkedHashMap<>(bought.values());
    for (Adjustment a : history) {
      if (a.to() == null) {
        values.remove(a.attribute());
      } else {
        values.put(a.attribute(), a.to());
      }
    }
    return values;
  }

  private static Map<String, String> parse(String json) {
    try {
      return JsonBodies.mapper().readValue(json, VALUES);
    } catch (JsonProcessingException e) {
      throw new DatabaseException("an order's configuration snapshot is not JSON", e);
    }
  }
}
