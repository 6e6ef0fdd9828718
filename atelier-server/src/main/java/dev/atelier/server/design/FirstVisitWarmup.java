package dev.atelier.server.design;

import dev.atelier.engine.result.Deadline;
import dev.atelier.server.catalogue.Catalogue;
import dev.atelier.server.catalogue.ProductVersion;
import dev.atelier.server.shared.Design;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * What a product's first visit waits for the longest, computed at serve start: the option prices of
 * each product's empty design (kept where {@code POST /api/designs/option-prices} finds them),
 * which also resumes a session of the compiled model and asks its valid domains, so the engine's
 * code is compiled by the JIT before the first customer (a fresh server took 1.2–3 s for its first
 * option prices, later ones about 1 s). Bounded: one daemon thread at the lowest priority, products
 * one after another in catalogue order, each call within the route's budget, all within {@link
 * #BUDGET}; it never blocks readiness or a request (a request asking the same meanwhile computes it
 * itself). {@link #close()} stops it before the next product; the call in progress ends at its
 * deadline. Thread-safe.
 */
public final class FirstVisitWarmup implements AutoCloseable {

  /** How long the whole warm-up may take. */
  public static final Duration BUDGET = Duration.ofSeconds(60);

  private final Thread worker;
  private volatile boolean closed;

  private FirstVisitWarmup(Catalogue catalogue, CheapestPrices prices, Duration callBudget) {
    Deadline deadline = Deadline.in(BUDGET);
    worker =
        new Thread(
            () -> warm(catalogue, prices, callBudget, deadline), "atelier-first-visit-warmup");
    worker.setDaemon(true);
    worker.setPriority(Thread.MIN_PRIORITY);
  }

  /**
   * Starts warming {@code catalogue}'s products into {@code prices} (the option-price routes' own),
   * each call within {@code callBudget}.
   */
  public static FirstVisitWarmup start(
      Catalogue catalogue, CheapestPrices prices, Duration callBudget) {
    FirstVisitWarmup warmup = new FirstVisitWarmup(catalogue, prices, callBudget);
    warmup.worker.start();
    return warmup;
  }

  /** Whether the warm-up has ended (done, out of budget or closed). */
  public boolean finished() {
    return !worker.isAlive();
  }

  private void warm(
      Catalogue catalogue, CheapestPrices prices, Duration callBudget, Deadline deadline) {
    DesignResolver resolver = new DesignResolver(catalogue);
    for (String product : catalogue.productIds()) {
      if (closed || deadline.expired()) {
        return;
      }
      Optional<ProductVersion> current = catalogue.current(product);
      if (current.isEmpty()) {
        continue;
      }
      Design empty = new Design(product, current.get().version(), List.of());
      resolver
          .resolve(empty, "design")
          .then(d -> prices.options(d, earlier(Deadline.in(callBudget), deadline)));
    }
  }

  private static Deadline earlier(Deadline a, Deadline b) {
    return a.endNanos() - b.endNanos() <= 0 ? a : b;
  }

  @Override
  public void close() {
    closed = true;
  }
}
