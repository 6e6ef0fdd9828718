package dev.atelier.formats.uvl;

import dev.atelier.engine.model.Expr;
import dev.atelier.engine.model.ExprKind;
import dev.atelier.formats.Diagnostic;
import dev.atelier.formats.featuremodel.Feature;
import dev.atelier.formats.featuremodel.FeatureModelMapper;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Translates resolved UVL constraints to {@link Expr}: Boolean operators directly; comparisons of
 * linear arithmetic ({@link UvlArithmetic}) to {@link Expr.Compare} over feature attributes.
 * Everything else (products of features, {@code avg}, {@code len}, string comparisons, Integer/Real
 * features) is reported as unsupported with its position. Not thread-safe: one per model.
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
  private UvlScope scope;
  private UvlArithmetic arithmetic;

  UvlConstraintTranslator(Map<String, FeatureInfo> features, List<Diagnostic> diagnostics) {
    this.features = features;
    this.diagnostics = diagnostics;
  }

  /** The condition of {@code expr} written in {@code file} (names under {@code prefix}). */
  Expr translate(UvlExpr expr, String inFile, String namePrefix) {
    this.scope = new UvlScope(features, diagnostics, inFile, namePrefix);
    this.arithmetic = new UvlArithmetic(scope);
    return bool(expr);
  }

  private Expr bool(UvlExpr e) {
    if (e instanceof UvlExpr.Bool b) {
      return b.value() ? Expr.TRUE : Expr.FALSE;
    }
    if (e instanceof UvlExpr.Ref ref) {
      FeatureInfo f = scope.feature(ref);
      if (f == null) {
        return scope.unknown(ref);
      }
      if (f.declared() == UvlDocument.Type.INTEGER || f.declared() == UvlDocument.Type.REAL) {
        return scope.report(ref, "'" + ref.joined() + "' is a number, not a condition");
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
          return new Expr.And(flatten(left, right, ExprKind.AND));
        case "|":
          return new Expr.Or(flatten(left, right, ExprKind.OR));
        case "=>":
          return new Expr.Implies(left, right);
        case "<=>":
          return new Expr.Iff(left, right);
        default:
          return scope.report(b, "'" + b.op() + "' gives a number, not a condition");
      }
    }
    return scope.report(e, "expected a condition, found a " + UvlScope.kind(e));
  }

  /** The operands of {@code left kind right}, a side of the same kind spliced in. */
  private static List<Expr> flatten(Expr left, Expr right, ExprKind kind) {
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
      return scope.report(b, "unsupported: string comparisons cannot be mapped to the engine");
    }
    LinearForm left = arithmetic.linear(b.left());
    LinearForm right = arithmetic.linear(b.right());
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
      return scope.report(b, "unsupported: numbers too large for the engine");
    }
  }

  private boolean isText(UvlExpr e) {
    if (e instanceof UvlExpr.Str) {
      return true;
    }
    if (e instanceof UvlExpr.Call call) {
      return call.function().equals("len");
    }
    if (e instanceof UvlExpr.Ref ref) {
      FeatureInfo f = scope.feature(ref);
      return f != null && f.declared() == UvlDocument.Type.STRING;
    }
    return false;
  }
}
