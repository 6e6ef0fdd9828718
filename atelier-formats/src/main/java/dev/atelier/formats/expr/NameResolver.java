package dev.atelier.formats.expr;

import dev.atelier.engine.model.Attribute;
import dev.atelier.engine.model.BooleanAttribute;
import dev.atelier.engine.model.EnumAttribute;
import dev.atelier.engine.model.Expr;
import dev.atelier.engine.model.IntegerAttribute;
import dev.atelier.engine.model.TextAttribute;
import dev.atelier.formats.DidYouMean;
import java.util.List;
import java.util.Map;

/**
 * Resolves attribute and value names in an expression against the model, recording unknown names
 * (with a did-you-mean) and values of the wrong kind at their position. Not thread-safe.
 */
final class NameResolver {
  private final Map<String, Attribute> scope;
  private final List<ExprError> errors;

  NameResolver(Map<String, Attribute> scope, List<ExprError> errors) {
    this.scope = scope;
    this.errors = errors;
  }

  /** The attribute named by {@code name}, or null after recording an error. */
  Attribute attribute(Token name) {
    Attribute a = scope.get(name.text());
    if (a == null) {
      errors.add(
          new ExprError(
              name.start(),
              DidYouMean.hint(
                  "unknown attribute '" + name.text() + "'", name.text(), scope.keySet())));
    }
    return a;
  }

  /** A bare name: a boolean attribute is true, any other attribute is set. */
  Expr bare(Token name) {
    Attribute a = attribute(name);
    return a instanceof BooleanAttribute
        ? new Expr.Is(name.text(), BooleanAttribute.TRUE)
        : new Expr.IsSet(name.text());
  }

  /** The attribute id of a summand, checking that the attribute is numeric. */
  String numeric(Token name) {
    Attribute a = attribute(name);
    if (a != null && !(a instanceof IntegerAttribute) && !(a instanceof BooleanAttribute)) {
      errors.add(
          new ExprError(
              name.start(),
              "attribute '"
                  + a.id()
                  + "' is not numeric (only integer and boolean attributes can be summed)"));
    }
    return name.text();
  }

  /** {@code name = value}, checking the value against the attribute's kind. */
  Expr is(Token name, Token value) {
    Attribute a = attribute(name);
    String v = value.text();
    if (a != null) {
      String problem = problem(a, v);
      if (problem != null) {
        errors.add(new ExprError(value.start(), problem));
      }
    }
    return new Expr.Is(name.text(), v);
  }

  private static String problem(Attribute a, String v) {
    if (a instanceof EnumAttribute e) {
      return e.valueIds().contains(v)
          ? null
          : DidYouMean.hint(
              "unknown value '" + v + "' of attribute '" + a.id() + "'", v, e.valueIds());
    } else if (a instanceof BooleanAttribute) {
      return v.equals(BooleanAttribute.TRUE) || v.equals(BooleanAttribute.FALSE)
          ? null
          : "attribute '" + a.id() + "' is boolean; its values are true and false, not '" + v + "'";
    } else if (a instanceof IntegerAttribute i) {
      boolean fits;
      try {
        fits = i.contains(Long.parseLong(v));
      } catch (NumberFormatException e) {
        fits = false;
      }
      return fits
          ? null
          : "value '"
              + v
              + "' is not one of attribute '"
              + a.id()
              + "''s values ("
              + i.min()
              + ".."
              + i.max()
              + " step "
              + i.step()
              + ")";
    } else if (a instanceof TextAttribute) {
      return v.equals(TextAttribute.GIVEN)
          ? null
          : "text attribute '"
              + a.id()
              + "' has only the value 'given'; write '"
              + a.id()
              + "' or 'set("
              + a.id()
              + ")' to test that a text was given";
    }
    return null;
  }
}
