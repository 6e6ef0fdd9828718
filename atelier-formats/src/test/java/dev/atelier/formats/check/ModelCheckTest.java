package dev.atelier.formats.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.engine.model.Constraint;
import dev.atelier.engine.model.Expr;
import dev.atelier.engine.model.LocalizedText;
import dev.atelier.engine.model.ProductModel;
import dev.atelier.engine.result.Deadline;
import dev.atelier.formats.BruteForce;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModelCheckTest {

  /** frame {steel, alu, carbon}, fork {rigid, suspension}, bell optional {yes}, gears 1..3. */
  static ProductModel bike() {
    return ProductModel.builder("bike")
        .enumeration("frame", "steel", "alu", "carbon")
        .enumeration("fork", "rigid", "suspension")
        .attribute(
            new dev.atelier.engine.model.EnumAttribute(
                "bell",
                LocalizedText.of("bell"),
                List.of(dev.atelier.engine.model.Value.of("yes")),
                true))
        .integer("gears", 1, 3)
        // carbon is never possible: it requires a fork value that the next rule forbids
        .rule("carbon-rigid", Expr.implies(Expr.is("frame", "carbon"), Expr.is("fork", "rigid")))
        .rule("no-rigid", Expr.not(Expr.is("fork", "rigid")))
        // redundant: implied by no-rigid (carbon-rigid is not: without it carbon is possible)
        .rule(
            "alu-suspension", Expr.implies(Expr.is("frame", "alu"), Expr.is("fork", "suspension")))
        // the bell is always fitted
        .rule("bell", new Expr.IsSet("bell"))
        .constraint(
            new Constraint.Table(
                "gears-frame",
                LocalizedText.of("gears-frame"),
                List.of("frame", "gears"),
                List.of(List.of("steel", "*"), List.of("alu", "3"), List.of("carbon", "1")),
                true))
        .build();
  }

  @Test
  void reportsCountsDeadForcedAndRedundantRules() {
    ProductModel model = bike();
    List<String> seen = new ArrayList<>();

    CheckReport r = ModelCheck.run(model, Deadline.inMillis(20_000), (s, d, t) -> seen.add(s));

    assertThat(r.attributeCount()).isEqualTo(4);
    assertThat(r.attributeKinds()).containsEntry("enum", 3).containsEntry("integer", 1);
    assertThat(r.constraintKinds()).containsEntry("rule", 4).containsEntry("table", 1);
    assertThat(r.problems()).isEmpty();
    // steel x 3 gears + alu x gears=3; fork=suspension, bell=yes: 4
    long expected = BruteForce.count(model);
    assertThat(expected).isEqualTo(4);
    assertThat(r.count())
        .isEqualTo(new AnalysisResult.Done<>(new SolutionCount(BigInteger.valueOf(4), true)));
    assertThat(((AnalysisResult.Done<List<ValueRef>>) r.deadValues()).value())
        .containsExactly(new ValueRef("frame", "carbon"), new ValueRef("fork", "rigid"));
    assertThat(((AnalysisResult.Done<List<Forced>>) r.forced()).value())
        .containsExactly(
            new Forced("fork", Forced.Kind.VALUE, "suspension"),
            new Forced("bell", Forced.Kind.VALUE, "yes"));
    Redundancy red = ((AnalysisResult.Done<Redundancy>) r.redundancy()).value();
    assertThat(red.redundant()).containsExactly("alu-suspension");
    assertThat(red.notChecked()).isEmpty();
    assertThat(seen).contains("compile", "valid domains", "count", "redundant rules");
    assertThat(r.render())
        .contains("configurations: 4")
        .contains("dead values: 2: frame=carbon, fork=rigid")
        .contains("redundant rules: 1: alu-suspension");
  }

  @Test
  void redundancyAgreesWithBruteForce() {
    ProductModel model = bike();
    CheckReport r = ModelCheck.run(model, Deadline.inMillis(20_000), ProgressListener.NONE);
    List<String> redundant = ((AnalysisResult.Done<Redundancy>) r.redundancy()).value().redundant();
    long all = BruteForce.count(model);
    for (Constraint c : model.constraints()) {
      List<Constraint> others = new ArrayList<>(model.constraints());
      others.remove(c);
      ProductModel without =
          new ProductModel(
              model.id(),
              model.version(),
              model.label(),
              model.currency(),
              0,
              model.attributes(),
              others,
              List.of());
      boolean isRedundant = BruteForce.count(without) == all;
      assertThat(redundant.contains(c.id())).as(c.id()).isEqualTo(isRedundant);
    }
  }

  @Test
  void expiredDeadlineGivesAnUpperBoundAndNotChecked() {
    CheckReport r =
        ModelCheck.run(bike(), new Deadline(System.nanoTime() - 1), ProgressListener.NONE);

    // 3 frames x 2 forks x (1 value + unset) x 3 gears
    assertThat(r.count())
        .isEqualTo(new AnalysisResult.Done<>(new SolutionCount(BigInteger.valueOf(36), false)));
    assertThat(r.render()).contains("at most 36 (upper bound");
    assertThat(r.deadValues()).isInstanceOf(AnalysisResult.NotChecked.class);
  }

  @Test
  void invalidModelsReportProblemsOnly() {
    ProductModel bad =
        ProductModel.builder("bad").enumeration("a", "x").rule("r", Expr.is("a", "nope")).build();
    CheckReport r = ModelCheck.run(bad, Deadline.inMillis(5_000), ProgressListener.NONE);
    assertThat(r.problems()).singleElement().asString().contains("nope");
    assertThat(r.count()).isInstanceOf(AnalysisResult.NotChecked.class);
  }

  @Test
  void unsatisfiableModelsCountZero() {
    ProductModel unsat =
        ProductModel.builder("u")
            .enumeration("a", "x")
            .rule("r", Expr.not(Expr.is("a", "x")))
            .build();
    CheckReport r = ModelCheck.run(unsat, Deadline.inMillis(5_000), ProgressListener.NONE);
    assertThat(r.count())
        .isEqualTo(new AnalysisResult.Done<>(new SolutionCount(BigInteger.ZERO, true)));
    assertThat(r.redundancy()).isInstanceOf(AnalysisResult.NotChecked.class);
  }
}
