package dev.atelier.server.order;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.atelier.engine.model.ProductModel;
import dev.atelier.server.db.Database;
import dev.atelier.server.design.ArtworkRef;
import dev.atelier.server.design.DesignJson.PriceLine;
import dev.atelier.server.http.JsonBodies;
import dev.atelier.server.http.Nullable;
import dev.atelier.server.order.OrderJson.Order;
import dev.atelier.server.order.OrderJson.OrderPrice;
import dev.atelier.server.order.OrderJson.OrderSummary;
import dev.atelier.server.shared.ComponentLabels;
import dev.atelier.server.shared.Design;
import dev.atelier.server.shared.DesignSummary;
import dev.atelier.server.shared.PriceInstances;
import java.io.IOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;

/** Reads orders back: one with its price lines, or a page of summaries. Thread-safe. */
final class OrderQueries {

  private static final TypeReference<Map<String, String>> VALUES = new TypeReference<>() {};
  private static final TypeReference<Map<String, ArtworkRef>> ARTWORK = new TypeReference<>() {};

  // As the delivery route counts them: an order ships when an operation runs at a physical work
  // centre; a service (insurance) has none.
  private static final String PHYSICAL_OPERATIONS =
      "SELECT COUNT(*) FROM production_operation op"
          + " JOIN production_order po ON po.id = op.production_order"
          + " JOIN work_centre w ON w.id = op.work_centre"
          + " WHERE po.order_id = CAST(orders.id AS VARCHAR(64)) AND w.physical";

  /** An order and the account that owns it. */
  record Owned(long accountId, Order order) {}

  private final Database database;
  private final DesignSummary labels;

  OrderQueries(Database database, DesignSummary labels) {
    this.database = database;
    this.labels = labels;
  }

  /** Order {@code id} with its owner, if it exists. */
  Optional<Owned> find(long id) {
    return database.jdbi().withHandle(h -> find(h, id));
  }

  private Optional<Owned> find(Handle h, long id) {
    List<PriceLine> lines =
        h.createQuery(
                "SELECT kind, reference, label, amount FROM order_price_lines WHERE order_id = :o"
                    + " ORDER BY position")
            .bind("o", id)
            .map(
                (rs, ctx) ->
                    new PriceLine(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4)))
            .list();
    return h.createQuery(
            "SELECT account_id, status, quantity, currency, unit_price, total, design, configuration,"
                + " texts, reorder_of, created_at, artwork FROM orders WHERE id = :id")
        .bind("id", id)
        .map((rs, ctx) -> owned(id, rs, lines))
        .findOne();
  }

  /** The lines with their module instances, named in the order's model version when it is there. */
  private List<PriceLine> withInstances(Design design, List<PriceLine> lines) {
    Optional<ProductModel> model = labels.model(design.product(), design.version());
    if (model.isEmpty()) {
      return lines;
    }
    PriceInstances instances = PriceInstances.of(model.get());
    ComponentLabels components = ComponentLabels.of(model.get());
    return lines.stream()
        .map(
            l ->
                instances
                    .line(l.kind(), l.reference(), l.label(), l.amount(), PriceLine::new)
                    .withLabels(components.of(l.kind(), l.reference(), l.label()).orElse(null)))
        .toList();
  }

  private Owned owned(long id, ResultSet rs, List<PriceLine> lines) throws SQLException {
    long reorderOf = rs.getLong("reorder_of");
    Long reorder = rs.wasNull() ? null : reorderOf;
    Design design;
    try {
      design = JsonBodies.mapper().readValue(rs.getString("design"), Design.class);
    } catch (IOException e) {
      throw new UnableToStoreOrder("order " + id + " has an unreadable snapshot", e);
    }
    Map<String, String> configuration = values(rs, "configuration", id);
    Map<String, String> texts = values(rs, "texts", id);
    OrderPrice price =
        new OrderPrice(
            rs.getString("currency"),
            rs.getLong("unit_price"),
            rs.getInt("quantity"),
            rs.getLong("total"),
            withInstances(design, lines));
    return new Owned(
        rs.getLong("account_id"),
        OrderViews.order(
            id,
            rs.getString("status"),
            design,
            configuration,
            texts,
            price,
            reorder,
            rs.getTimestamp("created_at").toInstant(),
            artwork(rs.getString("artwork"), id),
            labels));
  }

  /** The artwork references stored as {@code json} (null: none) of order {@code id}. */
  static Map<String, ArtworkRef> artwork(@Nullable String json, long id) {
    if (json == null) {
      return Map.of();
    }
    try {
      return JsonBodies.mapper().readValue(json, ARTWORK);
    } catch (IOException e) {
      throw new UnableToStoreOrder("order " + id + " has unreadable artwork", e);
    }
  }

  /**
   * Up to {@code limit} orders with ids below {@code before}, newest first: of {@code accountId},
   * or of everybody when it is null.
   */
  List<OrderSummary> page(@Nullable Long accountId, long before, int limit) {
    return database
        .jdbi()
        .withHandle(
            h -> {
              Query q =
                  h.createQuery(
                          "SELECT id, account_id, status, product, version, quantity, currency,"
                              + " total, created_at, configuration, texts, artwork, ("
                              + PHYSICAL_OPERATIONS
                              + ") AS physical FROM orders"
                              + " WHERE id < :before"
                              + (accountId == null ? "" : " AND account_id = :a")
                              + " ORDER BY id DESC LIMIT :limit")
                      .bind("before", before)
                      .bind("limit", limit);
              if (accountId != null) {
                q.bind("a", accountId.longValue());
              }
              return q.map((rs, ctx) -> summary(rs)).list();
            });
  }

  private OrderSummary summary(ResultSet rs) throws SQLException {
    long id = rs.getLong("id");
    String product = rs.getString("product");
    String version = rs.getString("version");
    Map<String, String> configuration = values(rs, "configuration", id);
    return new OrderSummary(
        id,
        rs.getLong("account_id"),
        rs.getString("status"),
        product,
        version,
        rs.getInt("quantity"),
        rs.getString("currency"),
        rs.getLong("total"),
        OrderViews.timestamp(rs.getTimestamp("created_at").toInstant()),
        labels.lines(product, version, configuration, values(rs, "texts", id)),
        configuration,
        rs.getLong("physical") > 0,
        artwork(rs.getString("artwork"), id));
  }

  private static Map<String, String> values(ResultSet rs, String column, long id)
      throws SQLException {
    try {
      return JsonBodies.mapper().readValue(rs.getString(column), VALUES);
    } catch (IOException e) {
      throw new UnableToStoreOrder("order " + id + " has an unreadable " + column, e);
    }
  }
}
