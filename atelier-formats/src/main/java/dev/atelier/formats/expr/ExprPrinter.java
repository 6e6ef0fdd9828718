package dev.atelier.formats.expr;

import dev.atelier.engine.model.Attribute;
import dev.atelier.engine.model.BooleanAttribute;
import dev.atelier.engine.model.Expr;
import dev.atelier.engine.model.ExprKind;
import dev.atelier.engine.model.ExprVisitor;
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
  private final Visitor visitor = new Visitor();

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
    Printed p = e.accept(visitor);
    return p.level() < context ? "(" + p.text() + ")" : p.text();
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
    return switch (operand.kind()) {
      case IS -> {
        Expr.Is is = (Expr.Is) operand;
        yield isBooleanTrue(is)
            ? null
            : Names.attribute(is.attribute()) + " != " + Names.value(is.value());
      }
      case OR -> {
        Expr.Or or = (Expr.Or) operand;
        String attribute = valueSetAttribute(or);
        yield attribute == null ? null : Names.attribute(attribute) + " not in " + valueSet(or);
      }
      case CONST, IS_SET, NOT, AND, IMPLIES, IFF, COMPARE, COUNT -> null;
    };
  }

  private boolean isBooleanTrue(Expr.Is is) {
    return scope.get(is.attribute()) instanceof BooleanAttribute
        && is.value().equals(BooleanAttribute.TRUE);
  }

  /** The attribute when {@code or} is a non-empty disjunction of values of one attribute. */
  private static String valueSetAttribute(Expr.Or or) {
    String attribute = null;
    for (Expr o : or.operands()) {
      if (o.kind() != ExprKind.IS) {
        return null;
      }
      String own = ((Expr.Is) o).attribute();
      if (attribute != null && !attribute.equals(own)) {
        return null;
      }
      attribute = own;
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

  /** Text and the precedence level of its outermost operator (before parentheses). */
  private record Printed(int level, String text) {}

  /** Prints one expression kind; the caller adds parentheses where the context needs them. */
  private final class Visitor implements ExprVisitor<Printed> {
    @Override
    public Printed visitConst(Expr.Const c) {
      return new Printed(ATOM, c.value() ? "true" : "false");
    }

    @Override
    public Printed visitIs(Expr.Is is) {
      return new Printed(
          ATOM,
          isBooleanTrue(is)
              ? Names.attribute(is.attribute())
              : Names.attribute(is.attribute()) + " = " + Names.value(is.value()));
    }

    @Override
    public Printed visitIsSet(Expr.IsSet set) {
      return new Printed(
          ATOM,
          scope.get(set.attribute()) instanceof BooleanAttribute
              ? "set(" + Names.attribute(set.attribute()) + ")"
              : Names.attribute(set.attribute()));
    }

    @Override
    public Printed visitNot(Expr.Not not) {
      String s = negation(not.operand());
      return s != null
          ? new Printed(ATOM, s)
          : new Printed(UNARY, "not " + print(not.operand(), UNARY));
    }

    @Override
    public Printed visitAnd(Expr.And and) {
      if (and.operands().size() == 1) {
        return and.operands().get(0).accept(this);
      }
      return new Printed(AND, join(and.operands(), " and ", UNARY, "true"));
    }

    @Override
    public Printed visitOr(Expr.Or or) {
      String attribute = valueSetAttribute(or);
      if (attribute != null) {
        return new Printed(ATOM, Names.attribute(attribute) + " in " + valueSet(or));
      }
      if (or.operands().size() == 1) {
        return or.operands().get(0).accept(this);
      }
      return new Printed(OR, join(or.operands(), " or ", AND, "false"));
    }

    @Override
    public Printed visitImplies(Expr.Implies imp) {
      return new Printed(
          IMPLIES, print(imp.condition(), OR) + " -> " + print(imp.consequence(), IMPLIES));
    }

    @Override
    public Printed visitIff(Expr.Iff iff) {
      return new Printed(IFF, print(iff.left(), IFF) + " <-> " + print(iff.right(), IMPLIES));
    }

    @Override
    public Printed visitCompare(Expr.Compare cmp) {
      String left = terms(cmp.terms());
      if (left.isEmpty()) {
        left = "0";
      } else if (cmp.terms().size() == 1
          && cmp.terms().get(0).coefficient() == 1
          && (cmp.op() == Expr.Op.EQ || cmp.op() == Expr.Op.NE)) {
        left = "1*" + left; // "x = 5" would read as a value comparison
      }
      return new Printed(ATOM, left + " " + cmp.op().symbol() + " " + cmp.bound());
    }

    @Override
    public Printed visitCount(Expr.Count count) {
      String operands =
          count.operands().stream().map(o -> print(o, IFF)).collect(Collectors.joining(", "));
      return new Printed(
          ATOM,
          switch (count.op()) {
            case GE -> "atLeast(" + count.k() + ", " + operands + ")";
            case LE -> "atMost(" + count.k() + ", " + operands + ")";
            case EQ -> "exactly(" + count.k() + ", " + operands + ")";
            default -> "count(" + operands + ") " + count.op().symbol() + " " + count.k();
          });
    }
  }
}
