package dev.atelier.server.catalogue;

import java.time.Instant;
import java.time.ZoneOffset;
import org.jdbi.v3.core.Handle;

/**
 * One entry of the catalogue's audit log: {@code actor} did {@code action} to {@code product}
 * {@code version} at {@code at}. Entries are written by {@link ModelStore#log} in the transaction
 * of the change they record ({@link ModelStore#atomically}), so a change and its entry land
 * together or not at all.
 */
public record CatalogueAudit(
    String product, String version, String action, String detail, String actor, Instant at) {

  private static final int MAX_DETAIL = 2000;

  /** Inserts this entry through {@code h}. */
  void insert(Handle h) {
    h.createUpdate(
            "INSERT INTO catalogue_audit (product, version, action, detail, actor, at)"
                + " VALUES (:product, :version, :action, :detail, :actor, :at)")
        .bind("product", product)
        .bind("version", version)
        .bind("action", action)
        .bind("detail", detail.length() > MAX_DETAIL ? detail.substring(0, MAX_DETAIL) : detail)
        .bind("actor", actor)
        .bind("at", at.atOffset(ZoneOffset.UTC))
        .execute();
  }
}
