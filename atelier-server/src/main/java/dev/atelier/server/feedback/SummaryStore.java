package dev.atelier.server.feedback;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import dev.atelier.server.db.Database;
import dev.atelier.server.http.JsonBodies;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;

/**
 * The reads of a department's month summary: its wishes, the values its products' versions added,
 * the publications and the orders since. Thread-safe.
 */
final class SummaryStore {

  private static final TypeReference<Map<String, String>> VALUES = new TypeReference<>() {};

  /** A wish of a month, for the summary. */
  record MonthWish(String channel, String state, String product, String attribute, String topic) {}

  /** A value a published version added, owned by a department. */
  record AddedValue(String product, String version, String attribute, String value, Instant at) {}

  /** A publication in the audit log. */
  record Published(String product, String version, Instant at, String actor) {}

  /** An order of a product: version, configuration, quantity, total, currency, when. */
  record OrderLine(
      String version,
      Map<String, String> values,
      long quantity,
      long total,
      String currency,
      Instant at) {}

  private final Jdbi jdbi;

  SummaryStore(Database database) {
    this.jdbi = database.jdbi();
  }

  /** The wishes routed to {@code department} in [{@code from}, {@code to}). */
  List<MonthWish> wishes(String department, Instant from, Instant to) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT channel, state, product, attribute, topic FROM wish WHERE department ="
                        + " :d AND created_at >= :from AND created_at < :to ORDER BY id")
                .bind("d", department)
                .bind("from", FeedbackStore.utc(from))
                .bind("to", FeedbackStore.utc(to))
                .map(
                    (rs, ctx) ->
                        new MonthWish(
                            rs.getString(1),
                            rs.getString(2),
                            rs.getString(3),
                            rs.getString(4),
                            rs.getString(5)))
                .list());
  }

  /** The values owned by {@code department} published in [{@code from}, {@code to}). */
  List<AddedValue> added(String department, Instant from, Instant to) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT product, version, attribute_id, value_id, published_at FROM"
                        + " published_value WHERE department = :d AND published_at >= :from AND"
                        + " published_at < :to ORDER BY id")
                .bind("d", department)
                .bind("from", FeedbackStore.utc(from))
                .bind("to", FeedbackStore.utc(to))
                .map(
                    (rs, ctx) ->
                        new AddedValue(
                            rs.getString(1),
                            rs.getString(2),
                            rs.getString(3),
                            rs.getString(4),
                            rs.getObject(5, OffsetDateTime.class).toInstant()))
                .list());
  }

  /** The publications and rollbacks in [{@code from}, {@code to}). */
  List<Published> published(Instant from, Instant to) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT product, version, at, actor FROM catalogue_audit WHERE action IN"
                        + " ('publish', 'rollback') AND at >= :from AND at < :to ORDER BY id")
                .bind("from", FeedbackStore.utc(from))
                .bind("to", FeedbackStore.utc(to))
                .map(
                    (rs, ctx) ->
                        new Published(
                            rs.getString(1),
                            rs.getString(2),
                            rs.getObject(3, OffsetDateTime.class).toInstant(),
                            rs.getString(4)))
                .list());
  }

  /** The orders of {@code product} placed in [{@code from}, {@code to}). */
  List<OrderLine> orders(String product, Instant from, Instant to) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT version, configuration, quantity, total, currency, created_at FROM"
                        + " orders WHERE product = :p AND created_at >= :from AND created_at < :to"
                        + " ORDER BY id")
                .bind("p", product)
                .bind("from", FeedbackStore.utc(from))
                .bind("to", FeedbackStore.utc(to))
                .map(
                    (rs, ctx) ->
                        new OrderLine(
                            rs.getString(1),
                            values(rs.getString(2)),
                            rs.getLong(3),
                            rs.getLong(4),
                            rs.getString(5),
                            rs.getObject(6, OffsetDateTime.class).toInstant()))
                .list());
  }

  private static Map<String, String> values(String json) {
    try {
      return JsonBodies.mapper().readValue(json, VALUES);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("an order's configuration does not read", e);
    }
  }
}
