package dev.atelier.formats.uvl;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code constant + sum(coefficient * feature)} over selected features (1 when selected), the
 * meaning of UVL arithmetic that is linear. Immutable and thread-safe.
 *
 * @param coefficients coefficient by feature attribute id, in first-use order, no zeros
 * @param constant the constant part
 */
record LinearForm(Map<String, BigDecimal> coefficients, BigDecimal constant) {

  LinearForm {
    Map<String, BigDecimal> copy = new LinkedHashMap<>();
    coefficients.forEach(
        (k, v) -> {
          if (v.signum() != 0) {
            copy.put(k, v);
          }
        });
    coefficients = Collections.unmodifiableMap(copy);
  }

  /** A constant. */
  static LinearForm of(BigDecimal constant) {
    return new LinearForm(Map.of(), constant);
  }

  /** {@code coefficient * feature}. */
  static LinearForm term(String feature, BigDecimal coefficient) {
    return new LinearForm(Map.of(feature, coefficient), BigDecimal.ZERO);
  }

  /** Whether no feature occurs. */
  boolean isConstant() {
    return coefficients.isEmpty();
  }

  /** {@code this + other}. */
  LinearForm plus(LinearForm other) {
    Map<String, BigDecimal> sum = new LinkedHashMap<>(coefficients);
    other.coefficients.forEach((k, v) -> sum.merge(k, v, BigDecimal::add));
    return new LinearForm(sum, constant.add(other.constant));
  }

  /** {@code this * factor}. */
  LinearForm times(BigDecimal factor) {
    Map<String, BigDecimal> product = new LinkedHashMap<>();
    coefficients.forEach((k, v) -> product.put(k, v.multiply(factor)));
    return new LinearForm(product, constant.multiply(factor));
  }
}
