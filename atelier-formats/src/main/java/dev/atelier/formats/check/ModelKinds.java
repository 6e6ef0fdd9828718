package dev.atelier.formats.check;

import dev.atelier.engine.model.Attribute;
import dev.atelier.engine.model.BooleanAttribute;
import dev.atelier.engine.model.Constraint;
import dev.atelier.engine.model.EnumAttribute;
import dev.atelier.engine.model.IntegerAttribute;
import dev.atelier.engine.model.ProductModel;
import java.math.BigInteger;
import java.util.Map;
import java.util.TreeMap;

/** Kind names and sizes of model parts, for reports. Stateless and thread-safe. */
final class ModelKinds {

  private ModelKinds() {}

  static String kind(Attribute a) {
    if (a instanceof EnumAttribute) {
      return "enum";
    }
    if (a instanceof BooleanAttribute) {
      return "boolean";
    }
    return a instanceof IntegerAttribute ? "integer" : "text";
  }

  static String kind(Constraint c) {
    if (c instanceof Constraint.Requires) {
      return "requires";
    }
    if (c instanceof Constraint.Excludes) {
      return "excludes";
    }
    if (c instanceof Constraint.Rule) {
      return "rule";
    }
    if (c instanceof Constraint.Table) {
      return "table";
    }
    return c instanceof Constraint.Cardinality ? "cardinality" : "linear";
  }

  static Map<String, Integer> attributeKinds(ProductModel model) {
    Map<String, Integer> kinds = new TreeMap<>();
    model.attributes().forEach(a -> kinds.merge(kind(a), 1, Integer::sum));
    return kinds;
  }

  static Map<String, Integer> constraintKinds(ProductModel model) {
    Map<String, Integer> kinds = new TreeMap<>();
    model.constraints().forEach(c -> kinds.merge(kind(c), 1, Integer::sum));
    return kinds;
  }

  /** The number of values of {@code a}, plus one when it may stay unset. */
  static long choices(Attribute a) {
    long n = a instanceof IntegerAttribute i ? Math.max(0, i.size()) : a.valueIds().size();
    return n + (a.optional() ? 1 : 0);
  }

  /** The product of every attribute's number of choices: an upper bound of the count. */
  static BigInteger upperBound(ProductModel model) {
    BigInteger b = BigInteger.ONE;
    for (Attribute a : model.attributes()) {
      b = b.multiply(BigInteger.valueOf(choices(a)));
    }
    return b;
  }
}
