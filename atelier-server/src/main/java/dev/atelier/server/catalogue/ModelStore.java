package dev.atelier.server.catalogue;

import dev.atelier.server.db.Database;
import dev.atelier.server.http.Nullable;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.statement.Update;

/**
 * The catalogue's tables: products and their model versions (drafts and published). Published
 * versions are never changed again. Every failure to reach the database is an {@link
 * UnableToAccessCatalogue}. Thread-safe.
 */
public final class ModelStore {

  private static final String COLUMNS =
      "v.product, v.version, v.format, v.source, v.digest, v.report, v.status, v.effective_from,"
          + " v.created_by, v.created_at, v.published_by, v.published_at";

  private final Database database;
  private final @Nullable Handle transaction;

  /** The store in {@code database} (migrated). */
  public ModelStore(Database database) {
    this(database, null);
  }

  private ModelStore(Database database, @Nullable Handle transaction) {
    this.database = database;
    this.transaction = transaction;
  }

  /**
   * Runs {@code work} on a view of this store whose reads and writes, audit entries included, are
   * one transaction: all of them land when {@code work} returns true, none when it returns false or
   * throws.
   *
   * @return what {@code work} returned
   */
  public boolean atomically(String what, Predicate<ModelStore> work) {
    if (transaction != null) {
      return work.test(this);
    }
    try {
      return database
          .jdbi()
          .inTransaction(
              h -> {
                if (!work.test(new ModelStore(database, h))) {
                  throw new Undone();
                }
                return true;
              });
    } catch (Undone e) {
      return false;
    } catch (JdbiException e) {
      throw new UnableToAccessCatalogue(what, e);
    }
  }

  /** Thrown to roll back a transaction whose work declined. */
  private static final class Undone extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Undone() {
      super(null, null, false, false);
    }
  }

  /**
   * Writes {@code entry} to the audit log (in the transaction of {@link #atomically}, when called
   * there).
   */
  public void log(CatalogueAudit entry) {
    run(
        "log " + entry.action() + " of " + entry.product() + " " + entry.version(),
        h -> {
          entry.insert(h);
          return null;
        });
  }

  /** {@code instant} to the microsecond, as both databases keep it. */
  public static Instant storable(Instant instant) {
    return instant.truncatedTo(ChronoUnit.MICROS);
  }

  /** Adds product {@code id} unless it exists. */
  public void ensureProduct(String id, Instant at) {
    run(
        "add product " + id,
        h ->
            h.createUpdate(
                    "INSERT INTO catalogue_products (id, created_at) VALUES (:id, :at)"
                        + " ON CONFLICT DO NOTHING")
                .bind("id", id)
                .bind("at", utc(at))
                .execute());
  }

  /** Stores {@code version} (its product must exist); false when that version exists already. */
  public boolean insert(StoredVersion version) {
    int rows =
        run(
            "store " + version.product() + " " + version.version(),
            h ->
                h.createUpdate(
                        "INSERT INTO catalogue_versions (product, version, format, source, digest,"
                            + " report, status, effective_from, created_by, created_at,"
                            + " published_by, published_at) VALUES (:product, :version, :format,"
                            + " :source, :digest, :report, :status, :effectiveFrom, :createdBy,"
                            + " :createdAt, :publishedBy, :publishedAt) ON CONFLICT DO NOTHING")
                    .bind("product", version.product())
                    .bind("version", version.version())
                    .bind("format", version.source().format())
                    .bind("source", version.source().text())
                    .bind("digest", version.digest())
                    .bind("report", version.report())
                    .bind("status", version.published() ? "published" : "draft")
                    .bind("effectiveFrom", utc(version.effectiveFrom()))
                    .bind("createdBy", version.createdBy())
                    .bind("createdAt", utc(version.createdAt()))
                    .bind("publishedBy", version.publishedBy())
                    .bind("publishedAt", utc(version.publishedAt()))
                    .execute());
    return rows == 1;
  }

  /**
   * Keeps {@code report} (JSON) for a version stored unchecked; a report once kept stays (the first
   * of two concurrent checks wins).
   */
  public void saveReport(String product, String version, @Nullable String report) {
    run(
        "keep the report of " + product + " " + version,
        h ->
            h.createUpdate(
                    "UPDATE catalogue_versions SET report = :report WHERE product = :product"
                        + " AND version = :version AND report IS NULL")
                .bind("report", report)
                .bind("product", product)
                .bind("version", version)
                .execute());
  }

  /** {@code product} in {@code version}, draft or published. */
  public Optional<StoredVersion> find(String product, String version) {
    return run(
        "read " + product + " " + version,
        h ->
            h.createQuery(
                    "SELECT "
                        + COLUMNS
                        + " FROM catalogue_versions v WHERE v.product = :product"
                        + " AND v.version = :version")
                .bind("product", product)
                .bind("version", version)
                .map((rs, ctx) -> row(rs))
                .findOne());
  }

  /** Whether product {@code id} exists (with or without versions). */
  public boolean hasProduct(String id) {
    return run(
        "read product " + id,
        h ->
            h.createQuery("SELECT COUNT(*) FROM catalogue_products WHERE id = :id")
                    .bind("id", id)
                    .mapTo(Long.class)
                    .one()
                > 0);
  }

  /**
   * Every version, drafts included, products in catalogue order, each product's versions by
   * effective-from (drafts last) then upload order.
   */
  public List<StoredVersion> all() {
    return run(
        "list model versions",
        h ->
            h.createQuery(
                    "SELECT "
                        + COLUMNS
                        + " FROM catalogue_versions v JOIN catalogue_products p ON p.id = v.product"
                        + " ORDER BY p.seq, v.effective_from, v.seq")
                .map((rs, ctx) -> row(rs))
                .list());
  }

  /**
   * The published versions effective at {@code now}, products in catalogue order, each product's
   * versions by effective-from then publication order.
   */
  public List<ProductFamily.Release> available(Instant now) {
    return run(
        "list the catalogue",
        h ->
            h.createQuery(
                    "SELECT v.product, v.version, v.effective_from, v.digest FROM"
                        + " catalogue_versions v JOIN catalogue_products p ON p.id = v.product"
                        + " WHERE v.status = 'published' AND v.effective_from <= :now"
                        + " AND (v.effective_to IS NULL OR v.effective_to > :now)"
                        + " ORDER BY p.seq, v.effective_from, v.published_at, v.seq")
                .bind("now", utc(now))
                .map(
                    (rs, ctx) ->
                        new ProductFamily.Release(
                            rs.getString("product"),
                            rs.getString("version"),
                            Objects.requireNonNull(instant(rs, "effective_from"), "effective_from"),
                            rs.getString("digest")))
                .list());
  }

  /**
   * Publishes the draft {@code product} {@code version}, effective from {@code effectiveFrom}.
   *
   * @return false when there is no such draft (unknown, or published meanwhile)
   */
  public boolean publish(
      String product, String version, Instant effectiveFrom, String by, Instant at) {
    return updateVersion(
        "publish",
        product,
        version,
        "draft",
        "status = 'published', effective_from = :effectiveFrom, published_by = :by,"
            + " published_at = :at",
        "",
        u -> u.bind("effectiveFrom", utc(effectiveFrom)).bind("by", by).bind("at", utc(at)));
  }

  /**
   * Replaces the source of the draft {@code product} {@code version} (same names) with its new
   * digest and check report; false when it is no draft (unknown, or published meanwhile).
   */
  public boolean updateDraft(
      String product, String version, String text, String digest, @Nullable String report) {
    return updateVersion(
        "update draft",
        product,
        version,
        "draft",
        "source = :source, digest = :digest, report = :report",
        "",
        u -> u.bind("source", text).bind("digest", digest).bind("report", report));
  }

  /**
   * Ends the availability of published {@code product} {@code version} at {@code to} (or never).
   */
  public boolean setEffectiveTo(String product, String version, Instant to) {
    return updateVersion(
        "end", product, version, "published", "effective_to = :to", "", u -> u.bind("to", utc(to)));
  }

  /**
   * Makes the published {@code product} {@code version} effective again from {@code from} (a roll
   * back): its effective-from moves to {@code from} and its end is cleared.
   *
   * @param seenFrom the version's effective-from when the caller read it retired
   * @return false when the version is not as read (unknown, or rolled back meanwhile), so of two
   *     concurrent roll backs one succeeds
   */
  public boolean republish(
      String product, String version, Instant seenFrom, Instant from, String by, Instant at) {
    return updateVersion(
        "republish",
        product,
        version,
        "published",
        "effective_from = :from, effective_to = NULL, published_by = :by, published_at = :at",
        " AND effective_from = :seenFrom",
        u ->
            u.bind("from", utc(from))
                .bind("by", by)
                .bind("at", utc(at))
                .bind("seenFrom", utc(seenFrom)));
  }

  /**
   * Sets {@code assignments} (SQL, with named parameters that {@code binds} binds) on {@code
   * product} {@code version} if its status is {@code status} and {@code condition} (empty, or SQL
   * starting with " AND") holds; whether there was such a row.
   */
  private boolean updateVersion(
      String action,
      String product,
      String version,
      String status,
      String assignments,
      String condition,
      UnaryOperator<Update> binds) {
    return run(
            action + " " + product + " " + version,
            h ->
                binds
                    .apply(
                        h.createUpdate(
                            "UPDATE catalogue_versions SET "
                                + assignments
                                + " WHERE product = :product AND version = :version"
                                + " AND status = :status"
                                + condition))
                    .bind("product", product)
                    .bind("version", version)
                    .bind("status", status)
                    .execute())
        == 1;
  }

  /**
   * The end of availability of each published version that has one, keyed product + "\n" + version.
   */
  public java.util.Map<String, Instant> effectiveTo() {
    return run(
        "read version ends",
        h ->
            h
                .createQuery(
                    "SELECT product, version, effective_to FROM catalogue_versions"
                        + " WHERE effective_to IS NOT NULL")
                .map(
                    (rs, ctx) ->
                        java.util.Map.entry(
                            rs.getString("product") + "\n" + rs.getString("version"),
                            instant(rs, "effective_to")))
                .list()
                .stream()
                .collect(
                    java.util.stream.Collectors.toMap(
                        java.util.Map.Entry::getKey, java.util.Map.Entry::getValue)));
  }

  /**
   * Locks product {@code id}'s row until the transaction of {@link #atomically} ends, so that
   * publications of one product run one after the other and each sees the ones before it.
   */
  public void lockProduct(String id) {
    run(
        "lock product " + id,
        h ->
            h.createQuery("SELECT id FROM catalogue_products WHERE id = :id FOR UPDATE")
                .bind("id", id)
                .mapTo(String.class)
                .findOne());
  }

  /** The published versions of {@code product} with their offers, as {@link Succession} reads. */
  public List<Succession.Span> spans(String product) {
    return run(
        "read the offers of " + product,
        h ->
            h.createQuery(
                    "SELECT version, effective_from, effective_to, published_at FROM"
                        + " catalogue_versions WHERE product = :product AND status = 'published'")
                .bind("product", product)
                .map(
                    (rs, ctx) ->
                        new Succession.Span(
                            rs.getString("version"),
                            Objects.requireNonNull(instant(rs, "effective_from"), "effective_from"),
                            instant(rs, "effective_to"),
                            instant(rs, "published_at")))
                .list());
  }

  private <T> T run(String what, Function<Handle, T> work) {
    try {
      return transaction != null
          ? work.apply(transaction)
          : database.jdbi().withHandle(work::apply);
    } catch (JdbiException e) {
      throw new UnableToAccessCatalogue(what, e);
    }
  }

  private static StoredVersion row(ResultSet rs) throws SQLException {
    return new StoredVersion(
        new ModelSource(
            rs.getString("format"),
            rs.getString("product"),
            rs.getString("version"),
            rs.getString("source")),
        rs.getString("digest"),
        rs.getString("report"),
        rs.getString("status").equals("published"),
        instant(rs, "effective_from"),
        rs.getString("created_by"),
        Objects.requireNonNull(instant(rs, "created_at"), "created_at"),
        rs.getString("published_by"),
        instant(rs, "published_at"));
  }

  private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
    return t == null ? null : t.toInstant();
  }

  /** Binds an instant as a UTC timestamp with time zone (or SQL NULL), the same on H2 and PG. */
  private static Argument utc(@Nullable Instant instant) {
    return (position, statement, ctx) -> {
      if (instant == null) {
        statement.setNull(position, java.sql.Types.TIMESTAMP_WITH_TIMEZONE);
      } else {
        statement.setObject(position, instant.atOffset(ZoneOffset.UTC));
      }
    };
  }
}
