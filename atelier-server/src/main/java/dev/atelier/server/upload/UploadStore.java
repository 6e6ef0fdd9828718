package dev.atelier.server.upload;

import dev.atelier.server.db.Database;
import dev.atelier.server.db.DatabaseException;
import dev.atelier.server.http.Nullable;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * The tables {@code upload_blobs} (artwork by content hash, written once) and {@code upload_owners}
 * (who uploaded it). Thread-safe.
 */
public final class UploadStore {
  private final Database database;
  private final UploadQuota quota;

  /** The store in {@code database} (migrated) with the {@link UploadQuota#DEFAULT} quota. */
  public UploadStore(Database database) {
    this(database, UploadQuota.DEFAULT);
  }

  /** The store in {@code database} (migrated) keeping each owner within {@code quota}. */
  public UploadStore(Database database, UploadQuota quota) {
    this.database = database;
    this.quota = quota;
  }

  /** The quota each owner is kept within. */
  public UploadQuota quota() {
    return quota;
  }

  /**
   * Stores {@code upload} (unless its hash is stored) and records {@code owner} as having it;
   * answers false and writes nothing when that would take {@code owner} over the quota (an upload
   * the owner already has is always true). Two uploads of one owner at the same instant may both
   * pass the check: the quota is exceeded by at most the requests in flight.
   */
  public boolean save(StoredUpload upload, String owner, Instant at) {
    return run(
        h ->
            h.inTransaction(
                t -> {
                  if (!withinQuota(t, upload, owner)) {
                    return false;
                  }
                  t.createUpdate(
                          "INSERT INTO upload_blobs (sha256, kind, bytes, size_bytes, width_px,"
                              + " height_px, colours, photo, created_at) VALUES (:sha, :kind,"
                              + " :bytes, :size, :w, :h, :colours, :photo, :at)"
                              + " ON CONFLICT DO NOTHING")
                      .bind("sha", upload.sha256())
                      .bind("kind", upload.kind().name())
                      .bind("bytes", upload.bytes())
                      .bind("size", upload.bytes().length)
                      .bind("w", upload.widthPx())
                      .bind("h", upload.heightPx())
                      .bind("colours", upload.colours())
                      .bind("photo", upload.photo())
                      .bind("at", at.atOffset(ZoneOffset.UTC))
                      .execute();
                  return t.createUpdate(
                              "INSERT INTO upload_owners (sha256, owner, created_at)"
                                  + " VALUES (:sha, :owner, :at) ON CONFLICT DO NOTHING")
                          .bind("sha", upload.sha256())
                          .bind("owner", owner)
                          .bind("at", at.atOffset(ZoneOffset.UTC))
                          .execute()
                      >= 0;
                }));
  }

  private boolean withinQuota(Handle t, StoredUpload upload, String owner) {
    return t.createQuery(
            "SELECT COUNT(*) AS n, COALESCE(SUM(b.size_bytes), 0) AS total,"
                + " SUM(CASE WHEN o.sha256 = :sha THEN 1 ELSE 0 END) AS has"
                + " FROM upload_owners o JOIN upload_blobs b ON b.sha256 = o.sha256"
                + " WHERE o.owner = :owner")
        .bind("sha", upload.sha256())
        .bind("owner", owner)
        .map(
            (rs, ctx) ->
                rs.getLong("has") > 0
                    || rs.getLong("n") < quota.maxUploads()
                        && rs.getLong("total") + upload.bytes().length <= quota.maxBytes())
        .one();
  }

  /** The upload {@code sha256} if {@code owner} uploaded it (anyone else's answers empty). */
  public Optional<StoredUpload> find(String sha256, String owner) {
    return run(
        h ->
            h.createQuery(
                    "SELECT b.sha256, b.kind, b.bytes, b.width_px, b.height_px, b.colours, b.photo"
                        + " FROM upload_blobs b JOIN upload_owners o ON o.sha256 = b.sha256"
                        + " WHERE b.sha256 = :sha AND o.owner = :owner")
                .bind("sha", sha256)
                .bind("owner", owner)
                .map(UploadStore::stored)
                .findOne());
  }

  /**
   * The upload {@code sha256}, whoever uploaded it: for a caller whose access was checked otherwise
   * (a saved design's share link).
   */
  public Optional<StoredUpload> read(String sha256) {
    return run(h -> read(h, sha256));
  }

  /**
   * The upload {@code sha256}, whoever uploaded it, read through {@code h} (an order's transaction:
   * its references were checked before).
   */
  public static Optional<StoredUpload> read(Handle h, String sha256) {
    return h.createQuery(
            "SELECT b.sha256, b.kind, b.bytes, b.width_px, b.height_px, b.colours, b.photo"
                + " FROM upload_blobs b WHERE b.sha256 = :sha")
        .bind("sha", sha256)
        .map(UploadStore::stored)
        .findOne();
  }

  private static StoredUpload stored(java.sql.ResultSet rs, StatementContext ctx)
      throws java.sql.SQLException {
    return new StoredUpload(
        rs.getString("sha256"),
        ArtworkKind.valueOf(rs.getString("kind")),
        rs.getBytes("bytes"),
        rs.getInt("width_px"),
        rs.getInt("height_px"),
        rs.getInt("colours"),
        rs.getBoolean("photo"));
  }

  /**
   * What the checks measured of upload {@code sha256} (not its bytes), if one of {@code owners}
   * uploaded it (with {@code owners} null: whoever did); empty for anyone else's or an unknown one.
   */
  public Optional<UploadFacts> facts(String sha256, @Nullable List<String> owners) {
    if (owners != null && (owners.isEmpty() || owners.size() > 2)) {
      return Optional.empty(); // a caller is at most an account and a visitor
    }
    String owned =
        owners == null
            ? ""
            : " AND EXISTS (SELECT 1 FROM upload_owners o"
                + " WHERE o.sha256 = b.sha256 AND o.owner IN (:first, :second))";
    return run(
        h -> {
          Query q =
              h.createQuery(
                      "SELECT b.kind, b.width_px, b.height_px, b.colours, b.photo"
                          + " FROM upload_blobs b WHERE b.sha256 = :sha"
                          + owned)
                  .bind("sha", sha256);
          if (owners != null) {
            q.bind("first", owners.get(0)).bind("second", owners.get(owners.size() - 1));
          }
          return q.map(
                  (rs, ctx) ->
                      new UploadFacts(
                          sha256,
                          ArtworkKind.valueOf(rs.getString("kind")),
                          rs.getInt("width_px"),
                          rs.getInt("height_px"),
                          rs.getInt("colours"),
                          rs.getBoolean("photo")))
              .findOne();
        });
  }

  private <T> T run(Function<Handle, T> work) {
    try {
      return database.jdbi().withHandle(work::apply);
    } catch (JdbiException e) {
      throw new DatabaseException("uploads", e);
    }
  }
}
