package dev.atelier.server.artefact;

import dev.atelier.engine.count.Artefacts;
import dev.atelier.server.db.Database;
import dev.atelier.server.db.DatabaseException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.JdbiException;

/**
 * The table {@code compiled_artefacts}: one row per product, version, model hash, kind and format
 * version, written once (the first node to finish wins) and never changed. Thread-safe.
 */
public final class ArtefactStore {
  private final Database database;

  /** The store in {@code database} (migrated). */
  public ArtefactStore(Database database) {
    this.database = database;
  }

  /** The row for this key in the current format, if a node stored one. */
  public Optional<StoredArtefact> find(
      String product, String version, String modelHash, Artefacts.Kind kind) {
    return run(
        h ->
            h.createQuery(
                    "SELECT outcome, bytes, compile_millis FROM compiled_artefacts WHERE product ="
                        + " :product AND version = :version AND model_hash = :hash AND kind ="
                        + " :kind AND format = :format")
                .bind("product", product)
                .bind("version", version)
                .bind("hash", modelHash)
                .bind("kind", kind.name())
                .bind("format", Artefacts.FORMAT)
                .map(
                    (rs, ctx) ->
                        new StoredArtefact(
                            product,
                            version,
                            modelHash,
                            kind,
                            StoredArtefact.Outcome.valueOf(rs.getString("outcome")),
                            rs.getBytes("bytes"),
                            rs.getLong("compile_millis")))
                .findOne());
  }

  /** Stores {@code artefact} unless a row for its key exists; whether it was stored. */
  public boolean save(StoredArtefact artefact, Instant at) {
    return run(
            h ->
                h.createUpdate(
                        "INSERT INTO compiled_artefacts (product, version, model_hash, kind,"
                            + " format, outcome, bytes, size_bytes, compile_millis, created_at)"
                            + " VALUES (:product, :version, :hash, :kind, :format, :outcome,"
                            + " :bytes, :size, :millis, :at) ON CONFLICT DO NOTHING")
                    .bind("product", artefact.product())
                    .bind("version", artefact.version())
                    .bind("hash", artefact.modelHash())
                    .bind("kind", artefact.kind().name())
                    .bind("format", Artefacts.FORMAT)
                    .bind("outcome", artefact.outcome().name())
                    .bind("bytes", artefact.bytes())
                    .bind("size", artefact.size())
                    .bind("millis", artefact.compileMillis())
                    .bind("at", at.atOffset(ZoneOffset.UTC))
                    .execute())
        == 1;
  }

  /** How many rows are stored (all formats). */
  public long rows() {
    return run(
        h -> h.createQuery("SELECT COUNT(*) FROM compiled_artefacts").mapTo(Long.class).one());
  }

  private <T> T run(Function<Handle, T> work) {
    try {
      return database.jdbi().withHandle(work::apply);
    } catch (JdbiException e) {
      throw new DatabaseException("compiled artefacts", e);
    }
  }
}
