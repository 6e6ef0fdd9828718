package dev.atelier.server.design;

import dev.atelier.engine.model.Attribute;
import dev.atelier.engine.model.BooleanAttribute;
import dev.atelier.engine.model.EnumAttribute;
import dev.atelier.engine.model.IntegerAttribute;
import dev.atelier.engine.model.TextAttribute;
import dev.atelier.engine.result.Deadline;
import dev.atelier.engine.result.Failure;
import dev.atelier.engine.result.Result;
import dev.atelier.engine.session.Completion;
import dev.atelier.engine.session.ConfigurationSession;
import dev.atelier.engine.session.Decision;
import dev.atelier.engine.session.Objective;
import dev.atelier.server.catalogue.ProductVersion;
import dev.atelier.server.design.PriceJson.FromPrice;
import dev.atelier.server.design.PriceJson.OptionPrice;
import dev.atelier.server.design.PriceJson.OptionPrices;
import dev.atelier.server.design.PriceJson.RepairPrice;
import dev.atelier.server.http.Outcome;
import dev.atelier.server.http.Problem;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Honest prices from the engine's cheapest completion (avoiding what the model does not offer by
 * default): a version's "from" price, what each option changes the total by, a repair's price
 * before and after. "From" prices are computed once per version and kept (bounded), and a "from"
 * price that timed out is answered as timed out for {@link #TIMED_OUT_KEPT} (repeated calls do not
 * redo the work); option prices are kept per design (bounded, least recently used, keyed by a hash
 * of the design: a few hundred bytes per entry). Thread-safe.
 */
public final class CheapestPrices {

  /** Most values of a priced number attribute whose options are priced one by one. */
  static final int MAX_PRICED_NUMBERS = 32;

  /** How long a "from" price that timed out is answered as such before it is worked out again. */
  static final Duration TIMED_OUT_KEPT = Duration.ofSeconds(30);

  private final Map<String, FromPrice> fromPrices = lru(256);
  private final Map<String, TimedOut> fromTimedOut = lru(256);
  private final Map<DesignKey, Priced> optionPrices = lru(1024);
  private final Clock clock;

  /** Option prices of a design without the design: the request's design goes back with them. */
  private record Priced(String currency, long cheapest, List<OptionPrice> options) {}

  /** A "from" price that timed out, answered as {@code problem} until {@code until}. */
  private record TimedOut(Problem problem, Instant until) {}

  /** Prices on the system clock. */
  public CheapestPrices() {
    this(Clock.systemUTC());
  }

  /** Prices with {@code clock} timing how long a timed-out "from" price is kept. */
  CheapestPrices(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** The cheapest completion objective of {@code product}. */
  static Objective cheapest(ProductVersion product) {
    return Objective.cheapestAvoiding(product.definition().avoidByDefault());
  }

  /** The cheapest complete product of {@code product}'s version (cached). */
  Outcome<FromPrice> fromPrice(ProductVersion product, Deadline deadline) {
    String key = product.product() + "\u0000" + product.version();
    Optional<Outcome<FromPrice>> known = knownFromPrice(product);
    if (known.isPresent()) {
      return known.get();
    }
    Result<Completion> c =
        ConfigurationSession.start(product.compiled())
            .optimumOverAllFacts(cheapest(product), deadline);
    if (!c.isOk()) {
      Problem problem = EngineProblems.of(c.failureOrNull(), "version");
      if (c.failureOrNull().kind() == Failure.Kind.TIMED_OUT) {
        synchronized (fromPrices) {
          fromTimedOut.put(key, new TimedOut(problem, clock.instant().plus(TIMED_OUT_KEPT)));
        }
      }
      return Outcome.rejected(problem);
    }
    FromPrice answer =
        new FromPrice(
            product.product(),
            product.version(),
            c.orThrow().price().currency(),
            c.orThrow().price().total(),
            c.orThrow().configuration().values());
    synchronized (fromPrices) {
      fromPrices.put(key, answer);
    }
    return Outcome.ok(answer);
  }

  /**
   * The kept answer of {@code product}'s "from" price: the price, or the time-out while it is kept;
   * empty when it has to be worked out.
   */
  Optional<Outcome<FromPrice>> knownFromPrice(ProductVersion product) {
    String key = product.product() + "\u0000" + product.version();
    synchronized (fromPrices) {
      FromPrice known = fromPrices.get(key);
      if (known != null) {
        return Optional.of(Outcome.ok(known));
      }
      TimedOut timedOut = fromTimedOut.get(key);
      if (timedOut != null && clock.instant().isBefore(timedOut.until())) {
        return Optional.of(Outcome.rejected(timedOut.problem()));
      }
      return Optional.empty();
    }
  }

  /**
   * What each enum and yes/no option of {@code design} changes its cheapest total by, and each
   * value of a number or text attribute the model prices.
   */
  Outcome<OptionPrices> options(ResolvedDesign design, Deadline deadline) {
    DesignKey key = DesignKey.of(design);
    synchronized (optionPrices) {
      Priced known = optionPrices.get(key);
      if (known != null) {
        return Outcome.ok(
            new OptionPrices(
                design.json(), known.currency(), known.cheapest(), true, known.options()));
      }
    }
    Objective objective = cheapest(design.product());
    Result<ConfigurationSession> resumed =
        ConfigurationSession.resume(design.product().compiled(), design.decisions(), deadline);
    if (!resumed.isOk()) {
      return Outcome.rejected(EngineProblems.of(resumed.failureOrNull(), "decisions"));
    }
    ConfigurationSession session = resumed.orThrow();
    // Price figures, not a design: missing customer facts take their cheapest values.
    Result<Completion> base = session.optimumOverAllFacts(objective, deadline);
    if (!base.isOk()) {
      return Outcome.rejected(EngineProblems.of(base.failureOrNull(), "design"));
    }
    long cheapest = base.orThrow().price().total();
    List<OptionPrice> options = new ArrayList<>();
    boolean complete = true;
    for (Attribute a : design.product().model().attributes()) {
      if (!priced(a)) {
        continue;
      }
      List<String> values = new ArrayList<>(a.valueIds());
      if (a.optional()) {
        values.add(Decision.UNSET);
      }
      String decided = design.decided(a.id()).orElse(null);
      for (String v : values) {
        if (v.equals(decided)) {
          options.add(new OptionPrice(a.id(), v, cheapest, 0));
          continue;
        }
        Result<Completion> with = session.completeWith(a.id(), v, objective, deadline);
        if (with.isOk()) {
          long total = with.orThrow().price().total();
          ComesWith more =
              ComesWith.of(design.product().model(), a.id(), base.orThrow(), with.orThrow());
          options.add(
              more.isEmpty()
                  ? new OptionPrice(a.id(), v, total, total - cheapest)
                  : new OptionPrice(
                      a.id(), v, total, total - cheapest, more.choices(), more.parts()));
        } else if (with.failureOrNull().kind() == Failure.Kind.TIMED_OUT) {
          complete = false;
          break;
        }
      }
    }
    OptionPrices answer =
        new OptionPrices(
            design.json(), base.orThrow().price().currency(), cheapest, complete, options);
    if (complete) {
      synchronized (optionPrices) {
        optionPrices.put(key, new Priced(answer.currency(), cheapest, List.copyOf(options)));
      }
    }
    return Outcome.ok(answer);
  }

  /**
   * Whether the options of {@code a} are priced: every enum and yes/no attribute, and number and
   * text attributes that the model prices (a price per unit of at most {@link #MAX_PRICED_NUMBERS}
   * values, a price for a given text).
   */
  private static boolean priced(Attribute a) {
    if (a instanceof IntegerAttribute i) {
      return i.pricePerUnit() != 0 && i.size() <= MAX_PRICED_NUMBERS;
    }
    if (a instanceof TextAttribute t) {
      return t.priceWhenGiven() != 0;
    }
    return a instanceof EnumAttribute || a instanceof BooleanAttribute;
  }

  /** The cheapest total of {@code design} and of it repaired by {@code steps}. */
  Outcome<RepairPrice> repair(ResolvedDesign design, List<Decision> steps, Deadline deadline) {
    ResolvedDesign repaired = design;
    for (Decision step : steps) {
      repaired = repaired.with(step);
    }
    Outcome<Completion> before = cheapest(design, deadline, "design");
    Outcome<Completion> after = cheapest(repaired, deadline, "repair");
    return before.then(
        b ->
            after.map(
                a ->
                    new RepairPrice(
                        b.price().currency(),
                        b.price().total(),
                        a.price().total(),
                        a.price().total() - b.price().total())));
  }

  private static Outcome<Completion> cheapest(
      ResolvedDesign design, Deadline deadline, String field) {
    Result<ConfigurationSession> s =
        ConfigurationSession.resume(design.product().compiled(), design.decisions(), deadline);
    if (!s.isOk()) {
      return Outcome.rejected(EngineProblems.of(s.failureOrNull(), field));
    }
    Result<Completion> c = s.orThrow().optimumOverAllFacts(cheapest(design.product()), deadline);
    return c.isOk()
        ? Outcome.ok(c.orThrow())
        : Outcome.rejected(EngineProblems.of(c.failureOrNull(), field));
  }

  private static <K, V> Map<K, V> lru(int capacity) {
    return new LinkedHashMap<>(16, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
        return size() > capacity;
      }
    };
  }
}
