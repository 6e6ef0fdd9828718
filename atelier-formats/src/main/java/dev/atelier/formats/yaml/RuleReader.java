package dev.atelier.formats.yaml;

import dev.atelier.engine.model.Attribute;
import dev.atelier.engine.model.Constraint;
import dev.atelier.engine.model.Expr;
import dev.atelier.engine.model.ExprKind;
import dev.atelier.engine.model.LocalizedText;
import dev.atelier.formats.DidYouMean;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.snakeyaml.engine.v2.nodes.Node;

/** Reads the {@code rules} section. Not thread-safe; one instance per file. */
final class RuleReader {
  static final List<String> KINDS =
      List.of("rule", "requires", "excludes", "cardinality", "linear", "table");
  private static final List<String> KEYS =
      List.of(
          "id", "label", "rule", "if", "requires", "excludes", "cardinality", "linear", "table");

  private final Diagnostics d;
  private final Expressions expressions;
  private final List<Constraint> rules = new ArrayList<>();
  private final UniqueIds ids;

  RuleReader(Diagnostics diagnostics, Expressions expressions) {
    this.d = diagnostics;
    this.expressions = expressions;
    this.ids = new UniqueIds("rule id", diagnostics);
  }

  List<Constraint> rules() {
    return rules;
  }

  /** Rule ids with the node where each is defined. */
  Map<String, Node> ids() {
    return ids.places();
  }

  void read(Node section) {
    for (Node item : Scalars.list(section, "rules", d)) {
      rule(item);
    }
  }

  private void rule(Node node) {
    MappingView m = MappingView.of(node, "rule", KEYS, d);
    if (m == null) {
      return;
    }
    String id = ids.read(m.require("id"));
    LocalizedText label = m.label(id);
    List<String> kinds = KINDS.stream().filter(m::has).toList();
    if (kinds.size() != 1) {
      String found = kinds.isEmpty() ? "none" : String.join(", ", kinds);
      d.at(
          kinds.size() > 1 ? m.keyOrSelf(kinds.get(1)) : m.node(),
          "a rule needs exactly one of rule, requires, excludes, cardinality, linear, table (found "
              + found
              + ")");
      return;
    }
    String kind = kinds.get(0);
    boolean pair = kind.equals("requires") || kind.equals("excludes");
    if (pair && !m.has("if")) {
      d.at(
          m.node(),
          "missing required key 'if' in rule (a '" + kind + "' rule reads: if A, " + kind + " B)");
      return;
    }
    if (!pair && m.has("if")) {
      d.at(
          m.keyOrSelf("if"), "'if' belongs with 'requires' or 'excludes', not with '" + kind + "'");
    }
    Constraint c =
        constraint(kind, id == null ? "?" : id, label == null ? LocalizedText.of("?") : label, m);
    if (c != null && id != null && label != null) {
      rules.add(c);
    }
  }

  private Constraint constraint(String kind, String id, LocalizedText label, MappingView m) {
    Node body = m.get(kind);
    switch (kind) {
      case "rule":
        {
          Expr e = expressions.expr(body, "rule");
          return e == null ? null : new Constraint.Rule(id, label, e);
        }
      case "requires":
        return ifThen(m, "requires", (c, r) -> new Constraint.Requires(id, label, c, r));
      case "excludes":
        return ifThen(m, "excludes", (a, b) -> new Constraint.Excludes(id, label, a, b));
      case "cardinality":
        return ofKind(body, CARDINALITY, e -> cardinality(id, label, (Expr.Count) e));
      case "linear":
        return ofKind(body, LINEAR, e -> linear(id, label, (Expr.Compare) e));
      default:
        return table(id, label, body);
    }
  }

  /** {@code if: A} with {@code key: B} in {@code m}, made by {@code make}; null after an error. */
  private Constraint ifThen(MappingView m, String key, BiFunction<Expr, Expr, Constraint> make) {
    Expr condition = expressions.expr(m.get("if"), "if");
    Expr then = expressions.expr(m.get(key), key);
    return condition == null || then == null ? null : make.apply(condition, then);
  }

  /** A rule whose one expression must be of {@code kind}; {@code shape} says what it should be. */
  private record Typed(String key, ExprKind kind, String shape) {}

  private static final Typed CARDINALITY =
      new Typed(
          "cardinality",
          ExprKind.COUNT,
          "a cardinality rule is atLeast(k, ...), atMost(k, ...), exactly(k, ...) or count(...) <op> k");
  private static final Typed LINEAR =
      new Typed(
          "linear",
          ExprKind.COMPARE,
          "a linear rule is a comparison of sums such as 2*width + height <= 3000");

  /** The expression in {@code body}, made into a rule by {@code make}; null after an error. */
  private Constraint ofKind(Node body, Typed typed, Function<Expr, Constraint> make) {
    Expr e = expressions.expr(body, typed.key());
    if (e != null && e.kind() == typed.kind()) {
      return make.apply(e);
    }
    if (e != null) {
      d.at(body, typed.shape());
    }
    return null;
  }

  private static Constraint cardinality(String id, LocalizedText label, Expr.Count c) {
    return new Constraint.Cardinality(id, label, c.operands(), c.op(), c.k());
  }

  private static Constraint linear(String id, LocalizedText label, Expr.Compare c) {
    return new Constraint.Linear(id, label, c.terms(), c.op(), c.bound());
  }

  private Constraint table(String id, LocalizedText label, Node node) {
    MappingView t = MappingView.of(node, "table", List.of("columns", "allowed", "forbidden"), d);
    if (t == null) {
      return null;
    }
    Node columnsNode = t.require("columns");
    if (t.has("allowed") == t.has("forbidden")) {
      d.at(t.node(), "a table needs exactly one of 'allowed' or 'forbidden' rows");
      return null;
    }
    boolean allowed = t.has("allowed");
    List<Attribute> columns = new ArrayList<>();
    List<String> columnIds = new ArrayList<>();
    for (Node c : Scalars.list(columnsNode, "columns", d)) {
      String name = Scalars.text(c, "column", d);
      Attribute a = name == null ? null : expressions.scope().get(name);
      if (name != null && a == null) {
        d.at(
            c,
            DidYouMean.hint(
                "unknown attribute '" + name + "'", name, expressions.scope().keySet()));
      }
      columns.add(a);
      columnIds.add(name);
    }
    List<List<String>> rows = new ArrayList<>();
    boolean ok = columnsNode != null && !columns.isEmpty();
    for (Node rowNode : Scalars.list(t.get(allowed ? "allowed" : "forbidden"), "rows", d)) {
      List<String> row = row(rowNode, columns);
      if (row == null) {
        ok = false;
      } else {
        rows.add(row);
      }
    }
    return ok && !columns.contains(null)
        ? new Constraint.Table(id, label, columnIds, rows, allowed)
        : null;
  }

  private List<String> row(Node rowNode, List<Attribute> columns) {
    List<Node> cells = Scalars.list(rowNode, "table row", d);
    if (!(rowNode instanceof org.snakeyaml.engine.v2.nodes.SequenceNode)) {
      return null;
    }
    if (cells.size() != columns.size()) {
      d.at(rowNode, "row has " + cells.size() + " cells, expected " + columns.size());
      return null;
    }
    List<String> row = new ArrayList<>();
    boolean ok = true;
    for (int i = 0; i < cells.size(); i++) {
      String cell = Scalars.text(cells.get(i), "table cell", d);
      Attribute a = columns.get(i);
      if (cell == null) {
        ok = false;
      } else if (a != null
          && !cell.equals(Constraint.Table.ANY)
          && !cell.equals(Constraint.Table.UNSET)
          && !a.valueIds().contains(cell)) {
        d.at(
            cells.get(i),
            DidYouMean.hint(
                "unknown value '" + cell + "' of attribute '" + a.id() + "'", cell, a.valueIds()));
        ok = false;
      }
      row.add(cell);
    }
    return ok ? row : null;
  }
}
