package dev.atelier.server.saved;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import dev.atelier.server.db.Database;
import dev.atelier.server.design.DesignJson.Choice;
import dev.atelier.server.design.DesignJson.Design;
import dev.atelier.server.design.DesignJson.Price;
import dev.atelier.server.http.JsonBodies;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.JdbiException;

/**
 * Saved designs in the database (table {@code saved_designs}): the id is the primary key, so an
 * insert with a taken id does nothing and reports it (the caller draws another id). Decisions and
 * price are kept as JSON. Thread-safe.
 */
public final class JdbiSavedDesigns implements SavedDesigns {

  private static final TypeReference<List<Choice>> CHOICES = new TypeReference<>() {};

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
                              "INSERT INTO saved_designs (id, product, version, decisions, price,"
                                  + " saved_at) VALUES (:id, :product, :version, :decisions,"
                                  + " :price, :savedAt) ON CONFLICT DO NOTHING")
                          .bind("id", design.id())
                          .bind("product", design.design().product())
                          .bind("version", design.design().version())
                          .bind("decisions", decisions)
                          .bind("price", price)
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
                  h.createQuery(
                          "SELECT id, product, version, decisions, price, saved_at"
                              + " FROM saved_designs WHERE id = :id")
                      .bind("id", id)
                      .map((rs, ctx) -> row(rs))
                      .findOne());
    } catch (JdbiException e) {
      throw new UnableToAccessSavedDesigns("read saved design " + id, e);
    }
  }

  private static SavedDesign row(ResultSet rs) throws SQLException {
    try {
      List<Choice> decisions = JsonBodies.mapper().readValue(rs.getString("decisions"), CHOICES);
      Price price = JsonBodies.mapper().readValue(rs.getString("price"), Price.class);
      return new SavedDesign(
          rs.getString("id"),
          new Design(rs.getString("product"), rs.getString("version"), decisions),
          price,
          rs.getObject("saved_at", OffsetDateTime.class).toInstant());
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
