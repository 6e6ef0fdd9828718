package dev.atelier.engine.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a model for every structural problem at once: duplicate ids, unusable domains, and rules
 * or components that refer to unknown attributes or values. Stateless and thread-safe.
 */
public final class ModelValidator {

  /**
   * The longest attribute, value and rule id: ids are stored with what customers do (profiles,
   * design events, adjustments), in columns of this length.
   */
  public static final int MAX_ID_LENGTH = 200;

  /**
   * The most values all attributes of a model may have together (an integer attribute counts its
   * range, a boolean two): every value costs a variable and memory in each compiled form, so this
   * bounds the work and memory of one model (ten 100,000-value attributes took 1.2 GB to check).
   */
  public static final long MAX_TOTAL_VALUES = 200_000;

  private ModelValidator() {}

  /** How many values {@code a} has, at most {@code MAX_TOTAL_VALUES + 1}. */
  public static long domainSize(Attribute a) {
    long size = a instanceof IntegerAttribute i ? i.size() : a.valueIds().size();
    return Math.max(0, Math.min(size, MAX_TOTAL_VALUES + 1));
  }

  /**
   * The problem of a model without attributes, which the engine compiles but which offers customers
   * nothing to choose (an XCSP3 file or {@code attributes: []} read as a product at its base price
   * alone); empty when {@code model} has an attribute. Uploads and the pre-publication check refuse
   * it; {@link #validate} does not, as an empty model is a valid engine input.
   */
  public static Optional<ModelProblem> emptiness(ProductModel model) {
    return model.attributes().isEmpty()
        ? Optional.of(
            new ModelProblem(
                "model " + model.id(),
                "it has no attributes, so customers would have nothing to choose; a product model"
                    + " needs at least one attribute"))
        : Optional.empty();
  }

  /** All problems of {@code model}; empty when it can be compiled. */
  public static List<ModelProblem> validate(ProductModel model) {
    List<ModelProblem> problems = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Attribute a : model.attributes()) {
      String place = "attribute " + a.id();
      if (!seen.add(a.id())) {
        problems.add(new ModelProblem(place, "duplicate attribute id"));
      }
      checkLength(a.id(), place, "attribute id", problems);
      if (a instanceof EnumAttribute e) {
        e.values().forEach(v -> checkLength(v.id(), place, "value id", problems));
      }
      checkDomain(a, place, problems);
    }
    long total = 0;
    for (Attribute a : model.attributes()) {
      total = Math.min(total + domainSize(a), MAX_TOTAL_VALUES + 1);
    }
    if (total > MAX_TOTAL_VALUES) {
      problems.add(
          new ModelProblem(
              "model " + model.id(),
              "its attributes have more than "
                  + MAX_TOTAL_VALUES
                  + " values together; split the model or use larger steps"));
    }
    Map<String, Attribute> byId = model.attributesById();
    Set<String> ruleIds = new HashSet<>();
    for (Constraint c : model.constraints()) {
      String place = "rule " + c.id();
      if (!ruleIds.add(c.id())) {
        problems.add(new ModelProblem(place, "duplicate rule id"));
      }
      checkLength(c.id(), place, "rule id", problems);
      if (c instanceof Constraint.Table t) {
        checkTable(t, byId, place, problems);
      } else {
        new ExprChecker(byId, place, problems).check(c.formula());
      }
    }
    for (Component comp : model.components()) {
      String place = "component " + comp.partNumber();
      if (comp.quantity() < 1) {
        problems.add(
            new ModelProblem(place, "quantity must be at least 1, was " + comp.quantity()));
      }
      new ExprChecker(byId, place, problems).check(comp.condition());
    }
    Set<String> facts = new HashSet<>();
    for (Fact f : model.facts()) {
      String place = "fact " + f.attribute();
      if (!byId.containsKey(f.attribute())) {
        problems.add(new ModelProblem(place, "unknown attribute '" + f.attribute() + "'"));
      } else if (byId.get(f.attribute()) instanceof TextAttribute) {
        problems.add(new ModelProblem(place, "a text attribute cannot be a customer fact"));
      }
      if (!facts.add(f.attribute())) {
        problems.add(new ModelProblem(place, "attribute marked as a fact twice"));
      }
      if (f.fromProfile() && !Fact.PROFILE_KEY.matcher(f.profileKey()).matches()) {
        problems.add(
            new ModelProblem(
                place, "profile key '" + f.profileKey() + "' is not lower-case-with-hyphens"));
      }
    }
    return problems;
  }

  private static void checkDomain(Attribute a, String place, List<ModelProblem> problems) {
    if (a instanceof IntegerAttribute i) {
      long size = i.size();
      if (size < 0) {
        problems.add(
            new ModelProblem(
                place,
                "needs min <= max and step >= 1 (min "
                    + i.min()
                    + ", max "
                    + i.max()
                    + ", step "
                    + i.step()
                    + ")"));
      } else if (size > IntegerAttribute.MAX_VALUES) {
        problems.add(
            new ModelProblem(
                place,
                "has "
                    + size
                    + " values, more than "
                    + IntegerAttribute.MAX_VALUES
                    + "; use a larger step"));
      } else if (!pricesFit(i)) {
        problems.add(
            new ModelProblem(
                place, "pricePerUnit " + i.pricePerUnit() + " times a value overflows a price"));
      }
    } else if (a instanceof TextAttribute t && t.maxLength() < 1) {
      problems.add(new ModelProblem(place, "maxLength must be at least 1"));
    } else if (a instanceof EnumAttribute e) {
      Set<String> values = new HashSet<>();
      for (Value v : e.values()) {
        if (!values.add(v.id())) {
          problems.add(new ModelProblem(place, "duplicate value id '" + v.id() + "'"));
        }
        if (v.id().equals(Constraint.Table.ANY) || v.id().equals(Constraint.Table.UNSET)) {
          problems.add(new ModelProblem(place, "value id '" + v.id() + "' is reserved"));
        }
      }
      if (e.values().isEmpty() && !e.optional()) {
        problems.add(new ModelProblem(place, "a required attribute needs at least one value"));
      }
    }
  }

  private static void checkTable(
      Constraint.Table t, Map<String, Attribute> byId, String place, List<ModelProblem> problems) {
    for (String attr : t.attributes()) {
      if (!byId.containsKey(attr)) {
        problems.add(new ModelProblem(place, "unknown attribute '" + attr + "'"));
      }
    }
    for (int r = 0; r < t.rows().size(); r++) {
      List<String> row = t.rows().get(r);
      if (row.size() != t.attributes().size()) {
        problems.add(
            new ModelProblem(
                place + " row " + (r + 1),
                "has " + row.size() + " cells, expected " + t.attributes().size()));
        continue;
      }
      for (int i = 0; i < row.size(); i++) {
        Attribute a = byId.get(t.attributes().get(i));
        String cell = row.get(i);
        if (a != null
            && !cell.equals(Constraint.Table.ANY)
            && !cell.equals(Constraint.Table.UNSET)
            && !a.valueIds().contains(cell)) {
          problems.add(
              new ModelProblem(
                  place + " row " + (r + 1),
                  "unknown value '" + cell + "' of attribute '" + a.id() + "'"));
        }
      }
    }
  }

  private static void checkLength(
      String id, String place, String what, List<ModelProblem> problems) {
    if (id.length() > MAX_ID_LENGTH) {
      problems.add(
          new ModelProblem(
              place, "the " + what + " is longer than " + MAX_ID_LENGTH + " characters"));
    }
  }

  /** Whether value x pricePerUnit fits a long for the smallest and largest value (exactly). */
  private static boolean pricesFit(IntegerAttribute i) {
    try {
      Math.multiplyExact(i.min(), i.pricePerUnit());
      Math.multiplyExact(i.max(), i.pricePerUnit());
      return true;
    } catch (ArithmeticException e) {
      return false;
    }
  }
}
