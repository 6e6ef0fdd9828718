package dev.atelier.formats.uvl;

import dev.atelier.formats.featuremodel.Feature;
import dev.atelier.formats.uvl.UvlConstraintTranslator.FeatureInfo;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

/**
 * The numeric side of UVL comparisons as {@link LinearForm}s: {@code F.attr} is the attribute's
 * value when {@code F} is selected and 0 otherwise, {@code sum(attr)} the sum of {@code F.attr}
 * over all features that have it; sums, differences, scaling by constants, exact division by
 * constants and the product of two terms of one feature are linear, the rest is reported.
 */
final class UvlArithmetic {
  private final UvlScope scope;

  UvlArithmetic(UvlScope scope) {
    this.scope = scope;
  }

  /** The linear form of {@code e}, or null after reporting why it has none. */
  LinearForm linear(UvlExpr e) {
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
              : scope.report(b, "unsupported: the product of two feature attributes is not linear");
        default:
          return divide(b, left, right);
      }
    }
    return scope.report(e, "expected a number, found a " + UvlScope.kind(e));
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
      return scope.report(b, "unsupported: division by a feature attribute is not linear");
    }
    if (right.constant().signum() == 0) {
      return scope.report(b, "division by zero");
    }
    try {
      BigDecimal inverse = BigDecimal.ONE.divide(right.constant(), MathContext.UNLIMITED);
      return left.times(inverse);
    } catch (ArithmeticException e) {
      return scope.report(b, "unsupported: division by " + right.constant() + " is not exact");
    }
  }

  private LinearForm attributeValue(UvlExpr.Ref ref) {
    List<String> parts = ref.parts();
    FeatureInfo whole = scope.feature(ref);
    if (whole != null) {
      if (whole.declared() == UvlDocument.Type.INTEGER
          || whole.declared() == UvlDocument.Type.REAL) {
        return scope.report(ref, whole.declared().noBoundedDomain(ref.joined()));
      }
      return scope.report(ref, "'" + ref.joined() + "' is a feature, not a number");
    }
    for (int k = parts.size() - 1; k >= 1; k--) {
      FeatureInfo f = scope.feature(String.join(".", parts.subList(0, k)));
      if (f != null) {
        String attribute = String.join(".", parts.subList(k, parts.size()));
        BigDecimal value = f.numbers().get(attribute);
        if (value == null) {
          return scope.report(
              ref, "feature '" + f.name() + "' has no numeric attribute '" + attribute + "'");
        }
        if (f.type() == Feature.FeatureType.STRING) {
          return scope.report(ref, "unsupported: attributes of String features in arithmetic");
        }
        return LinearForm.term(f.name(), value);
      }
    }
    return scope.unknown(ref);
  }

  private LinearForm aggregate(UvlExpr.Call call) {
    if (!call.function().equals("sum") || call.arguments().size() != 1) {
      return scope.report(
          call,
          "unsupported: "
              + call.function()
              + "(...) cannot be mapped to the engine"
              + (call.function().equals("sum") ? " (only sum(attribute) is)" : ""));
    }
    String attribute = call.arguments().get(0).joined();
    LinearForm sum = LinearForm.of(BigDecimal.ZERO);
    boolean any = false;
    for (FeatureInfo f : scope.features().values()) {
      BigDecimal value = f.numbers().get(attribute);
      if (value != null && f.type() == Feature.FeatureType.BOOLEAN) {
        sum = sum.plus(LinearForm.term(f.name(), value));
        any = true;
      }
    }
    return any ? sum : scope.report(call, "no feature has a numeric attribute '" + attribute + "'");
  }
}
