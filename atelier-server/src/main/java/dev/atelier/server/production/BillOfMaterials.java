package dev.atelier.server.production;

import dev.atelier.engine.model.Component;
import dev.atelier.engine.model.Configuration;
import dev.atelier.engine.model.Evaluator;
import dev.atelier.engine.model.Expr;
import dev.atelier.formats.expr.Quantity;
import dev.atelier.formats.product.BomLine;
import dev.atelier.formats.product.ProductDefinition;
import dev.atelier.server.shared.MaterialLine;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Explodes a model's 150 % master bill of material for one configuration: keeps the lines whose
 * condition holds, evaluates their quantity expressions (integer attributes their value, booleans
 * 1/0, unset 0 — the rules' semantics, via the engine's {@link Evaluator}) and multiplies by the
 * order quantity. Lines for the same part and unit are merged, in the order of their first line; a
 * line whose quantity evaluates to zero or less is not needed and left out. Stateless and
 * thread-safe.
 */
public final class BillOfMaterials {

  private static final String PIECES = "pcs";

  private BillOfMaterials() {}

  /**
   * The bill of material of {@code quantity} products configured as {@code configuration} (which
   * the caller has validated as complete and valid).
   *
   * @throws ArithmeticException when a quantity overflows a long (a model or quantity defect)
   */
  public static List<MaterialLine> explode(
      ProductDefinition definition, Configuration configuration, long quantity) {
    Objects.requireNonNull(configuration, "configuration");
    if (quantity < 1) {
      throw new IllegalArgumentException("quantity must be positive, got " + quantity);
    }
    Evaluator evaluator = new Evaluator(definition.model());
    Map<String, Long> perUnit = new LinkedHashMap<>();
    Map<String, BomLine> first = new LinkedHashMap<>();
    for (BomLine line : definition.bom()) {
      if (!evaluator.holds(line.condition(), configuration)) {
        continue;
      }
      long amount =
          line.quantity().evaluate(a -> evaluator.numericValue(a, configuration.values().get(a)));
      if (amount <= 0) {
        continue;
      }
      String key = line.part() + "\u0000" + line.unit();
      first.putIfAbsent(key, line);
      perUnit.merge(key, amount, Math::addExact);
    }
    for (Component c : definition.model().components()) {
      if (c.quantity() > 0 && evaluator.holds(c.condition(), configuration)) {
        String key = c.partNumber() + "\u0000" + PIECES;
        first.putIfAbsent(key, new BomLine(c.partNumber(), Quantity.of(1), PIECES, Expr.TRUE));
        perUnit.merge(key, (long) c.quantity(), Math::addExact);
      }
    }
    List<MaterialLine> lines = new ArrayList<>();
    for (Map.Entry<String, Long> e : perUnit.entrySet()) {
      BomLine line = Objects.requireNonNull(first.get(e.getKey()), "first line");
      lines.add(
          new MaterialLine(
              line.part(), e.getValue(), Math.multiplyExact(e.getValue(), quantity), line.unit()));
    }
    return List.copyOf(lines);
  }
}
