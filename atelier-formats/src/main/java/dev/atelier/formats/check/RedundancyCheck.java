package dev.atelier.formats.check;

import dev.atelier.engine.compile.CompiledModel;
import dev.atelier.engine.model.Attribute;
import dev.atelier.engine.model.BooleanAttribute;
import dev.atelier.engine.model.Constraint;
import dev.atelier.engine.model.Expr;
import dev.atelier.engine.model.LocalizedText;
import dev.atelier.engine.model.ProductModel;
import dev.atelier.engine.result.Deadline;
import dev.atelier.engine.result.Failure;
import dev.atelier.engine.result.Result;
import dev.atelier.engine.session.ConfigurationSession;
import dev.atelier.engine.session.Decision;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds redundant rules: rule {@code r} is redundant iff no configuration satisfies every other
 * rule and violates {@code r}. The model is compiled once with every rule guarded by a switch
 * attribute ({@code keep_i -> rule_i}, {@code negate_i -> not rule_i}); each rule is then one
 * satisfiability call in a session that switches the other rules on and the rule's negation on.
 * Stateless and thread-safe.
 */
final class RedundancyCheck {

  private RedundancyCheck() {}

  static AnalysisResult<Redundancy> run(
      ProductModel model, Deadline deadline, ProgressListener listener) {
    List<Constraint> rules = model.constraints();
    String prefix = freePrefix(model);
    List<Attribute> attributes = new ArrayList<>(model.attributes());
    List<Constraint> guarded = new ArrayList<>();
    for (int i = 0; i < rules.size(); i++) {
      String keep = prefix + "keep_" + i;
      String negate = prefix + "negate_" + i;
      attributes.add(new BooleanAttribute(keep, LocalizedText.of(keep), false, 0));
      attributes.add(new BooleanAttribute(negate, LocalizedText.of(negate), false, 0));
      Expr formula = rules.get(i).formula();
      guarded.add(rule(keep, Expr.implies(on(keep), formula)));
      guarded.add(rule(negate, Expr.implies(on(negate), Expr.not(formula))));
    }
    ProductModel switched =
        new ProductModel(
            model.id(),
            model.version(),
            model.label(),
            model.currency(),
            0,
            attributes,
            guarded,
            List.of());
    Result<CompiledModel> compiled = CompiledModel.compile(switched, deadline);
    if (!compiled.isOk()) {
      return new AnalysisResult.NotChecked<>(compiled.failureOrNull().message());
    }
    List<String> redundant = new ArrayList<>();
    List<String> notChecked = new ArrayList<>();
    for (int i = 0; i < rules.size(); i++) {
      listener.progress("redundant rules", i, rules.size());
      if (deadline.expired()) {
        notChecked.add(rules.get(i).id());
        continue;
      }
      List<Decision> switches = new ArrayList<>();
      for (int j = 0; j < rules.size(); j++) {
        switches.add(new Decision(prefix + "keep_" + j, Boolean.toString(j != i)));
        switches.add(new Decision(prefix + "negate_" + j, Boolean.toString(j == i)));
      }
      Result<ConfigurationSession> s =
          ConfigurationSession.resume(compiled.orThrow(), switches, deadline);
      Failure f = s.failureOrNull();
      if (f == null) {
        continue;
      }
      if (f.kind() == Failure.Kind.REFUSED) {
        redundant.add(rules.get(i).id());
      } else {
        notChecked.add(rules.get(i).id());
      }
    }
    listener.progress("redundant rules", rules.size(), rules.size());
    return new AnalysisResult.Done<>(new Redundancy(redundant, notChecked));
  }

  private static Expr on(String attribute) {
    return Expr.is(attribute, BooleanAttribute.TRUE);
  }

  private static Constraint rule(String id, Expr expr) {
    return new Constraint.Rule(id, LocalizedText.of(id), expr);
  }

  /** A prefix no attribute id starts with. */
  static String freePrefix(ProductModel model) {
    Set<String> ids = new HashSet<>();
    model.attributes().forEach(a -> ids.add(a.id()));
    String prefix = "__check_";
    while (startsAny(ids, prefix)) {
      prefix = "_" + prefix;
    }
    return prefix;
  }

  private static boolean startsAny(Set<String> ids, String prefix) {
    return ids.stream().anyMatch(id -> id.startsWith(prefix));
  }
}
