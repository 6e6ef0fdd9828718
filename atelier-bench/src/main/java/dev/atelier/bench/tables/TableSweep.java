package dev.atelier.bench.tables;

import dev.atelier.bench.run.ModelSource;
import dev.atelier.engine.cnf.Cnf;
import dev.atelier.engine.compile.CompiledModel;
import dev.atelier.engine.count.Artefacts;
import dev.atelier.engine.count.CliqueCounts;
import dev.atelier.engine.count.CliqueTree;
import dev.atelier.engine.count.DecisionDnnf;
import dev.atelier.engine.count.DnnfCompiler;
import dev.atelier.engine.count.KnowledgeCompilation;
import dev.atelier.engine.count.ModelCounting;
import dev.atelier.engine.count.TableCompilation;
import dev.atelier.engine.count.TableCounter;
import dev.atelier.engine.count.TableCsp;
import dev.atelier.engine.model.ProductModel;
import dev.atelier.engine.result.Deadline;
import dev.atelier.engine.result.Result;
import dev.atelier.formats.ReadResult;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * {@code java -Xss64m -cp atelier-bench.jar dev.atelier.bench.tables.TableSweep [--budget SECONDS]
 * [--engines ve,tree,dnnf,old] MODEL...}: counts table models (generated {@code gen:tables:...} or
 * XCSP files) with several counters one after the other in one process and prints a tab-separated
 * line per model and counter: the model's statistics (variables, tables, tuples, largest domain),
 * the counter's thread CPU time, the count or why there is none, and the compiled form's size
 * (clique-tree width and rows, or decision-DNNF nodes) and artefact bytes. Counters: {@code ve}
 * (variable elimination over the tables, {@link TableCounter}), {@code tree} (clique tree build
 * then sum-product, {@link CliqueTree}, {@link CliqueCounts}), {@code dnnf} (our decision-DNNF
 * compiler on the compiled CNF, as the background compilation runs it), {@code old} (the CNF count
 * race, {@link ModelCounting}, which is what {@code main} counted table models with before the
 * table counter). Budgets are CPU seconds of the counting thread (the race's are wall clock). Not a
 * test; a measuring tool.
 */
public final class TableSweep {
  private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

  private TableSweep() {}

  /** Entry point; see the class comment. */
  public static void main(String[] args) throws InterruptedException {
    long budget = 60;
    String[] engines = {"ve", "tree"};
    int i = 0;
    while (i < args.length && args[i].startsWith("--")) {
      switch (args[i]) {
        case "--budget" -> budget = Long.parseLong(args[i + 1]);
        case "--engines" -> engines = args[i + 1].split(",");
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
      i += 2;
    }
    System.out.println(
        "model\tvars\ttables\ttuples\tmax_domain\tengine\tcpu_ms\tresult\tform\tartefact_bytes");
    for (; i < args.length; i++) {
      String spec = args[i];
      ReadResult read = ModelSource.read(spec);
      ProductModel model = ((ReadResult.Loaded) read).model();
      TableCsp csp = TableCsp.of(model).orElseThrow();
      long tuples = csp.tables().stream().mapToLong(r -> r.rows().length).sum();
      int maxDomain = Arrays.stream(csp.domains()).max().orElse(0);
      String stats =
          String.format(
              Locale.ROOT,
              "%s\t%d\t%d\t%d\t%d",
              spec,
              csp.domains().length,
              csp.tables().size(),
              tuples,
              maxDomain);
      for (String engine : engines) {
        System.gc();
        String[] line = new String[1];
        long seconds = budget;
        Thread worker =
            new Thread(null, () -> line[0] = run(engine, model, csp, seconds), "sweep", 1L << 30);
        worker.start();
        worker.join();
        System.out.println(stats + "\t" + engine + "\t" + line[0]);
        System.out.flush();
      }
    }
  }

  private static String run(String engine, ProductModel model, TableCsp csp, long seconds) {
    long cpuBudget = seconds * 1_000_000_000L;
    long start = CPU.getCurrentThreadCpuTime();
    BooleanSupplier spent = () -> CPU.getCurrentThreadCpuTime() - start > cpuBudget;
    Deadline wall = Deadline.inMillis(seconds * 20_000);
    String result;
    String form = "";
    long bytes = -1;
    switch (engine) {
      case "ve" -> {
        Result<BigInteger> r =
            TableCounter.count(
                csp, new int[0], wall, TableCounter.MAX_ROWS, spent, (d, t, rows) -> {});
        result = describe(r);
      }
      case "tree" -> {
        Result<CliqueTree> built = CliqueTree.build(csp, wall, TableCompilation.MAX_CELLS, spent);
        if (built.isOk()) {
          CliqueTree tree = built.orThrow();
          form = "width " + tree.width() + ", " + tree.rows() + " rows";
          bytes = Artefacts.write(tree, "sweep").length;
          boolean[][] all = csp.restrict(new int[0]).orElseThrow();
          result = describe(CliqueCounts.count(tree, all, wall).map(CliqueCounts.Counts::total));
        } else {
          result = built.failureOrNull().kind().toString();
        }
      }
      case "dnnf" -> {
        Cnf cnf = CompiledModel.compile(model, wall).orThrow().cnf();
        long compiled = CPU.getCurrentThreadCpuTime();
        Optional<DecisionDnnf> d =
            DnnfCompiler.compile(
                cnf.numVars(),
                cnf.clauses(),
                new int[0],
                wall,
                50 * KnowledgeCompilation.MAX_NODES,
                spent,
                false,
                cnf.branchRanks());
        form =
            String.format(Locale.ROOT, "cnf %.0f ms CPU", (compiled - start) / 1e6)
                + d.map(x -> ", " + x.size() + " nodes").orElse("");
        bytes = d.map(x -> Artefacts.write(x, "sweep").length).orElse(-1);
        result = d.map(x -> shorten(x.count(new int[0]).toString())).orElse("not within budget");
      }
      case "old" -> {
        Cnf cnf = CompiledModel.compile(model, wall).orThrow().cnf();
        form =
            String.format(
                Locale.ROOT, "cnf %.0f ms CPU", (CPU.getCurrentThreadCpuTime() - start) / 1e6);
        result = describe(ModelCounting.count(cnf, new int[0], Deadline.inMillis(seconds * 1000)));
      }
      default -> result = "unknown engine";
    }
    long cpu = CPU.getCurrentThreadCpuTime() - start;
    return String.format(Locale.ROOT, "%.0f\t%s\t%s\t%d", cpu / 1e6, result, form, bytes);
  }

  private static String describe(Result<BigInteger> r) {
    return r.isOk() ? shorten(r.orThrow().toString()) : r.failureOrNull().kind().toString();
  }

  private static String shorten(String count) {
    return count.length() > 24
        ? count.length() + " digits (" + count.substring(0, 6) + "…)"
        : count;
  }
}
