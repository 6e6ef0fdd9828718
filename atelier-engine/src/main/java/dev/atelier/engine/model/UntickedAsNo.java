package dev.atelier.engine.model;

/**
 * A yes/no box the customer did not tick means "no": a configuration read that way has "false" for
 * every required yes/no choice it leaves out (customer facts excepted, the engine never decides
 * those). Whether the result is valid is for validation to say: when the rules refuse a "no", the
 * box was genuinely open. Stateless and thread-safe.
 */
public final class UntickedAsNo {

  private UntickedAsNo() {}

  /** {@code configuration} with each absent required yes/no choice of {@code model} set to no. */
  public static Configuration apply(ProductModel model, Configuration configuration) {
    Configuration out = configuration;
    for (Attribute a : model.attributes()) {
      if (ticksToNo(model, a) && configuration.get(a.id()).isEmpty()) {
        out = out.with(a.id(), BooleanAttribute.FALSE);
      }
    }
    return out;
  }

  /** Whether an undecided {@code attribute} of {@code model} reads as "no". */
  public static boolean ticksToNo(ProductModel model, Attribute attribute) {
    return attribute instanceof BooleanAttribute
        && !attribute.optional()
        && !model.isFact(attribute.id());
  }
}
