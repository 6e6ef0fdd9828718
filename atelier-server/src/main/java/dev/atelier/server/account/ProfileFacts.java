package dev.atelier.server.account;

import dev.atelier.engine.model.Fact;
import dev.atelier.engine.model.ProductModel;
import dev.atelier.server.http.Echo;
import dev.atelier.server.http.Problem;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The customer facts of a profile, shared across products: checking them, and turning them into one
 * product's attribute values through the model's profile keys. Stateless and thread-safe.
 */
final class ProfileFacts {

  /** Most facts a profile holds. */
  static final int MAX_FACTS = 50;

  private static final Pattern WHOLE_NUMBER = Pattern.compile("[0-9]{1,9}");

  private ProfileFacts() {}

  /**
   * The problem with {@code facts}, if any: keys lower-case-with-hyphens, whole numbers of at least
   * 0.
   */
  static Optional<Problem> check(Map<String, String> facts) {
    if (facts.size() > MAX_FACTS) {
      return Optional.of(Problem.badRequest("facts", "at most " + MAX_FACTS + " facts"));
    }
    for (var fact : facts.entrySet()) {
      String field = "facts." + fact.getKey();
      if (!Fact.PROFILE_KEY.matcher(fact.getKey()).matches() || fact.getKey().length() > 100) {
        return Optional.of(
            Problem.of(
                422,
                "invalid-profile-fact",
                "Invalid profile fact",
                "fact names are lower-case words joined by hyphens (inside-leg), not '"
                    + Echo.of(fact.getKey())
                    + "'",
                "facts." + Echo.of(fact.getKey())));
      }
      if (fact.getValue() == null || !WHOLE_NUMBER.matcher(fact.getValue()).matches()) {
        return Optional.of(
            Problem.of(
                    422,
                    "invalid-profile-fact",
                    "Invalid profile fact",
                    "'" + fact.getKey() + "' takes a whole number of at least 0 (as a string)",
                    field)
                // Shown as sent would echo bidi controls and 64 KB back: escaped and bounded.
                .about(fact.getKey(), fact.getValue() == null ? null : Echo.of(fact.getValue())));
      }
    }
    return Optional.empty();
  }

  /** Checked {@code facts} in canonical form, as they are stored: "0080" becomes "80". */
  static Map<String, String> canonical(Map<String, String> facts) {
    Map<String, String> out = new LinkedHashMap<>();
    facts.forEach((k, v) -> out.put(k, Long.toString(Long.parseLong(v))));
    return out;
  }

  /** The attribute values of {@code model} that {@code facts} feed, in model order. */
  static Map<String, String> valuesFor(ProductModel model, Map<String, String> facts) {
    Map<String, String> values = new LinkedHashMap<>();
    for (Fact f : model.facts()) {
      if (f.fromProfile() && facts.containsKey(f.profileKey())) {
        values.put(f.attribute(), facts.get(f.profileKey()));
      }
    }
    return values;
  }
}
