package dev.atelier.server.feedback;

import dev.atelier.formats.product.Department;
import dev.atelier.formats.product.Ownership;
import dev.atelier.server.catalogue.Catalogue;
import dev.atelier.server.catalogue.ProductFamily;
import dev.atelier.server.catalogue.ProductVersion;
import dev.atelier.server.db.Database;
import dev.atelier.server.events.EventData;
import dev.atelier.server.events.Outbox;
import dev.atelier.server.studio.ImpactJson.ValueKey;
import dev.atelier.server.studio.ImpactJson.WishMet;
import dev.atelier.server.studio.WishMatch;
import dev.atelier.server.studio.WishesMetListener;
import dev.atelier.server.wishes.DepartmentDirectory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/**
 * Keeps the values a published version adds (for the monthly summary) and, once the version is
 * effective, marks the open wishes they meet as met by it and, in the same transaction, puts a
 * {@code wish.met} event in the outbox for each (for e-mail integration); the customer's notice is
 * the met wish itself ({@code GET /api/notices}). A version published for a later date is
 * remembered ({@code version_start}) and its wishes are met by {@link #sweep()} once the
 * catalogue's clock reaches its date: publishing sweeps, reading notices sweeps, and a server runs
 * a sweep every {@link #INTERVAL}. Sweeps on several nodes meet each wish once. Thread-safe.
 */
public final class WishesMet implements WishesMetListener {

  /** How often a server sweeps for versions that became effective. */
  public static final Duration INTERVAL = Duration.ofSeconds(30);

  private static final System.Logger LOG = System.getLogger(WishesMet.class.getName());

  private final Catalogue catalogue;
  private final Jdbi jdbi;
  private final Clock clock;

  /**
   * Meets wishes in {@code database} with versions of {@code catalogue} at {@code clock}'s time.
   */
  public WishesMet(Catalogue catalogue, Database database, Clock clock) {
    this.catalogue = catalogue;
    this.jdbi = database.jdbi();
    this.clock = clock;
  }

  /** A started background sweep; closing it stops it. */
  public interface Running extends AutoCloseable {
    @Override
    void close();
  }

  /** Sweeps every {@code interval} on a daemon thread (first after one interval). */
  public Running every(Duration interval) {
    ScheduledExecutorService thread =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "atelier-wishes-met");
              t.setDaemon(true);
              return t;
            });
    thread.scheduleWithFixedDelay(
        () -> {
          try {
            sweep();
          } catch (JdbiException | IllegalStateException e) {
            LOG.log(System.Logger.Level.WARNING, "wishes-met sweep failed; retrying", e);
          }
        },
        interval.toMillis(),
        interval.toMillis(),
        TimeUnit.MILLISECONDS);
    return thread::shutdownNow;
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
          if (!publication.added().isEmpty()) {
            h.createUpdate(
                    "INSERT INTO version_start (product, version, effective_from) VALUES (:p, :v,"
                        + " :from)")
                .bind("p", product)
                .bind("v", version)
                .bind("from", FeedbackStore.utc(publication.effectiveFrom()))
                .execute();
          }
        });
    sweep();
  }

  private record Due(long id, String product, String version) {}

  /**
   * Meets the wishes of every remembered version that is effective now (a version whose offer ended
   * before it began meets none); the number of wishes met.
   */
  public int sweep() {
    Instant now = clock.instant();
    List<Due> due =
        jdbi.withHandle(
            h ->
                h.createQuery(
                        "SELECT id, product, version FROM version_start WHERE wishes_met_at IS NULL"
                            + " AND effective_from <= :now ORDER BY effective_from, id")
                    .bind("now", FeedbackStore.utc(now))
                    .map((rs, ctx) -> new Due(rs.getLong(1), rs.getString(2), rs.getString(3)))
                    .list());
    int met = 0;
    for (Due d : due) {
      boolean offered =
          catalogue.family(d.product()).map(ProductFamily::versions).orElse(List.of()).stream()
              .anyMatch(d.version()::equals);
      Optional<ProductVersion> version =
          offered ? catalogue.find(d.product(), d.version()) : Optional.empty();
      if (version.isPresent()) {
        for (WishMet m :
            WishMatch.met(WishMatch.open(jdbi, d.product()), version.get().model(), added(d))) {
          met += meet(m, d, now) ? 1 : 0;
        }
      }
      jdbi.useHandle(
          h ->
              h.createUpdate(
                      "UPDATE version_start SET wishes_met_at = :now WHERE id = :id AND"
                          + " wishes_met_at IS NULL")
                  .bind("now", FeedbackStore.utc(now))
                  .bind("id", d.id())
                  .execute());
    }
    return met;
  }

  private List<ValueKey> added(Due d) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT attribute_id, value_id FROM published_value WHERE product = :p AND"
                        + " version = :v ORDER BY id")
                .bind("p", d.product())
                .bind("v", d.version())
                .map((rs, ctx) -> new ValueKey(rs.getString(1), rs.getString(2)))
                .list());
  }

  /** Marks wish {@code m} met by {@code d}'s version with its event; false when met already. */
  private boolean meet(WishMet m, Due d, Instant now) {
    return jdbi.inTransaction(
        h -> {
          record Who(Long account, String email, Long order) {}
          Optional<Who> who =
              h.createQuery(
                      "SELECT w.account_id, COALESCE(a.email, w.notify_email), w.order_id FROM wish"
                          + " w LEFT JOIN account a ON a.id = w.account_id WHERE w.id = :id AND"
                          + " w.resolved_at IS NULL")
                  .bind("id", m.wish())
                  .map(
                      (rs, ctx) ->
                          new Who(
                              rs.getObject(1, Long.class),
                              rs.getString(2),
                              rs.getObject(3, Long.class)))
                  .findOne();
          if (who.isEmpty() || !markMet(h, m, d.version(), now)) {
            return false;
          }
          Outbox.append(
              h,
              new EventData.WishMet(
                  "wish-" + m.wish(),
                  m.wish(),
                  d.product(),
                  d.version(),
                  m.value(),
                  m.text(),
                  who.get().account(),
                  who.get().email(),
                  who.get().order(),
                  now.toString()),
              now);
          return true;
        });
  }

  /**
   * Sets wish {@code m} met unless it was met meanwhile; the e-mail address an anonymous wisher
   * left is erased (the event carries it to the e-mail integration).
   */
  private static boolean markMet(Handle h, WishMet m, String version, Instant now) {
    return h.createUpdate(
                "UPDATE wish SET state = 'met', resolved_at = :now, resolution = :r, met_version ="
                    + " :v, met_value = :value, notify_email = NULL WHERE id = :id AND"
                    + " resolved_at IS NULL")
            .bind("now", FeedbackStore.utc(now))
            .bind("r", "met by version " + version + " (" + m.value() + ")")
            .bind("v", version)
            .bind("value", m.value())
            .bind("id", m.wish())
            .execute()
        == 1;
  }
}
