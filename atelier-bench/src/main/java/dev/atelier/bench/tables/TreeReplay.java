package dev.atelier.bench.tables;

import dev.atelier.bench.gen.CatalogueSales;
import dev.atelier.bench.gen.GeneratedModels;
import dev.atelier.bench.gen.GeneratorSpec;
import dev.atelier.bench.report.Percentiles;
import dev.atelier.engine.compile.CompiledModel;
import dev.atelier.engine.count.Artefacts;
import dev.atelier.engine.count.CliqueCounts;
import dev.atelier.engine.count.CliqueSupport;
import dev.atelier.engine.count.CliqueTree;
import dev.atelier.engine.count.TableCompilation;
import dev.atelier.engine.count.TableCounter;
import dev.atelier.engine.count.TableCsp;
import dev.atelier.engine.model.Attribute;
import dev.atelier.engine.model.ProductModel;
import dev.atelier.engine.result.Deadline;
import dev.atelier.engine.result.Result;
import dev.atelier.engine.session.ConfigurationSession;
import dev.atelier.engine.session.Decision;
import dev.atelier.formats.ReadResult;
import dev.atelier.formats.sales.SalesFile;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * {@code java -cp atelier-bench.jar dev.atelier.bench.tables.TreeReplay CONFIGS OLD_CONFIGS
 * SPEC...}: for each generated table model, the count by variable elimination (old) and over the
 * clique tree (new), the tree's build time and size, then a replay of CONFIGS random full
 * configurations drawn from the model (each variable in random order takes a random valid value),
 * deciding one value at a time in a session and timing the valid domains after each decision
 * (thread CPU time): new = sessions on the clique tree, old = sessions without it (decision-DNNF
 * when it fits, else SAT), on the first OLD_CONFIGS configurations. For a catalogue model ({@code
 * products=M}) the configurations are the first CONFIGS cars of its sales file ({@link
 * CatalogueSales}), decided in column order as {@code atelier bench --replay} does. One line per
 * model on standard output.
 */
public final class TreeReplay {
  private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

  private TreeReplay() {}

  /** Runs the replay; see the class comment. */
  public static void main(String[] args) {
    PrintStream out = System.out;
    int configs = Integer.parseInt(args[0]);
    int oldConfigs = Integer.parseInt(args[1]);
    out.println(
        "| model | ve count ms | tree build ms | tree rows / MiB / artefact | tree count ms | tree"
            + " p50/p99/max ms | old p50/p99/max ms (n, path) |");
    for (int a = 2; a < args.length; a++) {
      out.println(row(args[a], configs, oldConfigs));
    }
  }

  private static String row(String spec, int configs, int oldConfigs) {
    ProductModel model = ((ReadResult.Loaded) GeneratedModels.read(spec)).model();
    TableCsp csp = TableCsp.of(model).orElseThrow();
    long t0 = cpu();
    Result<BigInteger> old = TableCounter.count(csp, new int[0], Deadline.inMillis(120_000));
    long oldCount = cpu() - t0;
    t0 = cpu();
    Result<CliqueTree> built =
        CliqueTree.build(csp, Deadline.inMillis(120_000), TableCompilation.MAX_CELLS, () -> false);
    long build = cpu() - t0;
    if (!built.isOk()) {
      return String.format(
          Locale.ROOT,
          "| `%s` | %.0f | %s after %.0f ms | | | | |",
          spec,
          oldCount / 1e6,
          built.failureOrNull().kind(),
          build / 1e6);
    }
    CliqueTree tree = built.orThrow();
    t0 = cpu();
    boolean[][] all = csp.restrict(new int[0]).orElseThrow();
    CliqueCounts.Counts counts = CliqueCounts.count(tree, all, Deadline.none()).orThrow();
    long newCount = cpu() - t0;
    if (old.isOk() && !counts.total().equals(old.orThrow())) {
      throw new IllegalStateException(spec + ": counts differ " + old + " " + counts.total());
    }
    int artefactBytes = Artefacts.write(tree, "replay").length;
    boolean catalogue = GeneratorSpec.parse(spec).orElseThrow().integer("products", 0) > 0;
    List<List<Decision>> drawn =
        catalogue ? sales(spec, configs) : draw(model, tree, configs, new Random(1));
    long[] ours = new long[0];
    long[] theirs = new long[0];
    String oldPath = "–";
    if (configs > 0) {
      ours = replay(withTree(model), drawn);
      CompiledModel without = withoutTree(model);
      oldPath =
          without
              .knowledge()
              .ready()
              .map(d -> "DNNF " + d.size() + " nodes")
              .orElse("SAT (DNNF not within budget)");
      theirs = replay(without, drawn.subList(0, Math.min(oldConfigs, drawn.size())));
    }
    return String.format(
        Locale.ROOT,
        "| `%s` | %.0f | %.0f | %,d / %.1f / %,d B | %.0f | %s | %s (%d, %s) |",
        spec,
        oldCount / 1e6,
        build / 1e6,
        tree.rows(),
        tree.bytes() / 1048576.0,
        artefactBytes,
        newCount / 1e6,
        stats(ours),
        stats(theirs),
        theirs.length,
        oldPath);
  }

  /** The first {@code lines} cars of the catalogue's sales file ({@link CatalogueSales}). */
  private static List<List<Decision>> sales(String spec, int lines) {
    SalesFile.Read read =
        SalesFile.parse(CatalogueSales.text(GeneratorSpec.parse(spec).orElseThrow(), lines), spec);
    SalesFile file = ((SalesFile.Parsed) read).sales();
    List<List<Decision>> drawn = new ArrayList<>();
    for (List<String> row : file.rows()) {
      List<Decision> decisions = new ArrayList<>();
      for (int c = 0; c < row.size(); c++) {
        decisions.add(new Decision(file.columns().get(c), row.get(c)));
      }
      drawn.add(decisions);
    }
    return drawn;
  }

  private static CompiledModel withTree(ProductModel model) {
    CompiledModel compiled = CompiledModel.compile(model, Deadline.inMillis(600_000)).orThrow();
    compiled.knowledge().cancel();
    if (compiled.tables().await(Deadline.inMillis(600_000)).isEmpty()) {
      throw new IllegalStateException("no clique tree");
    }
    return compiled;
  }

  private static CompiledModel withoutTree(ProductModel model) {
    CompiledModel compiled = CompiledModel.compile(model, Deadline.inMillis(600_000)).orThrow();
    compiled.tables().cancel();
    compiled.knowledge().await(Deadline.inMillis(60_000));
    return compiled;
  }

  /** Random valid full configurations: variables in random order, each a random valid value. */
  private static List<List<Decision>> draw(
      ProductModel model, CliqueTree tree, int count, Random random) {
    List<Attribute> attributes = model.attributes();
    List<List<Decision>> drawn = new ArrayList<>();
    for (int c = 0; c < count; c++) {
      CliqueSupport support = tree.newSupport();
      boolean[][] allowed = support.valid();
      List<Integer> order = new ArrayList<>();
      for (int i = 0; i < attributes.size(); i++) {
        order.add(i);
      }
      Collections.shuffle(order, random);
      List<Decision> decisions = new ArrayList<>();
      for (int x : order) {
        List<Integer> values = new ArrayList<>();
        for (int j = 0; j < allowed[x].length; j++) {
          if (allowed[x][j]) {
            values.add(j);
          }
        }
        int j = values.get(random.nextInt(values.size()));
        List<String> ids = attributes.get(x).valueIds();
        decisions.add(
            new Decision(attributes.get(x).id(), j < ids.size() ? ids.get(j) : Decision.UNSET));
        java.util.Arrays.fill(allowed[x], false);
        allowed[x][j] = true;
        allowed = support.restrict(allowed, Deadline.none()).orThrow();
      }
      drawn.add(decisions);
    }
    return drawn;
  }

  private static long[] replay(CompiledModel compiled, List<List<Decision>> drawn) {
    List<Long> times = new ArrayList<>();
    for (List<Decision> decisions : drawn) {
      ConfigurationSession session = ConfigurationSession.start(compiled);
      session.validDomains(Deadline.none()).orThrow();
      for (Decision d : decisions) {
        session.decide(d.attribute(), d.value(), Deadline.none()).orThrow();
        long t0 = cpu();
        session.validDomains(Deadline.none()).orThrow();
        times.add(cpu() - t0);
      }
    }
    return times.stream().mapToLong(Long::longValue).toArray();
  }

  private static String stats(long[] nanos) {
    if (nanos.length == 0) {
      return "–";
    }
    return String.format(
        Locale.ROOT,
        "%.3f / %.3f / %.3f",
        Percentiles.of(nanos, 50) / 1e6,
        Percentiles.of(nanos, 99) / 1e6,
        Percentiles.of(nanos, 100) / 1e6);
  }

  private static long cpu() {
    return CPU.getCurrentThreadCpuTime();
  }
}
