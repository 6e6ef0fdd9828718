package dev.atelier.engine.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.engine.answer.RuleRef;
import dev.atelier.engine.compile.CompiledModel;
import dev.atelier.engine.model.Expr;
import dev.atelier.engine.model.ProductModel;
import dev.atelier.engine.result.Deadline;
import dev.atelier.engine.result.Failure;
import dev.atelier.engine.result.Result;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BadInputTest {
  private static final Deadline SOON = Deadline.inMillis(10_000);

  private static ConfigurationSession bikeSession() {
    return ConfigurationSession.start(
        CompiledModel.compile(BikeSessionTest.bike(), SOON).orThrow());
  }

  private static Failure.Kind kind(Result<?> r) {
    assertThat(r.isOk()).as("expected a failure, got %s", r).isFalse();
    return r.failureOrNull().kind();
  }

  @Test
  void unknownAttributeAndValueAreNamed() {
    ConfigurationSession s = bikeSession();
    Result<Decision> r = s.decide("colour", "red", SOON);
    assertThat(kind(r)).isEqualTo(Failure.Kind.UNKNOWN_ATTRIBUTE);
    assertThat(r.failureOrNull().message()).contains("'colour'");
    Result<Decision> v = s.decide("frame", "titanium", SOON);
    assertThat(kind(v)).isEqualTo(Failure.Kind.UNKNOWN_VALUE);
    assertThat(v.failureOrNull().message()).contains("'frame'").contains("'titanium'");
    assertThat(kind(s.explain("frame", "titanium", SOON))).isEqualTo(Failure.Kind.UNKNOWN_VALUE);
    assertThat(kind(s.countPerValue("colour", SOON))).isEqualTo(Failure.Kind.UNKNOWN_ATTRIBUTE);
    assertThat(kind(s.retract("colour"))).isEqualTo(Failure.Kind.UNKNOWN_ATTRIBUTE);
    assertThat(kind(s.retract("frame"))).isEqualTo(Failure.Kind.NOT_APPLICABLE);
    assertThat(kind(s.undo())).isEqualTo(Failure.Kind.NOT_APPLICABLE);
    assertThat(s.decisions()).isEmpty();
  }

  @Test
  void integersOutsideRangeOrStepAreRefusedWithTheRange() {
    ConfigurationSession s = bikeSession();
    Result<Decision> high = s.decide("height", "70", SOON);
    assertThat(kind(high)).isEqualTo(Failure.Kind.OUT_OF_RANGE);
    assertThat(high.failureOrNull().message()).contains("48 to 60 in steps of 2");
    assertThat(kind(s.decide("height", "49", SOON))).isEqualTo(Failure.Kind.OUT_OF_RANGE);
    assertThat(kind(s.decide("height", "tall", SOON))).isEqualTo(Failure.Kind.UNKNOWN_VALUE);
    assertThat(s.decide("height", " 52", SOON).orThrow().value()).isEqualTo("52");
    assertThat(kind(s.decide("frame", Decision.UNSET, SOON))).isEqualTo(Failure.Kind.UNKNOWN_VALUE);
  }

  @Test
  void unsatisfiableModelIsAResultNotAnException() {
    ProductModel m =
        ProductModel.builder("never")
            .enumeration("a", "x", "y")
            .rule("no-x", Expr.not(Expr.is("a", "x")))
            .rule("no-y", Expr.not(Expr.is("a", "y")))
            .build();
    CompiledModel c = CompiledModel.compile(m, SOON).orThrow();
    ConfigurationSession s = ConfigurationSession.start(c);
    assertThat(kind(s.validDomains(SOON))).isEqualTo(Failure.Kind.UNSATISFIABLE_MODEL);
    assertThat(s.count(SOON).orThrow()).isZero();
    assertThat(kind(s.complete(Objective.cheapest(), SOON))).isEqualTo(Failure.Kind.REFUSED);
    Explanation e = s.explain("a", "x", SOON).orThrow();
    assertThat(e.reachable()).isFalse();
    assertThat(e.rules()).extracting(RuleRef::id).containsExactly("no-x");
  }

  @Test
  void invalidModelListsEveryProblem() {
    ProductModel m =
        ProductModel.builder("broken")
            .enumeration("a", "x", "x")
            .integer("n", 5, 1)
            .rule("r1", Expr.is("b", "y"))
            .rule("r1", Expr.is("a", "z"))
            .build();
    Result<CompiledModel> r = CompiledModel.compile(m, SOON);
    assertThat(kind(r)).isEqualTo(Failure.Kind.INVALID_MODEL);
    assertThat(r.failureOrNull().details())
        .anyMatch(d -> d.contains("attribute a") && d.contains("duplicate value id 'x'"))
        .anyMatch(d -> d.contains("attribute n") && d.contains("min <= max"))
        .anyMatch(d -> d.contains("rule r1") && d.contains("unknown attribute 'b'"))
        .anyMatch(d -> d.contains("rule r1") && d.contains("duplicate rule id"))
        .anyMatch(d -> d.contains("rule r1") && d.contains("unknown value 'z'"));
  }

  @Test
  void emptyModelHasExactlyOneEmptyConfiguration() {
    CompiledModel c = CompiledModel.compile(ProductModel.builder("empty").build(), SOON).orThrow();
    ConfigurationSession s = ConfigurationSession.start(c);
    assertThat(s.count(SOON).orThrow()).isEqualTo(BigInteger.ONE);
    assertThat(s.validDomains(SOON).orThrow().domains()).isEmpty();
    assertThat(s.complete(Objective.cheapest(), SOON).orThrow().configuration().values()).isEmpty();
  }

  @Test
  void passedDeadlineGivesTimedOut() {
    ProductModel hard = pigeonholes(12);
    CompiledModel c = CompiledModel.compile(hard, SOON).orThrow();
    ConfigurationSession s = ConfigurationSession.start(c);
    Deadline passed = Deadline.inMillis(0);
    assertThat(kind(s.validDomains(passed))).isEqualTo(Failure.Kind.TIMED_OUT);
    assertThat(kind(s.count(passed))).isEqualTo(Failure.Kind.TIMED_OUT);
    assertThat(kind(s.complete(Objective.cheapest(), passed))).isEqualTo(Failure.Kind.TIMED_OUT);
    assertThat(kind(s.explain("p0", "h0", passed))).isEqualTo(Failure.Kind.TIMED_OUT);
    assertThat(kind(CompiledModel.compile(hard, passed))).isEqualTo(Failure.Kind.TIMED_OUT);
    // A short deadline on a hard question (pigeonhole proofs are exponential for resolution).
    Result<ValidDomains> d = s.validDomains(Deadline.inMillis(200));
    assertThat(kind(d)).isEqualTo(Failure.Kind.TIMED_OUT);
    assertThat(d.failureOrNull().message()).contains("valid domains");
  }

  /** n+1 pigeons in n holes, each pigeon an attribute; at most one pigeon per hole. */
  static ProductModel pigeonholes(int n) {
    var b = ProductModel.builder("pigeons");
    String[] holes = new String[n];
    for (int h = 0; h < n; h++) {
      holes[h] = "h" + h;
    }
    for (int p = 0; p <= n; p++) {
      b.enumeration("p" + p, holes);
    }
    for (int h = 0; h < n; h++) {
      List<Expr> in = new ArrayList<>();
      for (int p = 0; p <= n; p++) {
        in.add(Expr.is("p" + p, "h" + h));
      }
      b.rule("hole" + h, new Expr.Count(in, Expr.Op.LE, 1));
    }
    return b.build();
  }
}
