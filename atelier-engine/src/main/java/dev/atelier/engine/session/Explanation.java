package dev.atelier.engine.session;

import dev.atelier.engine.answer.RuleRef;
import java.util.List;
import java.util.Objects;

/**
 * Why a value is refused and how to get it. Immutable and thread-safe.
 *
 * <p>Repairs never change a customer fact: when the customer's facts alone (with the rules) refuse
 * the value, {@code reachable} is false, {@code facts} names a minimal set of them and there is no
 * repair.
 *
 * @param attribute the wanted attribute
 * @param value the wanted value (or {@link Decision#UNSET})
 * @param reachable whether the value is possible at all; false means no configuration of the model
 *     has it with the customer's facts, whatever the customer chooses
 * @param retract a minimal set of the customer's decisions whose retraction makes the value
 *     available (no proper subset does); empty when the value is already offered or unreachable
 * @param rules the rules involved: a minimal set of rules that, with the retracted decisions,
 *     refuse the value, first; then, when several decisions must go, the rules that make each of
 *     them go (for each, a minimal set refusing the value with the kept decisions and that one)
 * @param repair changes that reach a valid state containing the wanted value: the wanted value
 *     itself and a new value for each retracted decision
 * @param facts a minimal set of the customer's facts that refuse the value on their own, if any
 * @param options minimal repairs priced by their cheapest complete product, the cheapest first
 *     (only when a repair objective was given; {@code repair} is the cheapest for {@code retract})
 */
public record Explanation(
    String attribute,
    String value,
    boolean reachable,
    List<Decision> retract,
    List<RuleRef> rules,
    List<RepairStep> repair,
    List<Decision> facts,
    List<RepairOption> options) {

  public Explanation {
    Objects.requireNonNull(attribute, "attribute");
    Objects.requireNonNull(value, "value");
    retract = List.copyOf(retract);
    rules = List.copyOf(rules);
    repair = List.copyOf(repair);
    facts = List.copyOf(facts);
    options = List.copyOf(options);
  }

  /** An explanation without priced repair options. */
  public Explanation(
      String attribute,
      String value,
      boolean reachable,
      List<Decision> retract,
      List<RuleRef> rules,
      List<RepairStep> repair,
      List<Decision> facts) {
    this(attribute, value, reachable, retract, rules, repair, facts, List.of());
  }

  /** An explanation in which no customer fact is in the way. */
  public Explanation(
      String attribute,
      String value,
      boolean reachable,
      List<Decision> retract,
      List<RuleRef> rules,
      List<RepairStep> repair) {
    this(attribute, value, reachable, retract, rules, repair, List.of(), List.of());
  }
}
