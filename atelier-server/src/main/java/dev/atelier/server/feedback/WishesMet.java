package dev.atelier.server.feedback;

import dev.atelier.formats.product.Department;
import dev.atelier.formats.product.Ownership;
import dev.atelier.server.db.Database;
import dev.atelier.server.events.EventData;
import dev.atelier.server.events.Outbox;
import dev.atelier.server.studio.ImpactJson.ValueKey;
import dev.atelier.server.studio.ImpactJson.WishMet;
import dev.atelier.server.studio.WishesMetListener;
import dev.atelier.server.wishes.DepartmentDirectory;
import java.time.Clock;
import java.time.Instant;
import org.jdbi.v3.core.Jdbi;

/**
 * Keeps the values a published version adds (for the monthly summary), marks the wishes it meets as
 * met by it and, in the same transaction, puts a {@code wish.met} event in the outbox for each (for
 * e-mail integration); the customer's notice is the met wish itself ({@code GET /api/notices}).
 * Thread-safe.
 */
public final class WishesMet implements WishesMetListener {

  private final Jdbi jdbi;
  private final Clock clock;

  /** Marks wishes in {@code database} at {@code clock}'s time. */
  public WishesMet(Database database, Clock clock) {
    this.jdbi = database.jdbi();
    this.clock = clock;
  }

  @Override
  public void published(Publication publication) {
    Instant now = clock.instant();
    String product = publication.definition().model().id();
    String version = publication.definition().model().version();
    Ownership owners = publication.definition().departments();
    jdbi.useTransaction(
        h -> {
          for (ValueKey k : publication.added()) {
            h.createUpdate(
                    "INSERT INTO published_value (product, version, attribute_id, value_id,"
                        + " department, published_at) VALUES (:p, :v, :a, :value, :d, :at)")
                .bind("p", product)
                .bind("v", version)
                .bind("a", k.attribute())
                .bind("value", k.value())
                .bind(
                    "d",
                    owners
                        .ownerOfAttribute(k.attribute())
                        .map(Department::id)
                        .orElse(DepartmentDirectory.UNASSIGNED))
                .bind("at", FeedbackStore.utc(now))
                .execute();
          }
        });
    for (WishMet m : publication.met()) {
      jdbi.useTransaction(
          h -> {
            int changed =
                h.createUpdate(
                        "UPDATE wish SET state = 'met', resolved_at = :now, resolution = :r,"
                            + " met_version = :v, met_value = :value WHERE id = :id AND"
                            + " resolved_at IS NULL")
                    .bind("now", FeedbackStore.utc(now))
                    .bind("r", "met by version " + version + " (" + m.value() + ")")
                    .bind("v", version)
                    .bind("value", m.value())
                    .bind("id", m.wish())
                    .execute();
            if (changed == 0) {
              return;
            }
            record Who(Long account, String email, Long order) {}
            Who who =
                h.createQuery(
                        "SELECT w.account_id, a.email, w.order_id FROM wish w LEFT JOIN account a"
                            + " ON a.id = w.account_id WHERE w.id = :id")
                    .bind("id", m.wish())
                    .map(
                        (rs, ctx) ->
                            new Who(
                                rs.getObject(1, Long.class),
                                rs.getString(2),
                                rs.getObject(3, Long.class)))
                    .one();
            Outbox.append(
                h,
                new EventData.WishMet(
                    "wish-" + m.wish(),
                    m.wish(),
                    product,
                    version,
                    m.value(),
                    m.text(),
                    who.account(),
                    who.email(),
                    who.order(),
                    now.toString()),
                now);
          });
    }
  }
}
