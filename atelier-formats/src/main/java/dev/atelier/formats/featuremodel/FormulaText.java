package dev.atelier.formats.featuremodel;

import dev.atelier.engine.model.BooleanAttribute;
import dev.atelier.engine.model.Expr;
import java.util.List;
import java.util.StringJoiner;
import java.util.regex.Pattern;

/**
 * Prints an {@link Expr} over feature attributes in the UVL constraint notation ({@code !}, {@code
 * &}, {@code |}, {@code =>}, {@code <=>}), for rule labels. Names that are not plain identifiers
 * are double-quoted. Stateless and thread-safe.
 */
public final class FormulaText {

  private static final Pattern PLAIN = Pattern.compile("[A-Za-z_][A-Za-z0-9_.]*");
  private static final int IFF = 1;
  private static final int IMPLIES = 2;
  private static final int OR = 3;
  private static final int AND = 4;
  private static final int COMPARE = 5;
  private static final int NOT = 6;
  private static final int ATOM = 7;

  private FormulaText() {}

  /** {@code expr} as text. */
  public static String print(Expr expr) {
    StringBuilder out = new StringBuilder();
    print(expr, 0, out);
    return out.toString();
  }

  /** {@code name}, double-quoted unless it is a plain identifier. */
  public static String name(String name) {
    return PLAIN.matcher(name).matches() ? name : '"' + name + '"';
  }

  private static void print(Expr expr, int outer, StringBuilder out) {
    int level = level(expr);
    boolean parens = level < outer;
    if (parens) {
      out.append('(');
    }
    if (expr instanceof Expr.Const c) {
      out.append(c.value());
    } else if (expr instanceof Expr.Is is) {
      out.append(BooleanAttribute.FALSE.equals(is.value()) ? "!" : "").append(name(is.attribute()));
    } else if (expr instanceof Expr.IsSet set) {
      out.append(name(set.attribute()));
    } else if (expr instanceof Expr.Not not) {
      out.append('!');
      print(not.operand(), NOT, out);
    } else if (expr instanceof Expr.And and) {
      join(and.operands(), " & ", AND, out);
    } else if (expr instanceof Expr.Or or) {
      join(or.operands(), " | ", OR, out);
    } else if (expr instanceof Expr.Implies imp) {
      print(imp.condition(), IMPLIES + 1, out);
      out.append(" => ");
      print(imp.consequence(), IMPLIES + 1, out);
    } else if (expr instanceof Expr.Iff iff) {
      print(iff.left(), IFF + 1, out);
      out.append(" <=> ");
      print(iff.right(), IFF + 1, out);
    } else if (expr instanceof Expr.Compare cmp) {
      compare(cmp, out);
    } else if (expr instanceof Expr.Count count) {
      out.append("count(");
      join(count.operands(), ", ", 0, out);
      out.append(") ").append(count.op().symbol()).append(' ').append(count.k());
    }
    if (parens) {
      out.append(')');
    }
  }

  private static void compare(Expr.Compare cmp, StringBuilder out) {
    StringJoiner sum = new StringJoiner(" + ");
    for (Expr.Term t : cmp.terms()) {
      sum.add((t.coefficient() == 1 ? "" : t.coefficient() + "*") + name(t.attribute()));
    }
    out.append(cmp.terms().isEmpty() ? "0" : sum.toString())
        .append(' ')
        .append(cmp.op().symbol())
        .append(' ')
        .append(cmp.bound());
  }

  private static void join(List<Expr> operands, String separator, int level, StringBuilder out) {
    if (operands.isEmpty()) {
      out.append(separator.contains("&") ? "true" : separator.contains("|") ? "false" : "");
      return;
    }
    for (int i = 0; i < operands.size(); i++) {
      if (i > 0) {
        out.append(separator);
      }
      print(operands.get(i), level + (operands.size() > 1 ? 1 : 0), out);
    }
  }

  private static int level(Expr expr) {
    if (expr instanceof Expr.Iff) {
      return IFF;
    } else if (expr instanceof Expr.Implies) {
      return IMPLIES;
    } else if (expr instanceof Expr.Or or) {
      return or.operands().size() > 1 ? OR : ATOM;
    } else if (expr instanceof Expr.And and) {
      return and.operands().size() > 1 ? AND : ATOM;
    } else if (expr instanceof Expr.Compare) {
      return COMPARE;
    } else if (expr instanceof Expr.Not) {
      return NOT;
    } else if (expr instanceof Expr.Is is) {
      return BooleanAttribute.FALSE.equals(is.value()) ? NOT : ATOM;
    }
    return ATOM;
  }
}
