package dev.atelier.engine.session;

import dev.atelier.engine.compile.CompiledModel;
import dev.atelier.engine.model.Attribute;
import dev.atelier.engine.result.Deadline;
import dev.atelier.engine.result.Failure;
import dev.atelier.engine.result.Result;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The counts behind {@link ConfigurationSession#countPerValue}. Stateless and thread-safe. */
final class ValueCounts {

  private ValueCounts() {}

  /**
   * For each value of {@code attribute} (and {@link Decision#UNSET} when it is optional): the
   * number of complete configurations extending {@code decisions} with it; zero for the values
   * other than one already decided. One count per value.
   */
  static Result<Map<String, BigInteger>> perValue(
      CompiledModel model,
      DecisionResolver resolver,
      List<Decision> decisions,
      String attribute,
      Deadline deadline) {
    int i = model.variables().indexOf(attribute);
    if (i < 0) {
      return Result.failed(
          Failure.Kind.UNKNOWN_ATTRIBUTE, "the model has no attribute '" + attribute + "'");
    }
    Attribute a = model.variables().attributes().get(i);
    List<String> values = new ArrayList<>(a.valueIds());
    if (a.optional()) {
      values.add(Decision.UNSET);
    }
    List<Decision> others = DecisionHistory.without(decisions, attribute);
    Decision decided =
        decisions.stream().filter(d -> d.attribute().equals(attribute)).findFirst().orElse(null);
    Map<String, BigInteger> counts = new LinkedHashMap<>();
    for (String v : values) {
      if (decided != null && !decided.value().equals(v)) {
        counts.put(v, BigInteger.ZERO);
        continue;
      }
      List<Decision> with = new ArrayList<>(others);
      with.add(new Decision(attribute, v));
      Result<BigInteger> c = model.count(resolver.literals(with), deadline);
      if (!c.isOk()) {
        return Result.failed(c.failureOrNull());
      }
      counts.put(v, c.orThrow());
    }
    return Result.ok(counts);
  }
}
