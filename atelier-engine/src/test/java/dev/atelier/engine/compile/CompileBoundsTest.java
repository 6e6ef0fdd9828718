package dev.atelier.engine.compile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.engine.model.Attribute;
import dev.atelier.engine.model.Constraint;
import dev.atelier.engine.model.Expr;
import dev.atelier.engine.model.IntegerAttribute;
import dev.atelier.engine.model.LocalizedText;
import dev.atelier.engine.model.ProductModel;
import dev.atelier.engine.result.Deadline;
import dev.atelier.engine.result.Failure;
import dev.atelier.engine.result.Result;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A small model whose encoding is huge is refused as a result, in bounded memory: one linear rule
 * {@code a0 + ... + a(n-1) <= bound} over attributes of 0..999. Before session 17 the encoder
 * listed every partial sum of every layer and wrote a clause per (node, value), looking at the
 * deadline only between rules: eight such attributes filled a 1 GB heap within a minute whatever
 * the deadline, sixteen ran for minutes listing partial sums.
 */
class CompileBoundsTest {

  @Test
  void aSumWithTooManyPartialSumsIsTooLarge() {
    // Sixteen terms of 1,000 values: millions of partial sums to list before any clause.
    Result<CompiledModel> compiled = CompiledModel.compile(sum(16, 999, 8000), Deadline.none());
    assertThat(compiled.isOk()).isFalse();
    assertThat(compiled.failureOrNull().kind()).isEqualTo(Failure.Kind.TOO_LARGE);
  }

  @Test
  void clausesStopAtTheDeadline() {
    // 150 terms of 0..9 pass the partial-sum bound, and their diagram needs about two million
    // clauses: seconds of work within one rule, where the deadline was not looked at before (about
    // 0.3 s in a JVM warmed by the other engine tests, so the deadline is far shorter).
    Result<CompiledModel> compiled = CompiledModel.compile(sum(150, 9, 675), Deadline.inMillis(50));
    assertThat(compiled.isOk()).isFalse();
    assertThat(compiled.failureOrNull().kind()).isEqualTo(Failure.Kind.TIMED_OUT);
  }

  @Test
  void aSmallSumStillCompiles() {
    assertThat(CompiledModel.compile(sum(3, 99, 150), Deadline.none()).isOk()).isTrue();
  }

  private static ProductModel sum(int n, long max, long bound) {
    List<Attribute> attributes = new ArrayList<>();
    List<Expr.Term> terms = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      attributes.add(new IntegerAttribute("a" + i, LocalizedText.of("A"), 0, max, 1, "", false, 0));
      terms.add(new Expr.Term(1, "a" + i));
    }
    Constraint cap =
        new Constraint.Rule(
            "cap", LocalizedText.of("cap"), new Expr.Compare(terms, Expr.Op.LE, bound));
    return new ProductModel(
        "sums",
        "1",
        LocalizedText.of("Sums"),
        "EUR",
        0,
        List.copyOf(attributes),
        List.of(cap),
        List.of());
  }
}
