package dev.atelier.engine.session;

import dev.atelier.engine.compile.CompiledModel;
import dev.atelier.engine.model.Attribute;
import dev.atelier.engine.model.BooleanAttribute;
import dev.atelier.engine.model.Fact;
import dev.atelier.engine.model.ProductModel;
import dev.atelier.engine.model.UntickedAsNo;
import dev.atelier.engine.result.Deadline;
import dev.atelier.engine.result.Failure;
import dev.atelier.engine.result.Result;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.logicng.datastructures.Tristate;

/**
 * What the session needs about customer facts and unticked boxes: which facts are still missing,
 * and the decisions with unticked yes/no choices read as "no". Stateless and thread-safe.
 */
final class CustomerFacts {

  private CustomerFacts() {}

  /**
   * The facts of {@code model} without a decision, in model order; a fact that {@linkplain
   * Fact#mayBeAbsent may be absent} is never missing.
   */
  static List<String> missing(ProductModel model, List<Decision> decisions) {
    Set<String> decided = decidedAttributes(decisions);
    List<String> missing = new ArrayList<>();
    for (Fact f : model.facts()) {
      if (!decided.contains(f.attribute()) && !f.mayBeAbsent()) {
        missing.add(f.attribute());
      }
    }
    return missing;
  }

  /**
   * The decisions plus "unset" for each fact that may be absent and has no decision: what
   * completion and proposals start from, so that they never decide such a fact either.
   */
  static List<Decision> absentFactsUnset(ProductModel model, List<Decision> decisions) {
    Set<String> decided = decidedAttributes(decisions);
    List<Decision> out = new ArrayList<>(decisions);
    for (Fact f : model.facts()) {
      if (!decided.contains(f.attribute()) && f.mayBeAbsent()) {
        out.add(new Decision(f.attribute(), Decision.UNSET));
      }
    }
    return out;
  }

  /** The decisions on facts first, then the others, each group in the order given. */
  static List<Decision> factsFirst(ProductModel model, List<Decision> decisions) {
    List<Decision> out = new ArrayList<>();
    decisions.stream().filter(d -> model.isFact(d.attribute())).forEach(out::add);
    decisions.stream().filter(d -> !model.isFact(d.attribute())).forEach(out::add);
    return out;
  }

  static Result<List<Decision>> untickedAsNo(
      CompiledModel model,
      SatSolver solver,
      DecisionResolver resolver,
      List<Decision> decisions,
      Deadline deadline) {
    Set<String> decided = decidedAttributes(decisions);
    List<Decision> noes = new ArrayList<>();
    for (Attribute a : model.model().attributes()) {
      if (UntickedAsNo.ticksToNo(model.model(), a) && !decided.contains(a.id())) {
        noes.add(new Decision(a.id(), BooleanAttribute.FALSE));
      }
    }
    List<Decision> all = new ArrayList<>(decisions);
    all.addAll(noes);
    Tristate t = solver.solve(resolver.literals(all), deadline);
    if (t == Tristate.UNDEF) {
      return Result.failed(Failure.timedOut("reading unticked boxes as no"));
    }
    if (t == Tristate.TRUE || noes.isEmpty()) {
      return Result.ok(List.copyOf(all));
    }
    // Not all "no" fit together: take them one by one in model order, as far as each still fits.
    List<Decision> out = new ArrayList<>(decisions);
    for (Decision no : noes) {
      out.add(no);
      Tristate one = solver.solve(resolver.literals(out), deadline);
      if (one == Tristate.UNDEF) {
        return Result.failed(Failure.timedOut("reading unticked boxes as no"));
      }
      if (one == Tristate.FALSE) {
        out.remove(out.size() - 1);
      }
    }
    return Result.ok(List.copyOf(out));
  }

  private static Set<String> decidedAttributes(List<Decision> decisions) {
    Set<String> decided = new HashSet<>();
    decisions.forEach(d -> decided.add(d.attribute()));
    return decided;
  }
}
