package dev.atelier.server.catalogue;

import dev.atelier.server.db.Database;
import java.time.Instant;
import java.time.ZoneOffset;
import org.jdbi.v3.core.JdbiException;

/**
 * The catalogue's audit log: who published, rolled back, ended or edited which version, and when.
 * Written where the change is made, so every path to it (studio, model API, start-up) logs it once.
 * Thread-safe.
 */
public final class CatalogueAudit {

  private static final int MAX_DETAIL = 2000;

  private final Database database;

  /** The log in {@code database} (migrated). */
  public CatalogueAudit(Database database) {
    this.database = database;
  }

  /**
   * Records that {@code actor} did {@code action} to {@code product} {@code version} at {@code at}.
   */
  public void record(
      String product, String version, String action, String detail, String actor, Instant at) {
    try {
      database
          .jdbi()
          .useHandle(
              h ->
                  h.createUpdate(
                          "INSERT INTO catalogue_audit (product, version, action, detail, actor, at)"
                              + " VALUES (:product, :version, :action, :detail, :actor, :at)")
                      .bind("product", product)
                      .bind("version", version)
                      .bind("action", action)
                      .bind(
                          "detail",
                          detail.length() > MAX_DETAIL ? detail.substring(0, MAX_DETAIL) : detail)
                      .bind("actor", actor)
                      .bind("at", at.atOffset(ZoneOffset.UTC))
                      .execute());
    } catch (JdbiException e) {
      throw new UnableToAccessCatalogue("log " + action + " of " + product + " " + version, e);
    }
  }
}
