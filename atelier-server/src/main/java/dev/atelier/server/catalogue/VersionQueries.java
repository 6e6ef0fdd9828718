package dev.atelier.server.catalogue;

import static dev.atelier.server.catalogue.CatalogueSql.instant;
import static dev.atelier.server.catalogue.CatalogueSql.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** The queries reading model versions from the catalogue's tables, on the caller's handle. */
final class VersionQueries {

  private VersionQueries() {}

  private static final String COLUMNS =
      "v.product, v.version, v.format, v.source, v.digest, v.report, v.status, v.effective_from,"
          + " v.created_by, v.created_at, v.published_by, v.published_at";

  static Optional<StoredVersion> find(Handle h, String product, String version) {
    return h.createQuery(
            "SELECT "
                + COLUMNS
                + " FROM catalogue_versions v WHERE v.product = :product"
                + " AND v.version = :version")
        .bind("product", product)
        .bind("version", version)
        .map((rs, ctx) -> row(rs))
        .findOne();
  }

  /** Every version: see {@link ModelStore#all}. */
  static List<StoredVersion> all(Handle h) {
    return h.createQuery(
            "SELECT "
                + COLUMNS
                + " FROM catalogue_versions v JOIN catalogue_products p ON p.id = v.product"
                + " ORDER BY p.seq, v.effective_from, v.seq")
        .map((rs, ctx) -> row(rs))
        .list();
  }

  /** The published versions effective at {@code now}: see {@link ModelStore#available}. */
  static List<ProductFamily.Release> available(Handle h, Instant now) {
    return h.createQuery(
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
        .list();
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
}
