package dev.atelier.engine.oracle;

import dev.atelier.engine.model.Attribute;
import dev.atelier.engine.model.BooleanAttribute;
import dev.atelier.engine.model.Component;
import dev.atelier.engine.model.Constraint;
import dev.atelier.engine.model.EnumAttribute;
import dev.atelier.engine.model.Expr;
import dev.atelier.engine.model.ExprVisitor;
import dev.atelier.engine.model.IntegerAttribute;
import dev.atelier.engine.model.ProductModel;
import dev.atelier.engine.model.TextAttribute;
import dev.atelier.engine.model.Value;
import java.util.List;
import java.util.stream.Collectors;

/** Renders models and expressions as compact readable text for failure reports. */
public final class ModelPrinter {

  private ModelPrinter() {}

  /** A multi-line description of {@code model}. */
  public static String describe(ProductModel model) {
    StringBuilder sb = new StringBuilder();
    sb.append("  base price ").append(model.basePrice()).append('\n');
    for (Attribute a : model.attributes()) {
      sb.append("  attr ").append(attribute(a)).append('\n');
    }
    for (Constraint c : model.constraints()) {
      sb.append("  rule ").append(c.id()).append(": ").append(constraint(c)).append('\n');
    }
    for (Component c : model.components()) {
      sb.append("  component ")
          .append(c.partNumber())
          .append(" ")
          .append(c.unitPrice())
          .append(" x")
          .append(c.quantity())
          .append(" when ")
          .append(expr(c.condition()))
          .append('\n');
    }
    return sb.toString();
  }

  static String attribute(Attribute a) {
    String opt = a.optional() ? " optional" : "";
    if (a instanceof EnumAttribute e) {
      return e.id()
          + opt
          + " enum {"
          + e.values().stream().map(ModelPrinter::value).collect(Collectors.joining(", "))
          + "}";
    } else if (a instanceof BooleanAttribute b) {
      return b.id() + opt + " bool (true +" + b.priceWhenTrue() + ")";
    } else if (a instanceof IntegerAttribute i) {
      return i.id()
          + opt
          + " int "
          + i.min()
          + ".."
          + i.max()
          + " step "
          + i.step()
          + " (per unit "
          + i.pricePerUnit()
          + ")";
    }
    TextAttribute t = (TextAttribute) a;
    return t.id() + opt + " text (given +" + t.priceWhenGiven() + ")";
  }

  private static String value(Value v) {
    return v.price() == 0 ? v.id() : v.id() + ":" + v.price();
  }

  static String constraint(Constraint c) {
    if (c instanceof Constraint.Requires r) {
      return "requires " + expr(r.condition()) + " => " + expr(r.required());
    } else if (c instanceof Constraint.Excludes x) {
      return "excludes " + expr(x.first()) + " / " + expr(x.second());
    } else if (c instanceof Constraint.Table t) {
      return (t.allowed() ? "table allowed " : "table forbidden ")
          + t.attributes()
          + " rows "
          + t.rows();
    } else if (c instanceof Constraint.Cardinality k) {
      return "cardinality " + expr(k.formula());
    } else if (c instanceof Constraint.Linear l) {
      return "linear " + expr(l.formula());
    }
    return "rule " + expr(c.formula());
  }

  /** {@code e} in an infix notation. */
  public static String expr(Expr e) {
    return e.accept(INFIX);
  }

  private static final ExprVisitor<String> INFIX =
      new ExprVisitor<>() {
        @Override
        public String visitConst(Expr.Const c) {
          return String.valueOf(c.value());
        }

        @Override
        public String visitIs(Expr.Is is) {
          return is.attribute() + "=" + is.value();
        }

        @Override
        public String visitIsSet(Expr.IsSet s) {
          return "set(" + s.attribute() + ")";
        }

        @Override
        public String visitNot(Expr.Not n) {
          return "!" + expr(n.operand());
        }

        @Override
        public String visitAnd(Expr.And a) {
          return join(a.operands(), " & ", "TRUE");
        }

        @Override
        public String visitOr(Expr.Or o) {
          return join(o.operands(), " | ", "FALSE");
        }

        @Override
        public String visitImplies(Expr.Implies i) {
          return "(" + expr(i.condition()) + " -> " + expr(i.consequence()) + ")";
        }

        @Override
        public String visitIff(Expr.Iff i) {
          return "(" + expr(i.left()) + " <-> " + expr(i.right()) + ")";
        }

        @Override
        public String visitCompare(Expr.Compare c) {
          String sum =
              c.terms().stream()
                  .map(t -> t.coefficient() + "*" + t.attribute())
                  .collect(Collectors.joining(" + "));
          return "[" + sum + " " + c.op().symbol() + " " + c.bound() + "]";
        }

        @Override
        public String visitCount(Expr.Count k) {
          return "count" + join(k.operands(), ", ", "()") + " " + k.op().symbol() + " " + k.k();
        }
      };

  private static String join(List<Expr> operands, String sep, String empty) {
    if (operands.isEmpty()) {
      return empty;
    }
    return operands.stream().map(ModelPrinter::expr).collect(Collectors.joining(sep, "(", ")"));
  }
}
