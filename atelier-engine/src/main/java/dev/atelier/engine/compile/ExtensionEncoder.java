package dev.atelier.engine.compile;

import dev.atelier.engine.cnf.VariableMap;
import dev.atelier.engine.model.Expr;
import dev.atelier.engine.result.Failure;
import dev.atelier.engine.result.Result;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Encodes expressions over a compiled model's attributes, and optionally a bound on its total
 * price, as clauses numbered after the model's own. One per call; not thread-safe.
 */
final class ExtensionEncoder {
  private final CompiledModel compiled;

  ExtensionEncoder(CompiledModel compiled) {
    this.compiled = compiled;
  }

  /** See {@link CompiledModel#encode(List, long)}. */
  Result<Extension> encode(List<Expr> exprs, long maxTotal) {
    CnfBuilder extra = new CnfBuilder(compiled.cnf().numVars());
    ExprEncoder encoder = new ExprEncoder(extra, compiled.variables());
    boolean budget = maxTotal != Long.MAX_VALUE;
    int[] lits = new int[exprs.size() + (budget ? 1 : 0)];
    try {
      for (int k = 0; k < exprs.size(); k++) {
        lits[k] = encoder.literal(exprs.get(k));
      }
      if (budget) {
        lits[exprs.size()] =
            new SumEncoder(extra, priceSumTerms()).atMost(maxTotal - compiled.model().basePrice());
      }
    } catch (SumEncoder.TooLarge e) {
      return Result.failed(Failure.Kind.TOO_LARGE, e.getMessage());
    }
    return Result.ok(new Extension(extra.numVars(), extra.clauses(), lits));
  }

  /**
   * The price terms as the sum encoder's terms: one term per attribute whose values are priced (its
   * values are mutually exclusive, so the diagram stays small), one per other term.
   */
  private List<List<SumEncoder.Case>> priceSumTerms() {
    VariableMap variables = compiled.variables();
    Map<Integer, Long> amounts = new HashMap<>();
    for (PriceTerm t : compiled.priceTerms()) {
      amounts.merge(t.literal(), t.amount(), Long::sum);
    }
    List<List<SumEncoder.Case>> terms = new ArrayList<>();
    for (int i = 0; i < variables.attributes().size(); i++) {
      int[] values = variables.valueLiterals(i);
      boolean priced = false;
      for (int lit : values) {
        priced |= amounts.containsKey(lit);
      }
      if (!priced) {
        continue;
      }
      List<SumEncoder.Case> cases = new ArrayList<>();
      for (int lit : values) {
        Long amount = amounts.remove(lit);
        cases.add(new SumEncoder.Case(lit, amount == null ? 0 : amount));
      }
      if (variables.attributes().get(i).optional()) {
        cases.add(new SumEncoder.Case(-variables.setLiteral(i), 0));
      }
      terms.add(cases);
    }
    amounts.forEach(
        (lit, amount) ->
            terms.add(List.of(new SumEncoder.Case(lit, amount), new SumEncoder.Case(-lit, 0))));
    return terms;
  }
}
