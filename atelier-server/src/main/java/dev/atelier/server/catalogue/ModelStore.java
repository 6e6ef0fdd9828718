package dev.atelier.server.catalogue;

import static dev.atelier.server.catalogue.CatalogueSql.instant;
import static dev.atelier.server.catalogue.CatalogueSql.utc;

import dev.atelier.server.db.Database;
import dev.atelier.server.http.Nullable;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.jdbi.v3.core.JdbiException;

/**
 * The catalogue's tables: products and their model versions (drafts and published). Published
 * versions are never changed again. Every failure to reach the database is an {@link
 * UnableToAccessCatalogue}. Thread-safe.
 */
public final class ModelStore {

  private final CatalogueSql sql;

  /** The store in {@code database} (migrated). */
  public ModelStore(Database database) {
    this(new CatalogueSql(database, null));
  }

  private ModelStore(CatalogueSql sql) {
    this.sql = sql;
  }

  /**
   * The publishing queries on the same tables, in this store's transaction when it is a view of
   * {@link #atomically}.
   */
  public PublicationStore publications() {
    return new PublicationStore(sql);
  }

  /**
   * Runs {@code work} on a view of this store whose reads and writes, audit entries included, are
   * one transaction: all of them land when {@code work} returns true, none when it returns false or
   * throws.
   *
   * @return what {@code work} returned
   */
  public boolean atomically(String what, Predicate<ModelStore> work) {
    if (sql.inTransaction()) {
      return work.test(this);
    }
    try {
      return sql.database
          .jdbi()
          .inTransaction(
              h -> {
                if (!work.test(new ModelStore(new CatalogueSql(sql.database, h)))) {
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
    sql.run(
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
    sql.run(
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
        sql.run(
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
    sql.run(
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
    return sql.run(
        "read " + product + " " + version, h -> VersionQueries.find(h, product, version));
  }

  /** Whether product {@code id} exists (with or without versions). */
  public boolean hasProduct(String id) {
    return sql.run(
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
    return sql.run("list model versions", VersionQueries::all);
  }

  /**
   * The published versions effective at {@code now}, products in catalogue order, each product's
   * versions by effective-from then publication order.
   */
  public List<ProductFamily.Release> available(Instant now) {
    return sql.run("list the catalogue", h -> VersionQueries.available(h, now));
  }

  /**
   * Replaces the source of the draft {@code product} {@code version} (same names) with its new
   * digest and check report; false when it is no draft (unknown, or published meanwhile).
   */
  public boolean updateDraft(
      String product, String version, String text, String digest, @Nullable String report) {
    return sql.updateVersion(
        "update draft",
        product,
        version,
        "draft",
        "source = :source, digest = :digest, report = :report",
        "",
        u -> u.bind("source", text).bind("digest", digest).bind("report", report));
  }
}
