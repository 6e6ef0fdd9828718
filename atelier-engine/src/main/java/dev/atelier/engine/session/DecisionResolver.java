package dev.atelier.engine.session;

import dev.atelier.engine.cnf.VariableMap;
import dev.atelier.engine.compile.CompiledModel;
import dev.atelier.engine.model.Attribute;
import dev.atelier.engine.model.IntegerAttribute;
import dev.atelier.engine.result.Failure;
import dev.atelier.engine.result.Result;
import java.util.List;

/**
 * Checks a requested (attribute, value) against the model and turns decisions into literals. The
 * one place where input decisions are checked and made canonical (integers trimmed and written
 * without leading zeros): sessions use it, and so do callers that check requests before calling the
 * engine. Immutable and thread-safe.
 */
public final class DecisionResolver {
  private final VariableMap vars;

  DecisionResolver(VariableMap vars) {
    this.vars = vars;
  }

  /** The resolver of {@code model}'s attributes and values. */
  public static DecisionResolver of(CompiledModel model) {
    return new DecisionResolver(model.variables());
  }

  /** The canonical decision, or UNKNOWN_ATTRIBUTE / UNKNOWN_VALUE / OUT_OF_RANGE. */
  public Result<Decision> resolve(String attribute, String value) {
    int i = vars.indexOf(attribute);
    if (i < 0) {
      return Result.failed(
          Failure.Kind.UNKNOWN_ATTRIBUTE, "the model has no attribute '" + attribute + "'");
    }
    Attribute a = vars.attributes().get(i);
    if (Decision.UNSET.equals(value)) {
      return a.optional()
          ? Result.ok(new Decision(attribute, value))
          : Result.failed(
              Failure.Kind.UNKNOWN_VALUE,
              "attribute '" + attribute + "' is required and cannot stay unset");
    }
    if (a instanceof IntegerAttribute ia) {
      java.util.OptionalLong parsed = IntegerAttribute.parse(value);
      if (parsed.isEmpty()) {
        return Result.failed(
            Failure.Kind.UNKNOWN_VALUE,
            "attribute '" + attribute + "' takes whole numbers, not '" + value + "'");
      }
      long n = parsed.getAsLong();
      if (!ia.contains(n)) {
        return Result.failed(
            Failure.Kind.OUT_OF_RANGE,
            "attribute '"
                + attribute
                + "' takes "
                + ia.min()
                + " to "
                + ia.max()
                + " in steps of "
                + ia.step()
                + ", not "
                + n);
      }
      return Result.ok(new Decision(attribute, String.valueOf(n)));
    }
    if (vars.valueIndexOf(i, value) < 0) {
      return Result.failed(
          Failure.Kind.UNKNOWN_VALUE,
          "attribute '" + attribute + "' has no value '" + value + "'; values: " + a.valueIds());
    }
    return Result.ok(new Decision(attribute, value));
  }

  /** The literal of a resolved decision. */
  int literal(Decision d) {
    int i = vars.indexOf(d.attribute());
    return d.isUnset()
        ? -vars.setLiteral(i)
        : vars.valueLiteral(i, vars.valueIndexOf(i, d.value()));
  }

  int[] literals(List<Decision> decisions) {
    int[] lits = new int[decisions.size()];
    for (int k = 0; k < lits.length; k++) {
      lits[k] = literal(decisions.get(k));
    }
    return lits;
  }

  static int[] plus(int[] lits, int extra) {
    int[] out = java.util.Arrays.copyOf(lits, lits.length + 1);
    out[lits.length] = extra;
    return out;
  }
}
