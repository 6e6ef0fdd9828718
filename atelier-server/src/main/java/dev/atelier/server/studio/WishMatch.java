package dev.atelier.server.studio;

import dev.atelier.engine.model.Attribute;
import dev.atelier.engine.model.EnumAttribute;
import dev.atelier.engine.model.ProductModel;
import dev.atelier.server.studio.ImpactJson.ValueKey;
import dev.atelier.server.studio.ImpactJson.WishMet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jdbi.v3.core.Jdbi;

/**
 * Which open wishes new values meet: a wish about the value's attribute (or about none) whose text
 * names the value's id or one of its labels (3 characters or more, any case). The impact shows
 * them; a version meets them when it becomes effective. Stateless (the open wishes are read from
 * the database given).
 */
public final class WishMatch {

  private WishMatch() {}

  /** The open wishes (not resolved) about {@code product} in {@code jdbi}, oldest first. */
  public static List<StudioJson.OpenWish> open(Jdbi jdbi, String product) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT id, attribute, wish_text FROM wish WHERE product = :p AND resolved_at"
                        + " IS NULL ORDER BY id")
                .bind("p", product)
                .map(
                    (rs, ctx) ->
                        new StudioJson.OpenWish(
                            rs.getLong("id"), rs.getString("attribute"), rs.getString("wish_text")))
                .list());
  }

  /** The wishes of {@code open} that one of {@code added}, values of {@code model}, meets. */
  public static List<WishMet> met(
      List<StudioJson.OpenWish> open, ProductModel model, List<ValueKey> added) {
    List<WishMet> out = new ArrayList<>();
    for (StudioJson.OpenWish w : open) {
      String text = w.text().toLowerCase(Locale.ROOT);
      for (ValueKey k : added) {
        if (w.attribute() != null && !w.attribute().equals(k.attribute())) {
          continue;
        }
        Attribute a = model.attributesById().get(k.attribute());
        if (a != null
            && names(a, k.value()).stream()
                .anyMatch(name -> name.length() >= 3 && text.contains(name))) {
          out.add(new WishMet(w.id(), w.attribute(), w.text(), k.attribute() + " = " + k.value()));
          break;
        }
      }
    }
    return out;
  }

  /** The value's id and its labels in every language, lower case. */
  private static List<String> names(Attribute a, String value) {
    List<String> names = new ArrayList<>();
    names.add(value.toLowerCase(Locale.ROOT).replace('-', ' ').replace('_', ' '));
    if (a instanceof EnumAttribute e) {
      e.values().stream()
          .filter(v -> v.id().equals(value))
          .forEach(
              v -> v.label().texts().values().forEach(t -> names.add(t.toLowerCase(Locale.ROOT))));
    }
    return names;
  }
}
