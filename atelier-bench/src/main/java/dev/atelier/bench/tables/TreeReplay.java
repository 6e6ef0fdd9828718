package dev.atelier.bench.tables;

import dev.atelier.bench.gen.GeneratorSpec;
import dev.atelier.bench.run.ModelSource;
import dev.atelier.engine.compile.CompiledModel;
import dev.atelier.engine.count.Artefacts;
import dev.atelier.engine.count.CliqueCounts;
import dev.atelier.engine.count.CliqueTree;
import dev.atelier.engine.count.TableCompilation;
import dev.atelier.engine.count.TableCounter;
import dev.atelier.engine.count.TableCsp;
import dev.atelier.engine.model.ProductModel;
import dev.atelier.engine.result.Deadline;
import dev.atelier.engine.result.Result;
import dev.atelier.engine.session.Decision;
import dev.atelier.formats.ReadResult;
import java.io.PrintStream;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;

/**
 * {@code java -Xss64m -cp atelier-bench.jar dev.atelier.bench.tables.TreeReplay [--old-cap SECONDS]
 * [--tree-old PATH] [--family renault-sized] [--sales FILE] CONFIGS SPEC...}: per table model, the
 * count by variable elimination and over the clique tree (new), the tree's build time, rows and
 * artefact bytes, then a replay of CONFIGS cars deciding one value at a time in a session and
 * timing the valid domains after each decision (thread CPU time): new = sessions on the clique
 * tree, old = sessions without it (decision-DNNF when it fits its production budget, else SAT), the
 * old path's CNF compile and replay together under a hard CPU cap ({@code --old-cap}, 60 s; a row
 * it stops says "over cap"). With {@code --tree-old PATH} the tree replay alternates car by car
 * between the default valid-domains path and {@code -Datelier.treedomains=PATH} ({@code scan},
 * {@code counters}). Cars: for a catalogue model ({@code products=M}) its sales file ({@code
 * CatalogueSales}); for an XCSP file the real sales file given by {@code --sales} before it; else
 * random full configurations drawn from the model. {@code --family renault-sized} appends the sweep
 * of Renault-sized catalogues ({@link #RENAULT_SIZED}). One markdown row per model on standard
 * output.
 */
public final class TreeReplay {
  /** Width 4 to 14 at the held-back Renault's size, then more and fewer tuples at width 12. */
  static final List<String> RENAULT_SIZED =
      List.of(
          "gen:tables:vars=268,arity=12,domain=324,products=1000,width=4",
          "gen:tables:vars=268,arity=12,domain=324,products=1000,width=6",
          "gen:tables:vars=268,arity=12,domain=324,products=1000,width=8",
          "gen:tables:vars=268,arity=12,domain=324,products=1000,width=10",
          "gen:tables:vars=268,arity=12,domain=324,products=1000,width=12",
          "gen:tables:vars=268,arity=12,domain=324,products=1000,width=14",
          "gen:tables:vars=268,arity=12,domain=324,products=300,width=12",
          "gen:tables:vars=268,arity=12,domain=324,products=2000,width=12",
          "gen:tables:vars=268,arity=12,domain=324,products=1000,noise=1,width=12");

  private TreeReplay() {}

  /** Runs the replay; see the class comment. */
  public static void main(String[] args) {
    PrintStream out = System.out;
    long oldCap = 60;
    String treeOld = null;
    Path sales = null;
    List<String[]> models = new ArrayList<>();
    int configs = -1;
    int a = 0;
    while (a < args.length) {
      switch (args[a]) {
        case "--old-cap" -> oldCap = Long.parseLong(args[a + 1]);
        case "--sales" -> sales = Path.of(args[a + 1]);
        case "--tree-old" -> treeOld = args[a + 1];
        case "--family" -> {
          if (!"renault-sized".equals(args[a + 1])) {
            throw new IllegalArgumentException("unknown family " + args[a + 1]);
          }
          RENAULT_SIZED.forEach(s -> models.add(new String[] {s, null}));
        }
        default -> {
          if (configs < 0) {
            configs = Integer.parseInt(args[a]);
          } else {
            models.add(new String[] {args[a], sales == null ? null : sales.toString()});
          }
        }
      }
      a += args[a].startsWith("--") ? 2 : 1;
    }
    out.println(
        "| model | tables / tuples | ve count ms | tree build ms | tree width / rows / artefact |"
            + " tree count ms | tree p50/p99/max ms (decisions, cars) | tree old path"
            + " p50/p99/max ms (decisions) | old p50/p99/max ms (decisions, cars, path, CPU s) |");
    for (String[] m : models) {
      Path salesFile = m[1] == null ? null : Path.of(m[1]);
      out.println(row(m[0], salesFile, configs, oldCap * 1_000_000_000L, treeOld));
      out.flush();
    }
  }

  private static String row(
      String spec, Path salesFile, int configs, long oldCapNanos, String treeOld) {
    ReadResult read = ModelSource.read(spec);
    ProductModel model = ((ReadResult.Loaded) read).model();
    TableCsp csp = TableCsp.of(model).orElseThrow();
    long tuples = csp.tables().stream().mapToLong(r -> r.rows().length).sum();
    String head =
        String.format(Locale.ROOT, "| `%s` | %d / %,d", spec, csp.tables().size(), tuples);
    long t0 = ReplayCars.cpu();
    Result<BigInteger> old = TableCounter.count(csp, new int[0], Deadline.inMillis(120_000));
    long oldCount = ReplayCars.cpu() - t0;
    t0 = ReplayCars.cpu();
    Result<CliqueTree> built =
        CliqueTree.build(csp, Deadline.inMillis(600_000), TableCompilation.MAX_CELLS, () -> false);
    long build = ReplayCars.cpu() - t0;
    if (!built.isOk()) {
      return String.format(
          Locale.ROOT,
          "%s | %.0f | %s after %.0f | | | | | |",
          head,
          oldCount / 1e6,
          built.failureOrNull().kind(),
          build / 1e6);
    }
    CliqueTree tree = built.orThrow();
    t0 = ReplayCars.cpu();
    boolean[][] all = csp.restrict(new int[0]).orElseThrow();
    CliqueCounts.Counts counts = CliqueCounts.count(tree, all, Deadline.none()).orThrow();
    long newCount = ReplayCars.cpu() - t0;
    if (old.isOk() && !counts.total().equals(old.orThrow())) {
      throw new IllegalStateException(spec + ": counts differ " + old + " " + counts.total());
    }
    int artefactBytes = Artefacts.write(tree, "replay").length;
    List<List<Decision>> cars = cars(spec, salesFile, model, tree, configs);
    Optional<CompiledModel> withTree = withTree(model);
    ReplayCars.Times none = new ReplayCars.Times(new long[0], 0, true);
    ReplayCars.Times[] both =
        withTree.isEmpty()
            ? new ReplayCars.Times[] {none, none}
            : treeOld == null
                ? new ReplayCars.Times[] {
                  ReplayCars.replay(withTree.get(), cars, ReplayCars.cpu(), Long.MAX_VALUE), none
                }
                : ReplayCars.alternate(withTree.get(), cars, treeOld);
    ReplayCars.Times ours = both[0];
    withTree = Optional.empty();
    System.gc();
    long oldStart = ReplayCars.cpu();
    String oldPath;
    ReplayCars.Times theirs;
    Optional<CompiledModel> without = withoutTree(model, oldCapNanos);
    if (without.isEmpty()) {
      oldPath = "CNF compile over cap";
      theirs = new ReplayCars.Times(new long[0], 0, true);
    } else {
      oldPath =
          without
              .get()
              .knowledge()
              .ready()
              .map(d -> "DNNF " + d.size() + " nodes")
              .orElse("SAT (DNNF not within budget)");
      theirs = ReplayCars.replay(without.get(), cars, oldStart, oldCapNanos);
    }
    double oldCpu = (ReplayCars.cpu() - oldStart) / 1e9;
    return String.format(
        Locale.ROOT,
        "%s | %.0f | %.0f | %d / %,d / %,d B | %.0f | %s (%,d, %d) | %s %s (%,d) |"
            + " %s (%,d, %d, %s, %.1f%s) |",
        head,
        oldCount / 1e6,
        build / 1e6,
        built.orThrow().width(),
        built.orThrow().rows(),
        artefactBytes,
        newCount / 1e6,
        ReplayCars.stats(ours.nanos()),
        ours.nanos().length,
        ours.cars(),
        treeOld == null ? "" : treeOld + ":",
        ReplayCars.stats(both[1].nanos()),
        both[1].nanos().length,
        ReplayCars.stats(theirs.nanos()),
        theirs.nanos().length,
        theirs.cars(),
        oldPath,
        oldCpu,
        theirs.overCap() ? ", **over cap**" : "");
  }

  private static List<List<Decision>> cars(
      String spec, Path salesFile, ProductModel model, CliqueTree tree, int configs) {
    if (salesFile != null) {
      return ReplayCars.realSales(salesFile, configs);
    }
    Optional<GeneratorSpec> generated = GeneratorSpec.parse(spec);
    if (generated.isPresent() && generated.get().integer("products", 0) > 0) {
      return ReplayCars.generatedSales(spec, configs);
    }
    return ReplayCars.draw(model, tree, configs, new Random(1));
  }

  /** The model with its tree, or empty when the tree is over its production budget. */
  private static Optional<CompiledModel> withTree(ProductModel model) {
    CompiledModel compiled = CompiledModel.compile(model, Deadline.inMillis(600_000)).orThrow();
    compiled.knowledge().cancel();
    return compiled.tables().await(Deadline.inMillis(600_000)).map(t -> compiled);
  }

  /** The model without its tree, or empty when its CNF compile passes the cap (4× in wall). */
  private static Optional<CompiledModel> withoutTree(ProductModel model, long capNanos) {
    Result<CompiledModel> compiled =
        CompiledModel.compile(model, Deadline.inMillis(capNanos / 250_000));
    if (!compiled.isOk()) {
      return Optional.empty();
    }
    compiled.orThrow().tables().cancel();
    compiled.orThrow().knowledge().await(Deadline.inMillis(60_000));
    return Optional.of(compiled.orThrow());
  }
}
