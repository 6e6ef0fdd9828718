package dev.atelier.formats.expr;

import dev.atelier.engine.model.Attribute;
import dev.atelier.engine.model.BooleanAttribute;
import dev.atelier.engine.model.Expr;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Prints engine {@link Expr}s in the syntax {@link ExprParser} reads, with as few parentheses as
 * precedence allows, so that parsing the text gives an equal expression. Immutable and thread-safe.
 * Degenerate n-ary forms the language cannot write (an empty or one-operand {@code and}/{@code or}
 * that is not a value set) print as their meaning.
 */
public final class ExprPrinter {
  private static final int IFF = 1;
  private static final int IMPLIES = 2;
  private static final int OR = 3;
  private static final int AND = 4;
  private static final int UNARY = 5;
  private static final int ATOM = 6;

  private final Map<String, Attribute> scope;

  /** A printer for expressions over the attributes in {@code scope} (id to attribute). */
  public ExprPrinter(Map<String, Attribute> scope) {
    this.scope = Map.copyOf(scope);
  }

  /** The expression as text. */
  public String print(Expr expr) {
    return print(expr, IFF);
  }

  /** The quantity as text, e.g. {@code 2*inseam + 10}. */
  public String print(Quantity quantity) {
    String terms = terms(quantity.terms());
    long c = quantity.constant();
    if (terms.isEmpty()) {
      return Long.toString(c);
    }
    if (c == 0) {
      return terms;
    }
    return terms + (c < 0 ? " - " + Long.toString(c).substring(1) : " + " + c);
  }

  private String print(Expr e, int context) {
    int level = ATOM;
    String s;
    if (e instanceof Expr.Iff iff) {
      level = IFF;
      s = print(iff.left(), IFF) + " <-> " + print(iff.right(), IMPLIES);
    } else if (e instanceof Expr.Implies imp) {
      level = IMPLIES;
      s = print(imp.condition(), OR) + " -> " + print(imp.consequence(), IMPLIES);
    } else if (e instanceof Expr.Or or) {
      String attribute = valueSetAttribute(or);
      if (attribute != null) {
        s = Names.attribute(attribute) + " in " + valueSet(or);
      } else if (or.operands().size() == 1) {
        return print(or.operands().get(0), context);
      } else {
        level = OR;
        s = join(or.operands(), " or ", AND, "false");
      }
    } else if (e instanceof Expr.And and) {
      if (and.operands().size() == 1) {
        return print(and.operands().get(0), context);
      }
      level = AND;
      s = join(and.operands(), " and ", UNARY, "true");
    } else if (e instanceof Expr.Not not) {
      s = negation(not.operand());
      if (s == null) {
        level = UNARY;
        s = "not " + print(not.operand(), UNARY);
      }
    } else {
      s = atom(e);
    }
    return level < context ? "(" + s + ")" : s;
  }

  private String join(List<Expr> operands, String separator, int childContext, String empty) {
    if (operands.isEmpty()) {
      return empty;
    }
    return operands.stream()
        .map(o -> print(o, childContext))
        .collect(Collectors.joining(separator));
  }

  /** The special printed forms of a negation, or null for {@code not x}. */
  private String negation(Expr operand) {
    if (operand instanceof Expr.Is is && !isBooleanTrue(is)) {
      return Names.attribute(is.attribute()) + " != " + Names.value(is.value());
    }
    if (operand instanceof Expr.Or or) {
      String attribute = valueSetAttribute(or);
      if (attribute != null) {
        return Names.attribute(attribute) + " not in " + valueSet(or);
      }
    }
    return null;
  }

  private String atom(Expr e) {
    if (e instanceof Expr.Const c) {
      return c.value() ? "true" : "false";
    } else if (e instanceof Expr.Is is) {
      return isBooleanTrue(is)
          ? Names.attribute(is.attribute())
          : Names.attribute(is.attribute()) + " = " + Names.value(is.value());
    } else if (e instanceof Expr.IsSet set) {
      return scope.get(set.attribute()) instanceof BooleanAttribute
          ? "set(" + Names.attribute(set.attribute()) + ")"
          : Names.attribute(set.attribute());
    } else if (e instanceof Expr.Compare cmp) {
      String left = terms(cmp.terms());
      if (left.isEmpty()) {
        left = "0";
      } else if (cmp.terms().size() == 1
          && cmp.terms().get(0).coefficient() == 1
          && (cmp.op() == Expr.Op.EQ || cmp.op() == Expr.Op.NE)) {
        left = "1*" + left; // "x = 5" would read as a value comparison
      }
      return left + " " + cmp.op().symbol() + " " + cmp.bound();
    } else if (e instanceof Expr.Count count) {
      String operands =
          count.operands().stream().map(o -> print(o, IFF)).collect(Collectors.joining(", "));
      return switch (count.op()) {
        case GE -> "atLeast(" + count.k() + ", " + operands + ")";
        case LE -> "atMost(" + count.k() + ", " + operands + ")";
        case EQ -> "exactly(" + count.k() + ", " + operands + ")";
        default -> "count(" + operands + ") " + count.op().symbol() + " " + count.k();
      };
    }
    throw new IllegalArgumentException("not an atom: " + e);
  }

  private boolean isBooleanTrue(Expr.Is is) {
    return scope.get(is.attribute()) instanceof BooleanAttribute
        && is.value().equals(BooleanAttribute.TRUE);
  }

  /** The attribute when {@code or} is a non-empty disjunction of values of one attribute. */
  private static String valueSetAttribute(Expr.Or or) {
    String attribute = null;
    for (Expr o : or.operands()) {
      if (!(o instanceof Expr.Is is) || (attribute != null && !attribute.equals(is.attribute()))) {
        return null;
      }
      attribute = is.attribute();
    }
    return attribute;
  }

  private static String valueSet(Expr.Or or) {
    return or.operands().stream()
        .map(o -> Names.value(((Expr.Is) o).value()))
        .collect(Collectors.joining(", ", "{", "}"));
  }

  private static String terms(List<Expr.Term> terms) {
    StringBuilder sb = new StringBuilder();
    for (Expr.Term t : terms) {
      long c = t.coefficient();
      boolean negative = c < 0 && c != Long.MIN_VALUE;
      long magnitude = negative ? -c : c;
      if (sb.length() == 0) {
        sb.append(negative ? "-" : "");
      } else {
        sb.append(negative ? " - " : " + ");
      }
      if (magnitude != 1) {
        sb.append(magnitude).append('*');
      }
      sb.append(Names.attribute(t.attribute()));
    }
    return sb.toString();
  }
}
