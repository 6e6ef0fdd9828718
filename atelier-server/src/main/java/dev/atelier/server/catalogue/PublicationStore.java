package dev.atelier.server.catalogue;

import static dev.atelier.server.catalogue.CatalogueSql.instant;
import static dev.atelier.server.catalogue.CatalogueSql.utc;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The publishing side of the catalogue's tables: publishing a draft, ending and renewing offers,
 * the offers {@link Succession} reads and the product lock that serialises publications. Obtained
 * from {@link ModelStore#publications()}, so that inside {@link ModelStore#atomically} it writes in
 * the same transaction. Thread-safe.
 */
public final class PublicationStore {

  private final CatalogueSql sql;

  PublicationStore(CatalogueSql sql) {
    this.sql = sql;
  }

  /**
   * Locks product {@code id}'s row until the transaction of {@link ModelStore#atomically} ends, so
   * that publications of one product run one after the other and each sees the ones before it.
   */
  public void lockProduct(String id) {
    sql.run(
        "lock product " + id,
        h ->
            h.createQuery("SELECT id FROM catalogue_products WHERE id = :id FOR UPDATE")
                .bind("id", id)
                .mapTo(String.class)
                .findOne());
  }

  /**
   * Publishes the draft {@code product} {@code version}, effective from {@code effectiveFrom}.
   *
   * @return false when there is no such draft (unknown, or published meanwhile)
   */
  public boolean publish(
      String product, String version, Instant effectiveFrom, String by, Instant at) {
    return sql.updateVersion(
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
   * Ends the availability of published {@code product} {@code version} at {@code to} (or never).
   */
  public boolean setEffectiveTo(String product, String version, Instant to) {
    return sql.updateVersion(
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
    return sql.updateVersion(
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
   * The end of availability of each published version that has one, keyed product + "\n" + version.
   */
  public Map<String, Instant> effectiveTo() {
    return sql.run(
        "read version ends",
        h ->
            h
                .createQuery(
                    "SELECT product, version, effective_to FROM catalogue_versions"
                        + " WHERE effective_to IS NOT NULL")
                .map(
                    (rs, ctx) ->
                        Map.entry(
                            rs.getString("product") + "\n" + rs.getString("version"),
                            instant(rs, "effective_to")))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
  }

  /** The published versions of {@code product} with their offers, as {@link Succession} reads. */
  public List<Succession.Span> spans(String product) {
    return sql.run(
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
}
