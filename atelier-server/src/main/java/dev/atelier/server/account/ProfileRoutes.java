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
import dev.atelier.server.design.DesignJson.Choice;
import dev.atelier.server.design.DesignJson.Design;
import dev.atelier.server.http.Access;
import dev.atelier.server.http.JsonBodies;
import dev.atelier.server.http.Outcome;
import dev.atelier.server.http.Problem;
import dev.atelier.server.http.Route;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The signed-in caller's own profile (there is no way to name another's) and designs prefilled from
 * it. Values are checked against the product's current version when saved; a prefill keeps those
 * that are valid together, in the profile's order, and lists the others. Thread-safe.
 */
public final class ProfileRoutes {

  private static final int MAX_VALUES = 200;

  private final Catalogue catalogue;
  private final ProfileStore profiles;
  private final Duration engineBudget;

  /** Routes storing in {@code profiles}, checking against {@code catalogue}. */
  public ProfileRoutes(Catalogue catalogue, ProfileStore profiles, Duration engineBudget) {
    this.catalogue = catalogue;
    this.profiles = profiles;
    this.engineBudget = engineBudget;
  }

  /** The route table. */
  public List<Route> routes() {
    return List.of(
        Route.get(
                "/api/profile",
                "getProfile",
                "The caller's profile: per product, attribute to value",
                Profile.class,
                ctx -> Outcome.ok(new Profile(profiles.get(caller(ctx)))))
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
              if (p.products() == null) {
                return Outcome.rejected(Problem.badRequest("products", "'products' is required"));
              }
              Optional<Problem> problem = check(p.products());
              if (problem.isPresent()) {
                return Outcome.rejected(problem.get());
              }
              profiles.replace(caller(ctx), p.products());
              return Outcome.ok(new Profile(profiles.get(caller(ctx))));
            });
  }

  private Optional<Problem> check(Map<String, Map<String, String>> products) {
    int count = 0;
    for (var product : products.entrySet()) {
      String field = "products." + product.getKey();
      Optional<ProductVersion> current = catalogue.current(product.getKey());
      if (current.isEmpty()) {
        return Optional.of(
            Problem.of(
                422,
                "unknown-product",
                "Unknown product",
                "no product '" + product.getKey() + "'; products: " + catalogue.productIds(),
                field));
      }
      if (product.getValue() == null) {
        return Optional.of(Problem.badRequest(field, "'" + field + "' must be a JSON object"));
      }
      for (var value : product.getValue().entrySet()) {
        if (++count > MAX_VALUES) {
          return Optional.of(
              Problem.badRequest("products", "at most " + MAX_VALUES + " values in a profile"));
        }
        Optional<String> wrong = wrong(current.get().model(), value.getKey(), value.getValue());
        if (wrong.isPresent()) {
          return Optional.of(
              Problem.of(
                      422,
                      "invalid-profile-value",
                      "Invalid profile value",
                      wrong.get(),
                      field + "." + value.getKey())
                  .about(value.getKey(), value.getValue()));
        }
      }
    }
    return Optional.empty();
  }

  /** Why {@code value} cannot be a value of {@code attribute} in {@code model}, if it cannot. */
  private static Optional<String> wrong(ProductModel model, String attribute, String value) {
    Optional<Attribute> found = model.attribute(attribute);
    if (found.isEmpty()) {
      return Optional.of("product '" + model.id() + "' has no attribute '" + attribute + "'");
    }
    Attribute a = found.get();
    if (value == null) {
      return Optional.of("'" + attribute + "' needs a value");
    }
    if (Decision.UNSET.equals(value)) {
      return a.optional() ? Optional.empty() : Optional.of("'" + attribute + "' is required");
    }
    if (a instanceof IntegerAttribute i) {
      try {
        return i.contains(Long.parseLong(value))
            ? Optional.empty()
            : Optional.of(
                "'" + attribute + "' takes " + i.min() + " to " + i.max() + " step " + i.step());
      } catch (NumberFormatException e) {
        return Optional.of("'" + attribute + "' takes whole numbers (as strings)");
      }
    }
    return a.valueIds().contains(value)
        ? Optional.empty()
        : Optional.of("'" + attribute + "' has no value '" + value + "'");
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
              "no product '" + product + "'; products: " + catalogue.productIds(),
              "product"));
    }
    ProductVersion version = current.get();
    Map<String, String> values = profiles.get(caller(ctx)).getOrDefault(product, Map.of());
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
