package dev.atelier.bench.tables;

import dev.atelier.bench.run.ModelSource;
import dev.atelier.engine.compile.CompiledModel;
import dev.atelier.engine.model.ProductModel;
import dev.atelier.engine.result.Deadline;
import dev.atelier.engine.result.Result;
import dev.atelier.engine.session.AttributeDomain;
import dev.atelier.engine.session.ConfigurationSession;
import dev.atelier.engine.session.Decision;
import dev.atelier.engine.session.Explanation;
import dev.atelier.engine.session.ValidDomains;
import dev.atelier.formats.ReadResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code java -Xss64m -cp atelier-bench.jar dev.atelier.bench.tables.TreeExplain CARS [--sales
 * FILE] SPEC}: explanation time of refused values on a table model, with the clique tree (its
 * consistency checks answer the explainer's subset checks) against without it (SAT), same process.
 * Each of the first CARS cars of the sales file (generated catalogue or {@code --sales}) is decided
 * up to its first half; then the first refused value of up to three attributes is explained in both
 * sessions (thread CPU time), and the decisions to retract are compared. One markdown row.
 */
public final class TreeExplain {
  private TreeExplain() {}

  /** Runs the timer; see the class comment. */
  public static void main(String[] args) {
    int cars = Integer.parseInt(args[0]);
    Path sales = "--sales".equals(args[1]) ? Path.of(args[2]) : null;
    String spec = args[args.length - 1];
    ReadResult read = ModelSource.read(spec);
    ProductModel model = ((ReadResult.Loaded) read).model();
    List<List<Decision>> drawn =
        sales == null ? ReplayCars.generatedSales(spec, cars) : ReplayCars.realSales(sales, cars);
    CompiledModel tree = CompiledModel.compile(model, Deadline.inMillis(600_000)).orThrow();
    tree.knowledge().cancel();
    if (tree.tables().await(Deadline.inMillis(600_000)).isEmpty()) {
      System.out.println("| `" + spec + "` | no clique tree within its budget | | | |");
      return;
    }
    CompiledModel sat = CompiledModel.compile(model, Deadline.inMillis(600_000)).orThrow();
    sat.knowledge().cancel();
    sat.tables().cancel();
    List<Long> ours = new ArrayList<>();
    List<Long> theirs = new ArrayList<>();
    int differ = 0;
    for (List<Decision> car : drawn) {
      ConfigurationSession a = ConfigurationSession.start(tree);
      ConfigurationSession b = ConfigurationSession.start(sat);
      for (Decision d : car.subList(0, car.size() / 2)) {
        if (a.decide(d.attribute(), d.value(), Deadline.none()).isOk()) {
          b.decide(d.attribute(), d.value(), Deadline.none());
        }
      }
      Result<ValidDomains> domains = a.validDomains(Deadline.none());
      int explained = 0;
      for (AttributeDomain dom : domains.orThrow().domains().values()) {
        if (dom.refused().isEmpty() || dom.decided().isPresent() || explained == 3) {
          continue;
        }
        String value = dom.refused().get(0);
        long t0 = ReplayCars.cpu();
        Result<Explanation> x = a.explain(dom.attribute(), value, Deadline.inMillis(60_000));
        ours.add(ReplayCars.cpu() - t0);
        t0 = ReplayCars.cpu();
        Result<Explanation> y = b.explain(dom.attribute(), value, Deadline.inMillis(60_000));
        theirs.add(ReplayCars.cpu() - t0);
        if (!x.isOk() || !y.isOk() || !x.orThrow().retract().equals(y.orThrow().retract())) {
          differ++;
        }
        explained++;
      }
    }
    System.out.println(
        String.format(
            Locale.ROOT,
            "| `%s` | %d | %s | %s | %d |",
            spec,
            ours.size(),
            ReplayCars.stats(ours.stream().mapToLong(Long::longValue).toArray()),
            ReplayCars.stats(theirs.stream().mapToLong(Long::longValue).toArray()),
            differ));
  }
}
