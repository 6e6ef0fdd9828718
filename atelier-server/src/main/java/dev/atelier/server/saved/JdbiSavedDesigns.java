package dev.atelier.server.saved;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import dev.atelier.server.db.Database;
import dev.atelier.server.design.ArtworkRef;
import dev.atelier.server.design.DesignJson.Price;
import dev.atelier.server.http.JsonBodies;
import dev.atelier.server.http.Nullable;
import dev.atelier.server.shared.Choice;
import dev.atelier.server.shared.Design;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.JdbiException;

/**
 * Saved designs in the database (table {@code saved_designs}): the id is the primary key, so an
 * insert with a taken id does nothing and reports it (the caller draws another id). Decisions and
 * price are kept as JSON. Thread-safe.
 */
public final class JdbiSavedDesigns implements SavedDesigns {

  private static final TypeReference<List<Choice>> CHOICES = new TypeReference<>() {};
  private static final TypeReference<Map<String, String>> TEXTS = new TypeReference<>() {};
  private static final String COLUMNS =
      "id, product, version, decisions, price, saved_at, owner, name, texts, artwork";
  private static final TypeReference<Map<String, ArtworkRef>> ARTWORK = new TypeReference<>() {};

  private final Database database;

  /** Saved designs in {@code database} (migrated). */
  public JdbiSavedDesigns(Database database) {
    this.database = database;
  }

  @Override
  public boolean insert(SavedDesign design) {
    String decisions = json(design.design().decisions());
    String price = json(design.price());
    try {
      return database
              .jdbi()
              .withHandle(
                  h ->
                      h.createUpdate(
                              "INSERT INTO saved_designs ("
                                  + COLUMNS
                                  + ") VALUES (:id, :product, :version, :decisions,"
                                  + " :price, :savedAt, :owner, :name, :texts, :artwork)"
                                  + " ON CONFLICT DO NOTHING")
                          .bind("id", design.id())
                          .bind("product", design.design().product())
                          .bind("version", design.design().version())
                          .bind("decisions", decisions)
                          .bind("price", price)
                          .bind("owner", design.owner())
                          .bind("name", design.name())
                          .bind("texts", design.texts().isEmpty() ? null : json(design.texts()))
                          .bind(
                              "artwork", design.artwork().isEmpty() ? null : json(design.artwork()))
                          .bind(
                              "savedAt",
                              (position, statement, ctx) ->
                                  statement.setObject(
                                      position, design.savedAt().atOffset(ZoneOffset.UTC)))
                          .execute())
          == 1;
    } catch (JdbiException e) {
      throw new UnableToAccessSavedDesigns("save design " + design.id(), e);
    }
  }

  @Override
  public Optional<SavedDesign> find(String id) {
    try {
      return database
          .jdbi()
          .withHandle(
              h ->
                  h.createQuery("SELECT " + COLUMNS + " FROM saved_designs WHERE id = :id")
                      .bind("id", id)
                      .map((rs, ctx) -> row(rs))
                      .findOne());
    } catch (JdbiException e) {
      throw new UnableToAccessSavedDesigns("read saved design " + id, e);
    }
  }

  @Override
  public List<SavedDesign> ofOwner(long owner, @Nullable DesignCursor after, int most) {
    String before =
        after == null ? "" : " AND (saved_at < :at OR (saved_at = :at AND id < :after))";
    try {
      return database
          .jdbi()
          .withHandle(
              h -> {
                var query =
                    h.createQuery(
                            "SELECT "
                                + COLUMNS
                                + " FROM saved_designs WHERE owner = :owner"
                                + before
                                + " ORDER BY saved_at DESC, id DESC LIMIT :most")
                        .bind("owner", owner)
                        .bind("most", SavedDesigns.bounded(most));
                if (after != null) {
                  query
                      .bind("after", after.id())
                      .bind(
                          "at",
                          (position, statement, ctx) ->
                              statement.setObject(
                                  position, after.savedAt().atOffset(ZoneOffset.UTC)));
                }
                return query.map((rs, ctx) -> row(rs)).list();
              });
    } catch (JdbiException e) {
      throw new UnableToAccessSavedDesigns("list the designs of account " + owner, e);
    }
  }

  @Override
  public boolean rename(String id, long owner, String name) {
    return changeOwn(
        "UPDATE saved_designs SET name = :name WHERE id = :id AND owner = :owner", id, owner, name);
  }

  @Override
  public boolean delete(String id, long owner) {
    return changeOwn(
        "DELETE FROM saved_designs WHERE id = :id AND owner = :owner", id, owner, null);
  }

  private boolean changeOwn(String sql, String id, long owner, @Nullable String name) {
    try {
      return database
              .jdbi()
              .withHandle(
                  h -> {
                    var update = h.createUpdate(sql).bind("id", id).bind("owner", owner);
                    if (name != null) {
                      update.bind("name", name);
                    }
                    return update.execute();
                  })
          == 1;
    } catch (JdbiException e) {
      throw new UnableToAccessSavedDesigns("change saved design " + id, e);
    }
  }

  private static SavedDesign row(ResultSet rs) throws SQLException {
    try {
      List<Choice> decisions = JsonBodies.mapper().readValue(rs.getString("decisions"), CHOICES);
      Price price = JsonBodies.mapper().readValue(rs.getString("price"), Price.class);
      long owner = rs.getLong("owner");
      Long ownerOrNull = rs.wasNull() ? null : owner;
      String texts = rs.getString("texts");
      String artwork = rs.getString("artwork");
      return new SavedDesign(
          rs.getString("id"),
          new Design(rs.getString("product"), rs.getString("version"), decisions),
          price,
          rs.getObject("saved_at", OffsetDateTime.class).toInstant(),
          ownerOrNull,
          rs.getString("name"),
          texts == null ? Map.of() : JsonBodies.mapper().readValue(texts, TEXTS),
          artwork == null ? Map.of() : JsonBodies.mapper().readValue(artwork, ARTWORK));
    } catch (JsonProcessingException e) {
      throw new SQLException("saved design " + rs.getString("id") + " is not readable", e);
    }
  }

  private static String json(Object value) {
    try {
      return JsonBodies.mapper().writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("designs and prices are always writable", e);
    }
  }
}
