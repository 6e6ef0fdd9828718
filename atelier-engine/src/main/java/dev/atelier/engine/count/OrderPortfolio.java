package dev.atelier.engine.count;

import dev.atelier.engine.result.Deadline;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * Counts one CNF by several branching orders taking turns on one core: each order's count-only
 * search ({@link ComponentSearch}) runs on its own thread, but only one thread runs at a time, so
 * the searches share one CPU budget and a paused search resumes where it stopped, with its cache.
 * The orders take turns, each running a slice as long as all it has had so far (at least the first
 * slice), so each doubles its CPU time at its turn and none takes more than about twice the
 * others'. On product documentation at width 68 neither min-fill nor min-degree ranks win on every
 * instance, and no early sign told which one would (docs/performance.md, session 19: a search's
 * {@link ComponentSearch#progress()} stays flat for seconds and then jumps). {@code
 * -Datelier.count.portfolioPick=estimate} runs instead the order with the least estimated remaining
 * CPU time (its CPU so far times {@code (1 - p) / p}, {@code p} its progress), for measuring. Each
 * search has its share of the count cache's bound. Measured on the 35 instances of width 68 it
 * counted fewer than min-fill ranks alone (the min-degree order wins on one instance and costs
 * slices on all others), so {@link CnfCounter} uses it only with {@code
 * -Datelier.count.portfolio=on}. One per count; not reusable.
 */
final class OrderPortfolio {
  // -Datelier.count.portfolio=on: the counter's full stage is a portfolio; off by default, as the
  // 35-instance sweep of session 19 counted fewer with it (docs/performance.md).
  static final boolean ON = "on".equals(System.getProperty("atelier.count.portfolio"));
  private static final long FIRST_SLICE_NANOS =
      Long.getLong("atelier.count.sliceMillis", 2000) * 1_000_000;
  // -Datelier.count.portfolioLog=true: each slice's end on standard error, for measuring.
  private static final boolean LOG = Boolean.getBoolean("atelier.count.portfolioLog");
  // -Datelier.count.portfolioForce=K: order K alone, slices of the first slice's length (with the
  // log: its progress over time), for measuring.
  private static final int FORCE = Integer.getInteger("atelier.count.portfolioForce", -1);
  private static final boolean ESTIMATE =
      "estimate".equals(System.getProperty("atelier.count.portfolioPick"));
  private static final long STACK_BYTES = 512L * 1024 * 1024;

  private final int numVars;
  private final int[][] clauses;
  private final int[] units;
  private final List<int[]> orders;
  private final Deadline deadline;
  private final BooleanSupplier stop;
  private final long cpuNanos;
  private final long[] cpu;
  private final double[] progress;
  private final boolean[] ended;
  private int turn = Math.max(0, FORCE);
  private final long firstSlice;
  private long slice;
  private int slices = 1;
  private boolean over;
  private BigInteger answer;

  private OrderPortfolio(
      int numVars,
      int[][] clauses,
      int[] units,
      List<int[]> orders,
      Deadline deadline,
      BooleanSupplier stop,
      long cpuNanos,
      long firstSliceNanos) {
    this.firstSlice = firstSliceNanos;
    this.slice = firstSliceNanos;
    this.numVars = numVars;
    this.clauses = clauses;
    this.units = units;
    this.orders = orders;
    this.deadline = deadline;
    this.stop = stop;
    this.cpuNanos = cpuNanos;
    this.cpu = new long[orders.size()];
    this.progress = new double[orders.size()];
    this.ended = new boolean[orders.size()];
  }

  /**
   * The number of models of {@code clauses} over 1..numVars in which all {@code units} hold, by the
   * searches branching on {@code orders} (ranks, higher first) in turn, with the SAT oracle on
   * large components; empty once the deadline passes, {@code stop} holds (it is asked on the
   * searches' threads) or the searches together have used {@code cpuNanos} of CPU time.
   */
  static Optional<BigInteger> count(
      int numVars,
      int[][] clauses,
      int[] units,
      List<int[]> orders,
      Deadline deadline,
      BooleanSupplier stop,
      long cpuNanos) {
    return run(numVars, clauses, units, orders, deadline, stop, cpuNanos, FIRST_SLICE_NANOS)
        .count();
  }

  /** A portfolio's count (empty when a budget ran out) and how many slices its orders ran. */
  record Ran(Optional<BigInteger> count, int slices) {}

  /**
   * As {@link #count}, with a first slice of {@code firstSliceNanos} (tests: 0 hands over at every
   * check).
   */
  static Ran run(
      int numVars,
      int[][] clauses,
      int[] units,
      List<int[]> orders,
      Deadline deadline,
      BooleanSupplier stop,
      long cpuNanos,
      long firstSliceNanos) {
    OrderPortfolio p =
        new OrderPortfolio(
            numVars, clauses, units, orders, deadline, stop, cpuNanos, firstSliceNanos);
    Thread[] threads = new Thread[orders.size()];
    for (int i = 0; i < threads.length; i++) {
      int side = i;
      threads[i] = new Thread(null, () -> p.work(side), "atelier-count-" + i, STACK_BYTES);
      threads[i].setDaemon(true);
      threads[i].start();
    }
    try {
      for (Thread t : threads) {
        t.join();
      }
    } catch (InterruptedException e) {
      p.end();
      Thread.currentThread().interrupt();
    }
    synchronized (p) {
      return new Ran(Optional.ofNullable(p.answer), p.slices);
    }
  }

  private void work(int side) {
    BigInteger result = null;
    try {
      Turn turn = new Turn(side);
      if (turn.await()) {
        ComponentSearch.Limits limits =
            new ComponentSearch.Limits(deadline, turn, Integer.MAX_VALUE);
        DnnfCompiler.Tuning tuning =
            DnnfCompiler.Tuning.DEFAULT.withCacheBytes(ComponentCounter.CACHE_BYTES / cpu.length);
        ComponentSearch<BigInteger> search =
            new ComponentSearch<>(
                new ClauseState(numVars, clauses),
                orders.get(side),
                units.length,
                limits,
                new SatOracle(numVars, clauses, deadline),
                tuning,
                new CountResults());
        turn.search = search;
        result = search.compileRoot(units);
      }
    } catch (ComponentSearch.BudgetSpent | StackOverflowError | OutOfMemoryError e) {
      result = null;
    } finally {
      finished(side, result);
    }
  }

  private synchronized void finished(int side, BigInteger result) {
    ended[side] = true;
    if (result != null && answer == null) {
      answer = result;
      over = true;
    }
    if (!over && turn == side) {
      int next = pick(side);
      over = next < 0;
      turn = next;
      slice = Long.MAX_VALUE;
    }
    notifyAll();
  }

  private synchronized void end() {
    over = true;
    notifyAll();
  }

  /** The order to run after {@code side}'s slice: the next one that has not ended; -1: none. */
  private int pick(int side) {
    if (FORCE >= 0 && FORCE < cpu.length && !ended[FORCE]) {
      return FORCE;
    }
    if (ESTIMATE) {
      return leastEstimate();
    }
    for (int k = 1; k <= cpu.length; k++) {
      int next = (side + k) % cpu.length;
      if (!ended[next]) {
        return next;
      }
    }
    return -1;
  }

  /** One order not yet run, else the least estimated remaining CPU; -1: none. */
  private int leastEstimate() {
    int best = -1;
    double bestEstimate = Double.POSITIVE_INFINITY;
    for (int k = 0; k < cpu.length; k++) {
      if (ended[k]) {
        continue;
      }
      double estimate =
          cpu[k] == 0 ? -1 : progress[k] <= 0 ? Double.MAX_VALUE : cpu[k] * (1 / progress[k] - 1);
      if (best < 0 || estimate < bestEstimate || estimate == bestEstimate && cpu[k] < cpu[best]) {
        best = k;
        bestEstimate = estimate;
      }
    }
    return best;
  }

  private long spent() {
    long sum = 0;
    for (long c : cpu) {
      sum += c;
    }
    return sum;
  }

  /** One order's stop signal: asked by its search every few hundred components. */
  private final class Turn implements BooleanSupplier {
    private final int side;
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private ComponentSearch<BigInteger> search;
    private long sliceStart;

    Turn(int side) {
      this.side = side;
    }

    /** Waits for this order's turn; false when the portfolio is over. */
    boolean await() {
      synchronized (OrderPortfolio.this) {
        while (turn != side && !over) {
          try {
            OrderPortfolio.this.wait();
          } catch (InterruptedException e) {
            over = true;
            Thread.currentThread().interrupt();
          }
        }
        sliceStart = threads.getCurrentThreadCpuTime();
        return !over;
      }
    }

    @Override
    public boolean getAsBoolean() {
      if (stop.getAsBoolean()) {
        end();
        return true;
      }
      long now = threads.getCurrentThreadCpuTime();
      long used = now - sliceStart;
      synchronized (OrderPortfolio.this) {
        if (over || spent() + used > cpuNanos) {
          over = true;
          OrderPortfolio.this.notifyAll();
          return true;
        }
        if (used < slice) {
          return false;
        }
        cpu[side] += used;
        progress[side] = search.progress();
        int next = pick(side);
        slice = FORCE >= 0 ? firstSlice : Math.max(firstSlice, cpu[next]);
        slices++;
        if (LOG) {
          System.err.printf(
              "portfolio: order %d at %d ms CPU, progress %.3g; next %d for %d ms%n",
              side, cpu[side] / 1_000_000, progress[side], next, slice / 1_000_000);
        }
        turn = next;
        OrderPortfolio.this.notifyAll();
      }
      return !await();
    }
  }
}
