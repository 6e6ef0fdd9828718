package dev.atelier.server.design;

import dev.atelier.engine.result.Deadline;
import dev.atelier.server.catalogue.Catalogue;
import dev.atelier.server.design.PriceJson.FromPrice;
import dev.atelier.server.design.PriceJson.OptionPrices;
import dev.atelier.server.design.PriceJson.RepairPrice;
import dev.atelier.server.design.PriceJson.RepairPriceRequest;
import dev.atelier.server.http.Outcome;
import dev.atelier.server.http.Problem;
import dev.atelier.server.http.ProblemType;
import dev.atelier.server.http.Route;
import dev.atelier.server.http.WorkGate;
import dev.atelier.server.shared.Design;
import io.javalin.http.Context;
import java.time.Duration;
import java.util.List;

/**
 * Honest prices: a version's "from" price (its cheapest complete product), what each option of a
 * design changes the total by, and a repair's price before and after. Thread-safe.
 */
public final class PriceRoutes {

  /** A version's "from" price is computed once and kept, so it may take longer than a design. */
  static final Duration FROM_PRICE_BUDGET = Duration.ofSeconds(20);

  /** How many engine budgets the option prices of one design may take. */
  static final int OPTION_PRICES_FACTOR = 4;

  private final Catalogue catalogue;
  private final DesignHandlers handlers;
  private final CheapestPrices prices;
  private final Duration budget;

  private final WorkGate work;

  /**
   * Routes over {@code catalogue}; each request gets {@code budget} of engine time, and as many
   * option prices are worked out at once as there are cores (at least 2; up to 16 more wait 2 s,
   * the others 503 busy).
   */
  public PriceRoutes(Catalogue catalogue, Duration budget) {
    this(catalogue, budget, new CheapestPrices(), defaultGate());
  }

  /**
   * Routes over {@code catalogue} keeping their prices in {@code prices} (shared with {@link
   * FirstVisitWarmup}).
   */
  public PriceRoutes(Catalogue catalogue, Duration budget, CheapestPrices prices) {
    this(catalogue, budget, prices, defaultGate());
  }

  /** As above, working out as many option prices at once as {@code work} lets. */
  public PriceRoutes(Catalogue catalogue, Duration budget, WorkGate work) {
    this(catalogue, budget, new CheapestPrices(), work);
  }

  private PriceRoutes(Catalogue catalogue, Duration budget, CheapestPrices prices, WorkGate work) {
    this.prices = prices;
    this.catalogue = catalogue;
    this.handlers = new DesignHandlers(new DesignResolver(catalogue));
    this.budget = budget;
    this.work = work;
  }

  private static WorkGate defaultGate() {
    return new WorkGate(
        Math.max(2, Runtime.getRuntime().availableProcessors()), 16, Duration.ofSeconds(2));
  }

  /** The route table. */
  public List<Route> routes() {
    List<Integer> engine = List.of(409, 422);
    return List.of(
        Route.get(
            "/api/products/{product}/versions/{version}/from-price",
            "getFromPrice",
            "The cheapest complete product of a version: the catalogue's honest \"from\" price",
            FromPrice.class,
            this::fromPrice),
        Route.post(
            "/api/designs/option-prices",
            "designOptionPrices",
            "What choosing each option changes the design's cheapest complete total by",
            Design.class,
            OptionPrices.class,
            engine,
            handlers.design(this::optionPrices)),
        Route.post(
            "/api/designs/repair-price",
            "designRepairPrice",
            "The cheapest complete total of a design before and after a repair",
            RepairPriceRequest.class,
            RepairPrice.class,
            engine,
            handlers.request(
                RepairPriceRequest.class,
                RepairPriceRequest::design,
                (r, d, who) -> repairPrice(r, d))));
  }

  /**
   * Option prices take one optimal completion per option (a few dozen), so they get {@link
   * #OPTION_PRICES_FACTOR} times a request's engine budget; they are kept per design.
   */
  /** The budget of one design's option prices when a request's engine budget is {@code budget}. */
  public static Duration optionsBudget(Duration budget) {
    return budget.multipliedBy(OPTION_PRICES_FACTOR);
  }

  private Duration optionsBudget() {
    return optionsBudget(budget);
  }

  /**
   * The option prices of {@code d}: up to four engine budgets of CPU (8 s by default), so they are
   * worked out only so many at once. Before session 17 a hundred requests of distinct designs at
   * once took the hundred places of requests with a body for 8 s each.
   */
  private Outcome<OptionPrices> optionPrices(ResolvedDesign d) {
    return gated("design", () -> prices.options(d, Deadline.in(optionsBudget())));
  }

  /**
   * A version's "from" price: a kept answer at once; else worked out through the same gate as
   * option prices (up to 20 s of CPU each), 503 {@code busy} beyond it.
   */
  private Outcome<FromPrice> fromPrice(Context ctx) {
    return PathVersion.answer(
        catalogue,
        ctx,
        pv ->
            prices
                .knownFromPrice(pv)
                .orElseGet(
                    () ->
                        gated(
                            "version",
                            () -> prices.fromPrice(pv, Deadline.in(FROM_PRICE_BUDGET)))));
  }

  /** {@code work} while the gate lets it in, else 503 busy naming {@code field}. */
  private <T> Outcome<T> gated(String field, java.util.function.Supplier<Outcome<T>> work) {
    if (!this.work.enter()) {
      return Outcome.rejected(
          Problem.of(
              503,
              ProblemType.BUSY,
              "The server is busy",
              "too many prices are being worked out at once; send it again shortly",
              field));
    }
    try {
      return work.get();
    } finally {
      this.work.leave();
    }
  }

  private Outcome<RepairPrice> repairPrice(RepairPriceRequest r, ResolvedDesign d) {
    return RepairRequests.steps(d, r.repair())
        .then(steps -> prices.repair(d, steps, Deadline.in(budget)));
  }
}
