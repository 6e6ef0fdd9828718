package dev.atelier.formats.featuremodel;

import dev.atelier.engine.model.BooleanAttribute;
import dev.atelier.engine.model.Expr;
import dev.atelier.engine.model.ExprVisitor;
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
    StringBuilder text = new StringBuilder();
    int level = expr.accept(new Writer(text));
    if (level < outer) {
      out.append('(').append(text).append(')');
    } else {
      out.append(text);
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

  /** Writes one expression kind without outer parentheses and answers its precedence level. */
  private static final class Writer implements ExprVisitor<Integer> {
    private final StringBuilder out;

    Writer(StringBuilder out) {
      this.out = out;
    }

    @Override
    public Integer visitConst(Expr.Const c) {
      out.append(c.value());
      return ATOM;
    }

    @Override
    public Integer visitIs(Expr.Is is) {
      boolean negated = BooleanAttribute.FALSE.equals(is.value());
      out.append(negated ? "!" : "").append(name(is.attribute()));
      return negated ? NOT : ATOM;
    }

    @Override
    public Integer visitIsSet(Expr.IsSet set) {
      out.append(name(set.attribute()));
      return ATOM;
    }

    @Override
    public Integer visitNot(Expr.Not not) {
      out.append('!');
      print(not.operand(), NOT, out);
      return NOT;
    }

    @Override
    public Integer visitAnd(Expr.And and) {
      join(and.operands(), " & ", AND, out);
      return and.operands().size() > 1 ? AND : ATOM;
    }

    @Override
    public Integer visitOr(Expr.Or or) {
      join(or.operands(), " | ", OR, out);
      return or.operands().size() > 1 ? OR : ATOM;
    }

    @Override
    public Integer visitImplies(Expr.Implies imp) {
      return binary(imp.condition(), " => ", imp.consequence(), IMPLIES);
    }

    @Override
    public Integer visitIff(Expr.Iff iff) {
      return binary(iff.left(), " <=> ", iff.right(), IFF);
    }

    /** {@code left operator right}, both sides bound tighter than {@code level}. */
    private Integer binary(Expr left, String operator, Expr right, int level) {
      print(left, level + 1, out);
      out.append(operator);
      print(right, level + 1, out);
      return level;
    }

    @Override
    public Integer visitCompare(Expr.Compare cmp) {
      compare(cmp, out);
      return COMPARE;
    }

    @Override
    public Integer visitCount(Expr.Count count) {
      out.append("count(");
      join(count.operands(), ", ", 0, out);
      out.append(") ").append(count.op().symbol()).append(' ').append(count.k());
      return ATOM;
    }
  }
}
