package dev.atelier.bench;

import dev.atelier.bench.run.LoadedModel;
import dev.atelier.engine.compile.CompiledModel;
import dev.atelier.engine.model.EnumAttribute;
import dev.atelier.engine.model.Expr;
import dev.atelier.engine.model.LocalizedText;
import dev.atelier.engine.model.ProductModel;
import dev.atelier.engine.model.Value;
import dev.atelier.engine.result.Deadline;
import java.util.List;

/** Small models for the harness tests. */
final class TinyModels {

  /**
   * (x1 or x2) and (not x1 or x3), x4 free: 8 configurations, and every decision leaves something
   * to decide until all four are fixed.
   */
  static final String SMALL_DIMACS = "c 1 a\nc 2 b\nc 3 c\np cnf 4 2\n1 2 0\n-1 3 0\n";

  private TinyModels() {}

  /**
   * A car in the sales-file style: engine 0 petrol | 1 diesel | 2 electric, gearbox 0 manual | 1
   * automatic, optional tow bar 0. Electric cars are automatic and have no tow bar.
   */
  static LoadedModel car() {
    ProductModel model =
        ProductModel.builder("car")
            .enumeration("engine", "0", "1", "2")
            .enumeration("gearbox", "0", "1")
            .attribute(
                new EnumAttribute("tow", LocalizedText.of("Tow bar"), List.of(Value.of("0")), true))
            .rule("electric-auto", Expr.implies(Expr.is("engine", "2"), Expr.is("gearbox", "1")))
            .rule(
                "electric-no-tow",
                Expr.implies(Expr.is("engine", "2"), Expr.not(new Expr.IsSet("tow"))))
            .build();
    CompiledModel compiled = CompiledModel.compile(model, Deadline.inMillis(10_000)).orThrow();
    return new LoadedModel("car", compiled, 0, 0);
  }
}
