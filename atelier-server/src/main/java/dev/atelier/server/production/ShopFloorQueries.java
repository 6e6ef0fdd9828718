package dev.atelier.server.production;

import dev.atelier.server.production.ProductionJson.DayLoad;
import dev.atelier.server.production.ProductionJson.ProductionOrderView;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/**
 * What the staff pages read besides operations: production orders (what to make, for the queue and
 * the dispatch list; their design lines are added by {@link DesignSummary}) and one day's load per
 * work centre. Stateless and thread-safe.
 */
final class ShopFloorQueries {

  private static final String SELECT =
      "SELECT id, order_id, product, version, quantity, configuration, promised_date, status,"
          + " (SELECT o.texts FROM orders o WHERE CAST(o.id AS VARCHAR(64)) = order_id) AS texts"
          + " FROM production_order";

  private ShopFloorQueries() {}

  /** The production orders with the given ids, by id. */
  static Map<String, ProductionOrderView> byIds(Handle h, Collection<String> ids) {
    Map<String, ProductionOrderView> found = new LinkedHashMap<>();
    if (ids.isEmpty()) {
      return found;
    }
    h.createQuery(SELECT + " WHERE id IN (<ids>) ORDER BY id")
        .bindList("ids", List.copyOf(ids))
        .map((rs, ctx) -> read(rs))
        .forEach(p -> found.put(p.id(), p));
    return found;
  }

  /** Up to {@code limit} production orders in {@code status}, oldest first. */
  static List<ProductionOrderView> withStatus(Handle h, String status, int limit) {
    return h.createQuery(SELECT + " WHERE status = :s ORDER BY created_at, id LIMIT :limit")
        .bind("s", status)
        .bind("limit", limit)
        .map((rs, ctx) -> read(rs))
        .list();
  }

  /** Each work centre's capacity and booked minutes on {@code day} (materialized rows only). */
  static Map<String, DayLoad> loadOn(Handle h, LocalDate day) {
    Map<String, DayLoad> load = new HashMap<>();
    h.createQuery(
            "SELECT work_centre, capacity_minutes, booked_minutes FROM work_centre_load"
                + " WHERE work_day = :day")
        .bind("day", day)
        .map(
            (rs, ctx) ->
                Map.entry(
                    rs.getString(1), new DayLoad(day.toString(), rs.getLong(2), rs.getLong(3))))
        .forEach(e -> load.put(e.getKey(), e.getValue()));
    return load;
  }

  private static ProductionOrderView read(ResultSet rs) throws SQLException {
    return new ProductionOrderView(
        rs.getString("id"),
        rs.getString("order_id"),
        rs.getString("product"),
        rs.getString("version"),
        rs.getLong("quantity"),
        OperationQueries.texts(rs.getString("configuration")),
        rs.getString("texts") == null ? Map.of() : OperationQueries.texts(rs.getString("texts")),
        rs.getObject("promised_date", LocalDate.class).toString(),
        rs.getString("status"),
        List.of());
  }
}
