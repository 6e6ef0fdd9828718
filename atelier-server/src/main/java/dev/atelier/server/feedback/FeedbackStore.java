package dev.atelier.server.feedback;

import dev.atelier.server.db.Database;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * The feedback loop's reads: accounts, orders and operations wishes refer to; customers' notices.
 * The month summary reads with {@link SummaryStore}.
 */
final class FeedbackStore {

  private static final String NOTICE =
      "SELECT id, product, wish_text, met_version, met_value, resolved_at FROM wish WHERE"
          + " account_id = :a AND state = 'met'";

  /** An order a wish can concern: its customer and product version. */
  record OrderRef(long id, long accountId, String product, String version) {}

  /** A production operation and the order it belongs to, with its note. */
  record OperationRef(String id, long orderId, String note) {}

  private final Jdbi jdbi;

  FeedbackStore(Database database) {
    this.jdbi = database.jdbi();
  }

  Optional<Long> accountByEmail(String email) {
    return jdbi.withHandle(
        h ->
            h.createQuery("SELECT id FROM account WHERE email = :e")
                .bind("e", email.strip().toLowerCase(Locale.ROOT))
                .mapTo(Long.class)
                .findOne());
  }

  /** Whether {@code product} has a draft {@code version}. */
  boolean isDraft(String product, String version) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                        "SELECT COUNT(*) FROM catalogue_versions WHERE product = :p AND version = :v"
                            + " AND status = 'draft'")
                    .bind("p", product)
                    .bind("v", version)
                    .mapTo(Long.class)
                    .one()
                > 0);
  }

  /** Account {@code account}'s notices: its wishes met and not dismissed, newest first. */
  List<FeedbackJson.Notice> notices(long account, int limit) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    NOTICE
                        + " AND notice_dismissed_at IS NULL ORDER BY resolved_at DESC, id DESC"
                        + " LIMIT :n")
                .bind("a", account)
                .bind("n", limit)
                .map((rs, ctx) -> notice(rs))
                .list());
  }

  /** Account {@code account}'s notice of wish {@code wish}, unless it is another's or dismissed. */
  Optional<FeedbackJson.Notice> notice(long account, long wish) {
    return jdbi.withHandle(
        h ->
            h.createQuery(NOTICE + " AND notice_dismissed_at IS NULL AND id = :id")
                .bind("a", account)
                .bind("id", wish)
                .map((rs, ctx) -> notice(rs))
                .findOne());
  }

  /** Dismisses account {@code account}'s notice of wish {@code wish}; false when it has none. */
  boolean dismiss(long account, long wish, Instant at) {
    return jdbi.withHandle(
            h ->
                h.createUpdate(
                        "UPDATE wish SET notice_dismissed_at = :at WHERE id = :id AND account_id ="
                            + " :a AND state = 'met' AND notice_dismissed_at IS NULL")
                    .bind("at", utc(at))
                    .bind("id", wish)
                    .bind("a", account)
                    .execute())
        == 1;
  }

  private static FeedbackJson.Notice notice(java.sql.ResultSet rs) throws java.sql.SQLException {
    OffsetDateTime at = rs.getObject(6, OffsetDateTime.class);
    return new FeedbackJson.Notice(
        rs.getLong(1),
        rs.getString(2),
        rs.getString(3),
        rs.getString(4),
        rs.getString(5),
        at == null ? "" : at.toInstant().toString());
  }

  Optional<String> emailOf(long account) {
    return jdbi.withHandle(
        h ->
            h.createQuery("SELECT email FROM account WHERE id = :id")
                .bind("id", account)
                .mapTo(String.class)
                .findOne());
  }

  Optional<OrderRef> order(long id) {
    return jdbi.withHandle(
        h ->
            h.createQuery("SELECT id, account_id, product, version FROM orders WHERE id = :id")
                .bind("id", id)
                .map(
                    (rs, ctx) ->
                        new OrderRef(
                            rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4)))
                .findOne());
  }

  Optional<OperationRef> operation(String id) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT o.id, p.order_id, o.note FROM production_operation o JOIN"
                        + " production_order p ON p.id = o.production_order WHERE o.id = :id")
                .bind("id", id)
                .map(
                    (rs, ctx) ->
                        new OperationRef(rs.getString(1), parse(rs.getString(2)), rs.getString(3)))
                .findOne());
  }

  private static long parse(String orderId) {
    try {
      return Long.parseLong(orderId);
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  static OffsetDateTime utc(Instant at) {
    return at.atOffset(ZoneOffset.UTC);
  }
}
