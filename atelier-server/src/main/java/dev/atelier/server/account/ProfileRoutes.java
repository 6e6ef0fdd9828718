package dev.atelier.server.account;

import dev.atelier.engine.model.Attribute;
import dev.atelier.engine.model.IntegerAttribute;
import dev.atelier.engine.model.ProductModel;
import dev.atelier.engine.result.Deadline;
import dev.atelier.engine.result.Failure;
import dev.atelier.engine.result.Result;
import dev.atelier.engine.session.ConfigurationSession;
import dev.atelier.engine.session.Decision;
import dev.atelier.server.account.AccountJson.Prefill;
import dev.atelier.server.account.AccountJson.Profile;
import dev.atelier.server.catalogue.Catalogue;
import dev.atelier.server.catalogue.ProductVersion;
import dev.atelier.server.http.Access;
import dev.atelier.server.http.Echo;
import dev.atelier.server.http.JsonBodies;
import dev.atelier.server.http.Outcome;
import dev.atelier.server.http.Problem;
import dev.atelier.server.http.Route;
import dev.atelier.server.shared.Choice;
import dev.atelier.server.shared.Design;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The signed-in caller's own profile (there is no way to name another's) and designs prefilled from
 * it. Values are checked against the product's current version when saved; a prefill keeps those
 * that are valid together, in the profile's order, and lists the others. Thread-safe. Routes
 * storing in {@code profiles}, checking against {@code catalogue}.
 */
public record ProfileRoutes(Catalogue catalogue, ProfileStore profiles, Duration engineBudget) {

  private static final int MAX_VALUES = 200;

  /** The route table. */
  public List<Route> routes() {
    return List.of(
        Route.get(
                "/api/profile",
                "getProfile",
                "The caller's profile: shared customer facts and, per product, attribute to value",
                Profile.class,
                ctx -> Outcome.ok(profile(caller(ctx))))
            .withAccess(Access.SIGNED_IN),
        new Route(
            HandlerType.PUT,
            "/api/profile",
            "putProfile",
            "Replaces the caller's profile (values checked against each product)",
            Profile.class,
            Profile.class,
            List.of(422),
            Access.SIGNED_IN,
            this::put),
        Route.get(
                "/api/profile/prefill/{product}",
                "prefillDesign",
                "A new design of the product's current version prefilled from the profile",
                Prefill.class,
                this::prefill)
            .withAccess(Access.SIGNED_IN));
  }

  private static long caller(Context ctx) {
    return Route.principal(ctx).orElseThrow().accountId();
  }

  private Outcome<Profile> put(Context ctx) {
    return JsonBodies.read(ctx.bodyAsBytes(), Profile.class)
        .then(
            p -> {
              if (p.products() == null && p.facts() == null) {
                return Outcome.rejected(
                    Problem.badRequest("products", "'products' or 'facts' is required"));
              }
              Optional<Problem> badFact =
                  p.facts() == null ? Optional.empty() : ProfileFacts.check(p.facts());
              if (badFact.isPresent()) {
                return Outcome.rejected(badFact.get());
              }
              Map<String, String> facts =
                  p.facts() == null ? null : ProfileFacts.canonical(p.facts());
              if (p.products() == null) {
                if (facts != null) { // always: one of the two is given
                  profiles.replaceFacts(caller(ctx), facts);
                }
                return Outcome.ok(profile(caller(ctx)));
              }
              return canonical(p.products())
                  .map(
                      products -> {
                        profiles.replace(caller(ctx), products);
                        if (facts != null) {
                          profiles.replaceFacts(caller(ctx), facts);
                        }
                        return profile(caller(ctx));
                      });
            });
  }

  private Profile profile(long account) {
    return new Profile(profiles.get(account), profiles.facts(account));
  }

  /**
   * {@code products} with every value in canonical form ("0060" becomes "60"), so that what is
   * stored is bounded by the catalogue; or a 422 problem naming the field at fault.
   */
  private Outcome<Map<String, Map<String, String>>> canonical(
      Map<String, Map<String, String>> products) {
    Map<String, Map<String, String>> canonical = new LinkedHashMap<>();
    int count = 0;
    for (var product : products.entrySet()) {
      String field = "products." + product.getKey();
      Optional<ProductVersion> current = catalogue.current(product.getKey());
      if (current.isEmpty()) {
        return Outcome.rejected(
            Problem.of(
                422,
                "unknown-product",
                "Unknown product",
                "no product '"
                    + shortened(product.getKey())
                    + "'; products: "
                    + catalogue.productIds(),
                field));
      }
      if (product.getValue() == null) {
        return Outcome.rejected(Problem.badRequest(field, "'" + field + "' must be a JSON object"));
      }
      Map<String, String> values = new LinkedHashMap<>();
      for (var value : product.getValue().entrySet()) {
        if (++count > MAX_VALUES) {
          return Outcome.rejected(
              Problem.badRequest("products", "at most " + MAX_VALUES + " values in a profile"));
        }
        Outcome<String> checked =
            canonical(current.get().model(), value.getKey(), value.getValue());
        if (checked instanceof Outcome.Rejected<String> r) {
          return Outcome.rejected(
              Problem.of(
                      422,
                      "invalid-profile-value",
                      "Invalid profile value",
                      r.problem().detail(),
                      field + "." + value.getKey())
                  .about(value.getKey(), value.getValue()));
        }
        values.put(value.getKey(), ((Outcome.Ok<String>) checked).value());
      }
      canonical.put(product.getKey(), values);
    }
    return Outcome.ok(canonical);
  }

  /** The canonical id of {@code value} of {@code attribute}, or a problem saying why it is none. */
  private static Outcome<String> canonical(ProductModel model, String attribute, String value) {
    Optional<Attribute> found = model.attribute(attribute);
    if (found.isEmpty()) {
      return wrong("product '" + model.id() + "' has no attribute '" + shortened(attribute) + "'");
    }
    Attribute a = found.get();
    if (value == null) {
      return wrong("'" + attribute + "' needs a value");
    }
    if (Decision.UNSET.equals(value)) {
      return a.optional() ? Outcome.ok(value) : wrong("'" + attribute + "' is required");
    }
    Optional<String> canonical = a.canonical(value);
    if (canonical.isPresent()) {
      return Outcome.ok(canonical.get());
    }
    if (a instanceof IntegerAttribute i) {
      return IntegerAttribute.parse(value).isPresent()
          ? wrong("'" + attribute + "' takes " + i.min() + " to " + i.max() + " step " + i.step())
          : wrong("'" + attribute + "' takes whole numbers (as strings)");
    }
    return wrong("'" + attribute + "' has no value '" + shortened(value) + "'");
  }

  private static Outcome<String> wrong(String detail) {
    return Outcome.rejected(Problem.badRequest("value", detail));
  }

  /** {@code text} cut to 80 characters for a message. */
  private static String shortened(String text) {
    return text.length() <= 80 ? text : text.substring(0, 80) + "...";
  }

  private Outcome<Prefill> prefill(Context ctx) {
    String product = ctx.pathParam("product");
    Optional<ProductVersion> current = catalogue.current(product);
    if (current.isEmpty()) {
      return Outcome.rejected(
          Problem.of(
              404,
              "unknown-product",
              "Unknown product",
              "no product '" + Echo.of(product) + "'; products: " + catalogue.productIds(),
              "product"));
    }
    ProductVersion version = current.get();
    // The shared facts first (through the model's profile keys), then the product's own values.
    Map<String, String> values =
        ProfileFacts.valuesFor(version.model(), profiles.facts(caller(ctx)));
    values.putAll(profiles.get(caller(ctx)).getOrDefault(product, Map.of()));
    ConfigurationSession session = ConfigurationSession.start(version.compiled());
    Deadline deadline = Deadline.in(engineBudget);
    List<Choice> kept = new ArrayList<>();
    List<Choice> skipped = new ArrayList<>();
    for (var value : values.entrySet()) {
      Result<Decision> decided = session.decide(value.getKey(), value.getValue(), deadline);
      Failure failure = decided.failureOrNull();
      if (failure != null && failure.kind() == Failure.Kind.TIMED_OUT) {
        return Outcome.rejected(
            Problem.of(503, "timed-out", "Timed out", "the engine's deadline passed", null));
      }
      (failure == null ? kept : skipped).add(new Choice(value.getKey(), value.getValue()));
    }
    return Outcome.ok(new Prefill(new Design(product, version.version(), kept), skipped));
  }
}
