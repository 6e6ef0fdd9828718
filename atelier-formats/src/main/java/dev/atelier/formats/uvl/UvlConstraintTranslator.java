package dev.atelier.formats.uvl;

import dev.atelier.engine.model.Expr;
import dev.atelier.formats.Diagnostic;
import dev.atelier.formats.featuremodel.Feature;
import dev.atelier.formats.featuremodel.FeatureModelMapper;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Translates resolved UVL constraints to {@link Expr}: Boolean operators directly; comparisons of
 * linear arithmetic to {@link Expr.Compare} over feature attributes, where {@code F.attr} means the
 * attribute's value when {@code F} is selected and 0 otherwise, and {@code sum(attr)} the sum of
 * {@code F.attr} over all features that have it. Everything else (products of features, {@code
 * avg}, {@code len}, string comparisons, Integer/Real features) is reported as unsupported with its
 * position. Not thread-safe: one per model.
 */
final class UvlConstraintTranslator {

  /** What the translator knows about each feature. */
  record FeatureInfo(
      String name,
      Feature.FeatureType type,
      UvlDocument.Type declared,
      Map<String, BigDecimal> numbers) {}

  private static final Map<String, Expr.Op> OPS =
      Map.of(
          "==", Expr.Op.EQ,
          "!=", Expr.Op.NE,
          "<", Expr.Op.LT,
          ">", Expr.Op.GT,
          "<=", Expr.Op.LE,
          ">=", Expr.Op.GE);

  private final Map<String, FeatureInfo> features;
  private final List<Diagnostic> diagnostics;
  private String file;
  private String prefix;

  UvlConstraintTranslator(Map<String, FeatureInfo> features, List<Diagnostic> diagnostics) {
    this.features = features;
    this.diagnostics = diagnostics;
  }

  /** The condition of {@code expr} written in {@code file} (names under {@code prefix}). */
  Expr translate(UvlExpr expr, String inFile, String namePrefix) {
    this.file = inFile;
    this.prefix = namePrefix;
    return bool(expr);
  }

  private Expr bool(UvlExpr e) {
    if (e instanceof UvlExpr.Bool b) {
      return b.value() ? Expr.TRUE : Expr.FALSE;
    }
    if (e instanceof UvlExpr.Ref ref) {
      FeatureInfo f = features.get(prefix + ref.joined());
      if (f == null) {
        return unknown(ref);
      }
      if (f.declared() == UvlDocument.Type.INTEGER || f.declared() == UvlDocument.Type.REAL) {
        return report(ref, "'" + ref.joined() + "' is a number, not a condition");
      }
      return FeatureModelMapper.selected(f.name(), f.type());
    }
    if (e instanceof UvlExpr.Unary u && u.op().equals("!")) {
      Expr operand = bool(u.operand());
      return operand == null ? null : new Expr.Not(operand);
    }
    if (e instanceof UvlExpr.Binary b) {
      if (OPS.containsKey(b.op())) {
        return compare(b);
      }
      Expr left = bool(b.left());
      Expr right = bool(b.right());
      if (left == null || right == null) {
        return null;
      }
      switch (b.op()) {
        case "&":
          return new Expr.And(flatten(left, right, Expr.Kind.AND));
        case "|":
          return new Expr.Or(flatten(left, right, Expr.Kind.OR));
        case "=>":
          return new Expr.Implies(left, right);
        case "<=>":
          return new Expr.Iff(left, right);
        default:
          return report(b, "'" + b.op() + "' gives a number, not a condition");
      }
    }
    return report(e, "expected a condition, found a " + kind(e));
  }

  /** The operands of {@code left kind right}, a side of the same kind spliced in. */
  private static List<Expr> flatten(Expr left, Expr right, Expr.Kind kind) {
    List<Expr> operands = new ArrayList<>();
    for (Expr side : List.of(left, right)) {
      List<Expr> own =
          side.kind() != kind
              ? List.of(side)
              : switch (kind) {
                case AND -> ((Expr.And) side).operands();
                case OR -> ((Expr.Or) side).operands();
                case CONST, IS, IS_SET, NOT, IMPLIES, IFF, COMPARE, COUNT -> List.of(side);
              };
      operands.addAll(own);
    }
    return operands;
  }

  private Expr compare(UvlExpr.Binary b) {
    if (isText(b.left()) || isText(b.right())) {
      return report(b, "unsupported: string comparisons cannot be mapped to the engine");
    }
    LinearForm left = linear(b.left());
    LinearForm right = linear(b.right());
    if (left == null || right == null) {
      return null;
    }
    LinearForm difference = left.plus(right.times(BigDecimal.ONE.negate()));
    BigDecimal bound = difference.constant().negate();
    int scale = Math.max(0, bound.stripTrailingZeros().scale());
    for (BigDecimal c : difference.coefficients().values()) {
      scale = Math.max(scale, c.stripTrailingZeros().scale());
    }
    Expr.Op op = OPS.get(b.op());
    if (difference.isConstant()) {
      return op.test(bound.signum() * -1, 0) ? Expr.TRUE : Expr.FALSE;
    }
    try {
      List<Expr.Term> terms = new ArrayList<>();
      for (Map.Entry<String, BigDecimal> t : difference.coefficients().entrySet()) {
        terms.add(new Expr.Term(t.getValue().movePointRight(scale).longValueExact(), t.getKey()));
      }
      return new Expr.Compare(terms, op, bound.movePointRight(scale).longValueExact());
    } catch (ArithmeticException e) {
      return report(b, "unsupported: numbers too large for the engine");
    }
  }

  private LinearForm linear(UvlExpr e) {
    if (e instanceof UvlExpr.Num n) {
      return LinearForm.of(n.value());
    }
    if (e instanceof UvlExpr.Unary u && u.op().equals("-")) {
      LinearForm operand = linear(u.operand());
      return operand == null ? null : operand.times(BigDecimal.ONE.negate());
    }
    if (e instanceof UvlExpr.Ref ref) {
      return attributeValue(ref);
    }
    if (e instanceof UvlExpr.Call call) {
      return aggregate(call);
    }
    if (e instanceof UvlExpr.Binary b && "+-*/".contains(b.op())) {
      LinearForm left = linear(b.left());
      LinearForm right = linear(b.right());
      if (left == null || right == null) {
        return null;
      }
      switch (b.op()) {
        case "+":
          return left.plus(right);
        case "-":
          return left.plus(right.times(BigDecimal.ONE.negate()));
        case "*":
          if (left.isConstant() || right.isConstant()) {
            return left.isConstant() ? right.times(left.constant()) : left.times(right.constant());
          }
          LinearForm square = sameFeatureProduct(left, right);
          return square != null
              ? square
              : report(b, "unsupported: the product of two feature attributes is not linear");
        default:
          return divide(b, left, right);
      }
    }
    return report(e, "expected a number, found a " + kind(e));
  }

  /** {@code (a + bX) * (c + dX) = ac + (ad + bc + bd)X}, as X is 0 or 1; null otherwise. */
  private static LinearForm sameFeatureProduct(LinearForm left, LinearForm right) {
    if (left.coefficients().size() != 1
        || !left.coefficients().keySet().equals(right.coefficients().keySet())) {
      return null;
    }
    String feature = left.coefficients().keySet().iterator().next();
    BigDecimal a = left.constant();
    BigDecimal b = left.coefficients().get(feature);
    BigDecimal c = right.constant();
    BigDecimal d = right.coefficients().get(feature);
    BigDecimal x = a.multiply(d).add(b.multiply(c)).add(b.multiply(d));
    return LinearForm.of(a.multiply(c)).plus(LinearForm.term(feature, x));
  }

  private LinearForm divide(UvlExpr.Binary b, LinearForm left, LinearForm right) {
    if (!right.isConstant()) {
      return report(b, "unsupported: division by a feature attribute is not linear");
    }
    if (right.constant().signum() == 0) {
      return report(b, "division by zero");
    }
    try {
      BigDecimal inverse = BigDecimal.ONE.divide(right.constant(), MathContext.UNLIMITED);
      return left.times(inverse);
    } catch (ArithmeticException e) {
      return report(b, "unsupported: division by " + right.constant() + " is not exact");
    }
  }

  private LinearForm attributeValue(UvlExpr.Ref ref) {
    List<String> parts = ref.parts();
    FeatureInfo whole = features.get(prefix + ref.joined());
    if (whole != null) {
      if (whole.declared() == UvlDocument.Type.INTEGER
          || whole.declared() == UvlDocument.Type.REAL) {
        return report(ref, whole.declared().noBoundedDomain(ref.joined()));
      }
      return report(ref, "'" + ref.joined() + "' is a feature, not a number");
    }
    for (int k = parts.size() - 1; k >= 1; k--) {
      FeatureInfo f = features.get(prefix + String.join(".", parts.subList(0, k)));
      if (f != null) {
        String attribute = String.join(".", parts.subList(k, parts.size()));
        BigDecimal value = f.numbers().get(attribute);
        if (value == null) {
          return report(
              ref, "feature '" + f.name() + "' has no numeric attribute '" + attribute + "'");
        }
        if (f.type() == Feature.FeatureType.STRING) {
          return report(ref, "unsupported: attributes of String features in arithmetic");
        }
        return LinearForm.term(f.name(), value);
      }
    }
    return unknown(ref);
  }

  private LinearForm aggregate(UvlExpr.Call call) {
    if (!call.function().equals("sum") || call.arguments().size() != 1) {
      return report(
          call,
          "unsupported: "
              + call.function()
              + "(...) cannot be mapped to the engine"
              + (call.function().equals("sum") ? " (only sum(attribute) is)" : ""));
    }
    String attribute = call.arguments().get(0).joined();
    LinearForm sum = LinearForm.of(BigDecimal.ZERO);
    boolean any = false;
    for (FeatureInfo f : features.values()) {
      BigDecimal value = f.numbers().get(attribute);
      if (value != null && f.type() == Feature.FeatureType.BOOLEAN) {
        sum = sum.plus(LinearForm.term(f.name(), value));
        any = true;
      }
    }
    return any ? sum : report(call, "no feature has a numeric attribute '" + attribute + "'");
  }

  private boolean isText(UvlExpr e) {
    if (e instanceof UvlExpr.Str) {
      return true;
    }
    if (e instanceof UvlExpr.Call call) {
      return call.function().equals("len");
    }
    if (e instanceof UvlExpr.Ref ref) {
      FeatureInfo f = features.get(prefix + ref.joined());
      return f != null && f.declared() == UvlDocument.Type.STRING;
    }
    return false;
  }

  private static String kind(UvlExpr e) {
    return e instanceof UvlExpr.Num
        ? "number"
        : e instanceof UvlExpr.Str
            ? "string"
            : e instanceof UvlExpr.Bool
                ? "truth value"
                : e instanceof UvlExpr.Call ? "function call" : "calculation";
  }

  private <T> T unknown(UvlExpr.Ref ref) {
    return report(ref, "unknown feature '" + ref.joined() + "'");
  }

  private <T> T report(UvlExpr at, String message) {
    diagnostics.add(new Diagnostic(file, at.line(), at.column(), message));
    return null;
  }
}
