package dev.atelier.formats.uvl;

import java.math.BigDecimal;
import java.util.List;

/**
 * A UVL constraint or numeric expression as written, before names are resolved. All implementations
 * are immutable records and thread-safe.
 */
sealed interface UvlExpr {

  /** 1-based line where the expression starts. */
  int line();

  /** 1-based column where the expression starts. */
  int column();

  /** A (possibly dotted) reference: a feature, an imported feature or a feature attribute. */
  record Ref(List<String> parts, int line, int column) implements UvlExpr {
    public Ref {
      parts = List.copyOf(parts);
    }

    String joined() {
      return String.join(".", parts);
    }
  }

  /** A number literal. */
  record Num(BigDecimal value, int line, int column) implements UvlExpr {}

  /** A string literal. */
  record Str(String value, int line, int column) implements UvlExpr {}

  /** {@code true} or {@code false}. */
  record Bool(boolean value, int line, int column) implements UvlExpr {}

  /** A prefix operator: {@code !} or {@code -}. */
  record Unary(String op, UvlExpr operand, int line, int column) implements UvlExpr {}

  /** A binary operator: logical, comparison or arithmetic, as its symbol. */
  record Binary(String op, UvlExpr left, UvlExpr right, int line, int column) implements UvlExpr {}

  /** A function call such as {@code sum(Price)} or {@code len(Name)}. */
  record Call(String function, List<Ref> arguments, int line, int column) implements UvlExpr {
    public Call {
      arguments = List.copyOf(arguments);
    }
  }
}
