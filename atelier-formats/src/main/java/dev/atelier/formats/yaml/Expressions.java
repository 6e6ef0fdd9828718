package dev.atelier.formats.yaml;

import dev.atelier.engine.model.Attribute;
import dev.atelier.engine.model.Expr;
import dev.atelier.engine.model.Slot;
import dev.atelier.formats.expr.ExprError;
import dev.atelier.formats.expr.ExprParser;
import dev.atelier.formats.expr.Parsed;
import dev.atelier.formats.expr.Quantity;
import java.util.Map;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * Reads expressions from YAML scalars, placing each expression error at its exact line and column
 * in the file. Not thread-safe (shares the diagnostics collector).
 */
final class Expressions {
  private final Map<String, Attribute> scope;
  private final Map<String, Slot> slots;
  private final Diagnostics diagnostics;

  Expressions(Map<String, Attribute> scope, Diagnostics diagnostics) {
    this(scope, Map.of(), diagnostics);
  }

  /** Expressions over {@code scope} that may range over the instances of {@code slots}. */
  Expressions(Map<String, Attribute> scope, Map<String, Slot> slots, Diagnostics diagnostics) {
    this.scope = scope;
    this.slots = slots;
    this.diagnostics = diagnostics;
  }

  /** The attributes expressions may name. */
  Map<String, Attribute> scope() {
    return scope;
  }

  /** The condition at {@code node}; {@link Expr#TRUE} when absent; null after a diagnostic. */
  Expr condition(Node node, String what) {
    return node == null ? Expr.TRUE : expr(node, what);
  }

  /** The boolean expression at {@code node}, or null after a diagnostic. */
  Expr expr(Node node, String what) {
    ScalarNode scalar = scalar(node, what);
    return scalar == null
        ? null
        : report(scalar, ExprParser.parse(scalar.getValue(), scope, slots));
  }

  /** The numeric expression at {@code node}, or null after a diagnostic. */
  Quantity quantity(Node node, String what) {
    ScalarNode scalar = scalar(node, what);
    return scalar == null
        ? null
        : report(scalar, ExprParser.parseQuantity(scalar.getValue(), scope, slots));
  }

  private ScalarNode scalar(Node node, String what) {
    if (node instanceof ScalarNode s) {
      return s;
    }
    diagnostics.at(
        node, "expected an expression for " + what + ", found " + Scalars.describe(node));
    return null;
  }

  private <T> T report(ScalarNode node, Parsed<T> parsed) {
    for (ExprError e : parsed.errors()) {
      diagnostics.inScalar(node, e.offset(), e.message());
    }
    return parsed.ok() ? parsed.value() : null;
  }
}
