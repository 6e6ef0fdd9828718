package dev.atelier.engine.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A rule of the solution space, with a stable id and a label the customer reads when the rule
 * refuses a value. Every kind reduces to one {@link Expr} that a valid configuration satisfies. All
 * implementations are immutable records and thread-safe.
 */
public sealed interface Constraint
    permits Constraint.Requires,
        Constraint.Excludes,
        Constraint.Rule,
        Constraint.Table,
        Constraint.Cardinality,
        Constraint.Linear {

  /** Stable identifier. */
  String id();

  /** What the customer reads. */
  LocalizedText label();

  /** The condition every valid configuration satisfies. */
  Expr formula();

  /** {@code condition} requires {@code required}. */
  record Requires(String id, LocalizedText label, Expr condition, Expr required)
      implements Constraint {
    public Requires {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(label, "label");
      Objects.requireNonNull(condition, "condition");
      Objects.requireNonNull(required, "required");
    }

    @Override
    public Expr formula() {
      return new Expr.Implies(condition, required);
    }
  }

  /** {@code first} and {@code second} are never both true. */
  record Excludes(String id, LocalizedText label, Expr first, Expr second) implements Constraint {
    public Excludes {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(label, "label");
      Objects.requireNonNull(first, "first");
      Objects.requireNonNull(second, "second");
    }

    @Override
    public Expr formula() {
      return new Expr.Not(new Expr.And(List.of(first, second)));
    }
  }

  /** Any boolean expression. */
  record Rule(String id, LocalizedText label, Expr expr) implements Constraint {
    public Rule {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(label, "label");
      Objects.requireNonNull(expr, "expr");
    }

    @Override
    public Expr formula() {
      return expr;
    }
  }

  /**
   * A compatibility table over {@code attributes}: with {@code allowed}, a configuration must match
   * one row; otherwise it must match none. A cell is a value id, {@link #ANY} or {@link #UNSET}.
   */
  record Table(
      String id,
      LocalizedText label,
      List<String> attributes,
      List<List<String>> rows,
      boolean allowed)
      implements Constraint {

    /** A cell matching every value and unset. */
    public static final String ANY = "*";

    /** A cell matching an unset attribute. */
    public static final String UNSET = "~";

    public Table {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(label, "label");
      attributes = List.copyOf(attributes);
      rows = rows.stream().map(List::copyOf).toList();
    }

    @Override
    public Expr formula() {
      List<Expr> matches = new ArrayList<>();
      for (List<String> row : rows) {
        List<Expr> cells = new ArrayList<>();
        for (int i = 0; i < attributes.size() && i < row.size(); i++) {
          String cell = row.get(i);
          if (ANY.equals(cell)) {
            continue;
          }
          cells.add(
              UNSET.equals(cell)
                  ? new Expr.Not(new Expr.IsSet(attributes.get(i)))
                  : new Expr.Is(attributes.get(i), cell));
        }
        matches.add(new Expr.And(cells));
      }
      Expr any = new Expr.Or(matches);
      return allowed ? any : new Expr.Not(any);
    }
  }

  /** At least / at most / exactly {@code k} of {@code operands} hold. */
  record Cardinality(String id, LocalizedText label, List<Expr> operands, Expr.Op op, int k)
      implements Constraint {
    public Cardinality {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(label, "label");
      operands = List.copyOf(operands);
      Objects.requireNonNull(op, "op");
    }

    @Override
    public Expr formula() {
      return new Expr.Count(operands, op, k);
    }
  }

  /** A linear integer constraint such as {@code 2*width + height <= 3000}. */
  record Linear(String id, LocalizedText label, List<Expr.Term> terms, Expr.Op op, long bound)
      implements Constraint {
    public Linear {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(label, "label");
      terms = List.copyOf(terms);
      Objects.requireNonNull(op, "op");
    }

    @Override
    public Expr formula() {
      return new Expr.Compare(terms, op, bound);
    }
  }
}
