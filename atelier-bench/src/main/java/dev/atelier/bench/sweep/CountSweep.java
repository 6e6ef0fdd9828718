package dev.atelier.bench.sweep;

import dev.atelier.bench.gen.GeneratorSpec;
import dev.atelier.bench.run.LoadedModel;
import dev.atelier.bench.run.ModelSource;
import dev.atelier.engine.cnf.Cnf;
import dev.atelier.engine.count.CnfCounter;
import dev.atelier.engine.count.DecisionDnnf;
import dev.atelier.engine.count.DnnfCompiler;
import dev.atelier.engine.count.KnowledgeCompilation;
import dev.atelier.engine.count.ModelCounting;
import dev.atelier.engine.result.Deadline;
import dev.atelier.engine.result.Result;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Counts models with several engines one after the other in one process and prints a tab-separated
 * line per model and engine: process CPU time, wall time, peak heap, DNNF size, the count (or why
 * there is none). Usage: {@code java -Xss64m -cp atelier-bench.jar
 * dev.atelier.bench.sweep.CountSweep [--budget SECONDS] [--seeds N] [--engines old,new,dpll]
 * [--family productdoc:35[:k=v,...]] [--stats] MODEL...}; with {@code --stats} it prints {@link
 * StatsTable}'s structure table instead; with {@code --seeds N} every {@code gen:} model runs with
 * {@code seed=1..N}. Engines: {@code old} ({@link ModelCounting#count}: our compiler for 1.5 s of
 * CPU racing LogicNG's d-DNNF), {@code new} ({@link CnfCounter#countOnly}, min-fill branching, no
 * DNNF built: DNNF nodes print as -1; {@code -Datelier.count.only=off} restores the DNNF's count),
 * {@code new-degree} (the same with the min-degree order), {@code new-dnnf} and {@code
 * new-dnnf-degree} (the same compiling the DNNF), {@code dpll} (our compiler without the oracle),
 * {@code oracle} (our compiler with the SAT oracle and separator ranks at any width, no
 * simplification). Not a test; a measuring tool.
 */
public final class CountSweep {

  private CountSweep() {}

  /** Entry point; see the class comment. */
  public static void main(String[] args) throws InterruptedException {
    long budgetSeconds = 60;
    int seeds = 0;
    List<String> engines = List.of("old", "new");
    List<String> models = new ArrayList<>();
    boolean stats = false;
    int i = 0;
    while (i < args.length) {
      String arg = args[i];
      String value = i + 1 < args.length ? args[i + 1] : "";
      i += arg.startsWith("--") ? 2 : 1;
      switch (arg) {
        case "--budget" -> budgetSeconds = Long.parseLong(value);
        case "--seeds" -> seeds = Integer.parseInt(value);
        case "--engines" -> engines = List.of(value.split(","));
        case "--family" -> models.addAll(family(value));
        case "--stats" -> {
          stats = true;
          i--;
        }
        default -> models.add(arg);
      }
    }
    if (stats) {
      StatsTable.print(models, seeds);
      return;
    }
    System.out.println(
        "model\tvars\tclauses\tengine\tcpu_ms\twall_ms\tpeak_heap_mib\tdnnf_nodes\tresult");
    Map<String, List<Long>> solved = new TreeMap<>();
    int runs = 0;
    for (String model : models) {
      for (String spec : seeded(model, seeds)) {
        LoadedModel loaded =
            ModelSource.load(spec, Optional.empty(), Deadline.inMillis(600_000)).orThrow();
        Cnf cnf = loaded.compiled().cnf();
        runs++;
        for (String engine : engines) {
          System.gc();
          long cpu = run(spec, cnf, engine, budgetSeconds);
          List<Long> times = solved.computeIfAbsent(engine, e -> new ArrayList<>());
          if (cpu >= 0) {
            times.add(cpu);
          }
        }
      }
    }
    for (Map.Entry<String, List<Long>> e : solved.entrySet()) {
      List<Long> times = e.getValue();
      Collections.sort(times);
      System.out.printf(
          "# %s: %d of %d counted; median CPU ms of those counted %s%n",
          e.getKey(),
          times.size(),
          runs,
          times.isEmpty() ? "-" : times.get(times.size() / 2).toString());
    }
  }

  /** {@code model} with {@code seed=1..seeds} when it is generated and seeds is positive. */
  static List<String> seeded(String model, int seeds) {
    if (seeds <= 0 || !model.startsWith(GeneratorSpec.PREFIX)) {
      return List.of(model);
    }
    List<String> specs = new ArrayList<>();
    for (int s = 1; s <= seeds; s++) {
      specs.add(
          model + (model.contains(":") && model.indexOf(':', 4) > 0 ? "," : ":") + "seed=" + s);
    }
    return specs;
  }

  /**
   * The seeded instance set of a family shorthand: {@code productdoc:N} is N product-documentation
   * instances (seeds 1..N) whose sizes step evenly from 1,400 to 2,000 variables, as the held-back
   * automotive formulas of issue 14 (35 of 1.4k-2k variables).
   */
  static List<String> family(String shorthand) {
    String[] parts = shorthand.split(":");
    if (parts.length < 2 || parts.length > 3 || !parts[0].equals("productdoc")) {
      throw new IllegalArgumentException(
          "unknown family " + shorthand + " (productdoc:N[:k=v,..])");
    }
    String extra = parts.length == 3 ? "," + parts[2] : "";
    int n = Integer.parseInt(parts[1]);
    List<String> specs = new ArrayList<>(n);
    for (int s = 1; s <= n; s++) {
      int vars = 1400 + (n == 1 ? 0 : (s - 1) * 600 / (n - 1));
      specs.add(GeneratorSpec.PREFIX + "productdoc:vars=" + vars + ",seed=" + s + extra);
    }
    return specs;
  }

  /** Runs one engine on one model, prints its line; the CPU ms when it counted, else -1. */
  private static long run(String spec, Cnf cnf, String engine, long budgetSeconds)
      throws InterruptedException {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      pool.resetPeakUsage();
    }
    // CPU budgets; the wall clock only stops a run the shared machine starves completely.
    Deadline deadline = Deadline.inMillis(budgetSeconds * 10_000);
    AtomicReference<String> result = new AtomicReference<>("none");
    AtomicReference<Integer> nodes = new AtomicReference<>(-1);
    long cpu0 = processCpuNanos();
    long wall0 = System.nanoTime();
    Thread worker =
        new Thread(
            null,
            () -> {
              switch (engine) {
                case "old", "race" ->
                    result.set(
                        describe(
                            ModelCounting.count(
                                cnf, new int[0], Deadline.inMillis(budgetSeconds * 2000))));
                case "new", "new-degree" ->
                    result.set(
                        CnfCounter.countOnly(
                                cnf.numVars(),
                                cnf.clauses(),
                                new int[0],
                                deadline,
                                budgetSeconds * 1000,
                                engine.equals("new"))
                            .map(BigInteger::toString)
                            .orElse("not within budget"));
                case "new-dnnf", "new-dnnf-degree" -> {
                  Optional<DecisionDnnf> d =
                      CnfCounter.compile(
                          cnf.numVars(),
                          cnf.clauses(),
                          new int[0],
                          deadline,
                          budgetSeconds * 1000,
                          engine.equals("new-dnnf"));
                  nodes.set(d.map(DecisionDnnf::size).orElse(-1));
                  result.set(
                      d.map(x -> x.count(new int[0]).toString()).orElse("not within budget"));
                }
                case "dpll", "oracle" -> {
                  Optional<DecisionDnnf> d =
                      DnnfCompiler.compile(
                          cnf.numVars(),
                          cnf.clauses(),
                          new int[0],
                          deadline,
                          50 * KnowledgeCompilation.MAX_NODES,
                          cpuSpent(budgetSeconds),
                          engine.equals("oracle"));
                  nodes.set(d.map(DecisionDnnf::size).orElse(-1));
                  result.set(
                      d.map(x -> x.count(new int[0]).toString()).orElse("not within budget"));
                }
                default -> result.set("unknown engine " + engine);
              }
            },
            "sweep",
            1L << 30);
    worker.start();
    worker.join();
    long cpu = (processCpuNanos() - cpu0) / 1_000_000;
    long wall = (System.nanoTime() - wall0) / 1_000_000;
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    String r = result.get();
    // Long counts: their length and a hash, so that two runs' counts can be compared exactly.
    String shown =
        r.length() > 30 ? r.length() + " digits #" + Integer.toHexString(r.hashCode()) : r;
    System.out.printf(
        "%s\t%d\t%d\t%s\t%d\t%d\t%d\t%d\t%s%n",
        spec,
        cnf.numVars(),
        cnf.clauses().length,
        engine,
        cpu,
        wall,
        peak >> 20,
        nodes.get(),
        shown);
    System.out.flush();
    return r.chars().allMatch(Character::isDigit) && !r.isEmpty() ? cpu : -1;
  }

  private static java.util.function.BooleanSupplier cpuSpent(long seconds) {
    java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long start = threads.getCurrentThreadCpuTime();
    return () -> threads.getCurrentThreadCpuTime() - start > seconds * 1_000_000_000L;
  }

  private static String describe(Result<BigInteger> r) {
    return r.isOk() ? r.orThrow().toString() : r.failureOrNull().message();
  }

  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }
}
