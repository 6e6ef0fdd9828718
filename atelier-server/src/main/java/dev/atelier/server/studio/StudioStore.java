package dev.atelier.server.studio;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import dev.atelier.server.db.Database;
import dev.atelier.server.designevents.DesignEvent;
import dev.atelier.server.designevents.DesignEventStore;
import dev.atelier.server.http.JsonBodies;
import dev.atelier.server.shared.Choice;
import dev.atelier.server.studio.StudioJson.AuditEntry;
import dev.atelier.server.studio.StudioJson.Pins;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The studio's reads and writes: the catalogue's audit log, and the open orders, saved designs and
 * owned products each product version pins. Thread-safe.
 */
final class StudioStore {

  private static final TypeReference<Map<String, String>> VALUES = new TypeReference<>() {};
  private static final TypeReference<List<Choice>> CHOICES = new TypeReference<>() {};

  /** The order statuses of an open order (not yet in production). */
  static final String OPEN = "placed";

  /** The order statuses of an owned product (made and delivered or on its way). */
  static final List<String> OWNED = List.of("completed", "shipped");

  /** What a version pins: an order or a saved design, with its configuration or decisions. */
  record Pinned(String kind, String id, String version, Map<String, String> values) {}

  private final Jdbi jdbi;
  private final DesignEventStore events;

  StudioStore(Database database) {
    this.jdbi = database.jdbi();
    this.events = new DesignEventStore(database);
  }

  /**
   * The newest {@code limit} refusals of {@code product} since {@code since} with their designs.
   */
  List<DesignEvent> refusalsSince(String product, Instant since, int limit) {
    return events.refusalsSince(product, since, limit);
  }

  /** The audit log of {@code product} (every product when null), newest first, at most 200. */
  List<AuditEntry> auditLog(String product) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT product, version, action, detail, actor, at FROM catalogue_audit"
                        + " WHERE product = :product OR :all ORDER BY id DESC LIMIT 200")
                .bind("product", product == null ? "" : product)
                .bind("all", product == null)
                .map(
                    (rs, ctx) ->
                        new AuditEntry(
                            rs.getString("product"),
                            rs.getString("version"),
                            rs.getString("action"),
                            rs.getString("detail"),
                            rs.getString("actor"),
                            rs.getObject("at", OffsetDateTime.class).toInstant().toString()))
                .list());
  }

  /** Per product + "\n" + version: how many open orders, saved designs and owned products. */
  Map<String, Pins> pins() {
    Map<String, long[]> n = new HashMap<>();
    jdbi.useHandle(
        h -> {
          count(
              h,
              "SELECT product, version, COUNT(*) FROM orders WHERE status IN ('placed',"
                  + " 'in_production') GROUP BY product, version",
              n,
              0);
          count(
              h,
              "SELECT product, version, COUNT(*) FROM saved_designs" + " GROUP BY product, version",
              n,
              1);
          count(
              h,
              "SELECT product, version, COUNT(*) FROM orders WHERE status IN"
                  + " ('completed', 'shipped') GROUP BY product, version",
              n,
              2);
        });
    Map<String, Pins> out = new HashMap<>();
    n.forEach((k, c) -> out.put(k, new Pins(c[0], c[1], c[2])));
    return out;
  }

  private static void count(Handle h, String sql, Map<String, long[]> into, int slot) {
    h.createQuery(sql)
        .map(
            (rs, ctx) -> {
              into.computeIfAbsent(rs.getString(1) + "\n" + rs.getString(2), k -> new long[3])[
                      slot] =
                  rs.getLong(3);
              return 0;
            })
        .list();
  }

  /**
   * Everything of {@code product} a new version could break: open orders, owned products (with
   * their adjustments) and saved designs, on any version.
   */
  List<Pinned> pinned(String product) {
    return jdbi.withHandle(
        h -> {
          List<Pinned> out = new ArrayList<>();
          h.createQuery(
                  "SELECT id, version, status, configuration FROM orders WHERE product = :p"
                      + " AND status IN ('placed', 'completed', 'shipped') ORDER BY id")
              .bind("p", product)
              .map(
                  (rs, ctx) ->
                      new Pinned(
                          OPEN.equals(rs.getString("status")) ? "order" : "owned",
                          Long.toString(rs.getLong("id")),
                          rs.getString("version"),
                          parse(rs.getString("configuration"), VALUES)))
              .forEach(out::add);
          List<Pinned> adjusted = new ArrayList<>();
          for (Pinned p : out) {
            adjusted.add(p.kind().equals("owned") ? adjust(h, p) : p);
          }
          h.createQuery(
                  "SELECT id, version, decisions FROM saved_designs WHERE product = :p ORDER BY"
                      + " saved_at")
              .bind("p", product)
              .map(
                  (rs, ctx) -> {
                    Map<String, String> values = new LinkedHashMap<>();
                    parse(rs.getString("decisions"), CHOICES)
                        .forEach(c -> values.put(c.attribute(), c.value()));
                    return new Pinned(
                        "design", rs.getString("id"), rs.getString("version"), values);
                  })
              .forEach(adjusted::add);
          return adjusted;
        });
  }

  private static Pinned adjust(Handle h, Pinned owned) {
    Map<String, String> values = new LinkedHashMap<>(owned.values());
    h.createQuery(
            "SELECT attribute, new_value FROM owned_adjustments WHERE order_id = :id ORDER BY id")
        .bind("id", Long.parseLong(owned.id()))
        .map(
            (rs, ctx) -> {
              values.put(rs.getString("attribute"), rs.getString("new_value"));
              return 0;
            })
        .list();
    return new Pinned(owned.kind(), owned.id(), owned.version(), values);
  }

  /** The configurations of {@code product} ordered most (by quantity), at most {@code limit}. */
  List<Ordered> mostOrdered(String product, int limit) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT configuration, SUM(quantity) AS n FROM orders WHERE product = :p"
                        + " GROUP BY configuration ORDER BY n DESC, configuration LIMIT :limit")
                .bind("p", product)
                .bind("limit", limit)
                .map(
                    (rs, ctx) ->
                        new Ordered(parse(rs.getString("configuration"), VALUES), rs.getLong("n")))
                .list());
  }

  /** A configuration and how many were ordered. */
  record Ordered(Map<String, String> values, long quantity) {}

  /** The open wishes (not resolved) about {@code product}. */
  List<StudioJson.OpenWish> openWishes(String product) {
    return WishMatch.open(jdbi, product);
  }

  private static <T> T parse(String json, TypeReference<T> type) {
    try {
      return JsonBodies.mapper().readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored JSON does not read: " + e.getOriginalMessage(), e);
    }
  }
}
