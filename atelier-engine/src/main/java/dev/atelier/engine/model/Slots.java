package dev.atelier.engine.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Unrolls module slots into the flat model the engine compiles, with no new expression kind: each
 * potential instance {@code i} gets its module's attributes as {@code slot[i].attribute}, made
 * optional and fixed to a neutral state (unset; yes/no choices "no") while the instance is absent,
 * so absent instances never multiply the number of configurations. Instance {@code i} is present
 * when the count attribute is at least {@code i}. Rules across instances are rewritten into plain
 * sums, counts and conjunctions here. Stateless and thread-safe.
 */
public final class Slots {

  /** Attributes, rules and components with names relative to their owner. */
  public record Flat(
      List<Attribute> attributes, List<Constraint> constraints, List<Component> components) {
    public Flat {
      attributes = List.copyOf(attributes);
      constraints = List.copyOf(constraints);
      components = List.copyOf(components);
    }
  }

  private Slots() {}

  /** {@code product} with {@code slots} unrolled after its own attributes and before its rules. */
  public static ProductModel flatten(ProductModel product, List<Slot> slots) {
    List<Attribute> attributes = new ArrayList<>(product.attributes());
    List<Constraint> constraints = new ArrayList<>();
    List<Component> components = new ArrayList<>(product.components());
    for (Slot s : slots) {
      Flat f = expand(s);
      attributes.addAll(f.attributes());
      constraints.addAll(f.constraints());
      components.addAll(f.components());
    }
    constraints.addAll(product.constraints());
    return new ProductModel(
        product.id(),
        product.version(),
        product.label(),
        product.currency(),
        product.basePrice(),
        attributes,
        constraints,
        components,
        product.facts());
  }

  /**
   * The slot unrolled: its count attribute, then each instance's attributes; the rules that keep
   * absent instances neutral and present ones complete, the module's rules per instance, and for
   * interchangeable slots the order that counts each multiset once.
   */
  public static Flat expand(Slot slot) {
    Flat module = slot.module().flat();
    Set<String> local = new java.util.HashSet<>();
    module.attributes().forEach(a -> local.add(a.id()));
    List<Attribute> attributes = new ArrayList<>();
    List<Constraint> constraints = new ArrayList<>();
    List<Component> components = new ArrayList<>();
    attributes.add(
        new IntegerAttribute(slot.id(), slot.label(), slot.min(), slot.max(), 1, "", false, 0));
    for (int i = 1; i <= slot.max(); i++) {
      String prefix = slot.prefix(i);
      UnaryOperator<String> rename = n -> local.contains(n) ? prefix + n : n;
      Expr present = present(slot, i);
      List<Expr> neutral = new ArrayList<>();
      List<Expr> filled = new ArrayList<>();
      for (Attribute a : module.attributes()) {
        String id = prefix + a.id();
        boolean keepsRequired = a instanceof BooleanAttribute && !a.optional();
        attributes.add(renamed(a, id, SlotTexts.instanceLabel(slot, i, a.label()), !keepsRequired));
        if (keepsRequired) {
          neutral.add(new Expr.Is(id, BooleanAttribute.FALSE));
        } else {
          neutral.add(new Expr.Not(new Expr.IsSet(id)));
          if (!a.optional()) {
            filled.add(new Expr.IsSet(id));
          }
        }
      }
      LocalizedText instance = instanceName(slot, i);
      constraints.add(
          new Constraint.Rule(
              prefix + "absent",
              SlotTexts.suffixed(
                  instance, " is not part of the product", " ist nicht Teil des Produkts"),
              new Expr.Implies(new Expr.Not(present), all(neutral))));
      if (!filled.isEmpty()) {
        constraints.add(
            new Constraint.Rule(
                prefix + "complete",
                SlotTexts.suffixed(instance, " needs every choice", " braucht jede Angabe"),
                new Expr.Implies(present, all(filled))));
      }
      for (Constraint c : module.constraints()) {
        constraints.add(
            new Constraint.Rule(
                prefix + c.id(),
                SlotTexts.joined(instance, ": ", c.label()),
                new Expr.Implies(present, ExprNames.rename(c.formula(), rename))));
      }
      for (Component c : module.components()) {
        components.add(
            new Component(
                c.partNumber(),
                SlotTexts.joined(instance, " · ", c.label()),
                c.unitPrice(),
                c.quantity(),
                new Expr.And(List.of(present, ExprNames.rename(c.condition(), rename)))));
      }
    }
    if (slot.interchangeable()) {
      for (int i = 1; i < slot.max(); i++) {
        constraints.add(
            new Constraint.Rule(
                slot.id() + "[" + i + "].order",
                SlotTexts.suffixed(
                    slot.module().label(),
                    ": interchangeable, so listed in a fixed order",
                    ": austauschbar, daher in fester Reihenfolge"),
                new Expr.Implies(
                    present(slot, i + 1),
                    SlotOrder.lexLeq(module.attributes(), slot.prefix(i), slot.prefix(i + 1)))));
      }
    }
    return new Flat(attributes, constraints, components);
  }

  /**
   * Instance {@code i} is present: the count attribute is at least {@code i} (and, for a nested
   * slot, is set, which it is only while its own instance is present).
   */
  public static Expr present(Slot slot, int i) {
    if (i <= slot.min()) {
      return new Expr.IsSet(slot.id());
    }
    List<Expr> counts = new ArrayList<>();
    for (int k = i; k <= slot.max(); k++) {
      counts.add(new Expr.Is(slot.id(), String.valueOf(k)));
    }
    return new Expr.Or(counts);
  }

  /** {@code template} for instance {@code i}: {@code bays.x} becomes {@code bays[i].x}. */
  public static Expr at(Slot slot, int i, Expr template) {
    String each = slot.each("");
    String next = slot.next("");
    String prev = slot.prev("");
    return ExprNames.rename(
        template,
        n -> {
          if (n.startsWith(each)) {
            return slot.prefix(i) + n.substring(each.length());
          }
          if (n.startsWith(next)) {
            return slot.prefix(i + 1) + n.substring(next.length());
          }
          if (n.startsWith(prev)) {
            return slot.prefix(i - 1) + n.substring(prev.length());
          }
          return n;
        });
  }

  /**
   * Whether {@code expr} names an attribute of each instance (or of the next or previous) of {@code
   * slot}.
   */
  public static boolean mentions(Slot slot, Expr expr) {
    return ExprNames.of(expr).stream()
        .anyMatch(
            n ->
                n.startsWith(slot.each(""))
                    || n.startsWith(slot.next(""))
                    || n.startsWith(slot.prev("")));
  }

  /**
   * {@code template} held by every present instance; a template naming the next (previous) instance
   * holds for every present instance that has a next (previous) one.
   */
  public static Expr perInstance(Slot slot, Expr template) {
    boolean next = ExprNames.of(template).stream().anyMatch(n -> n.startsWith(slot.next("")));
    boolean prev = ExprNames.of(template).stream().anyMatch(n -> n.startsWith(slot.prev("")));
    List<Expr> each = new ArrayList<>();
    int last = next ? slot.max() - 1 : slot.max();
    for (int i = prev ? 2 : 1; i <= last; i++) {
      each.add(new Expr.Implies(present(slot, next ? i + 1 : i), at(slot, i, template)));
    }
    return new Expr.And(each);
  }

  /** Per potential instance: it is present and {@code template} holds in it (count, any, none). */
  public static List<Expr> instances(Slot slot, Expr template) {
    List<Expr> each = new ArrayList<>();
    for (int i = 1; i <= slot.max(); i++) {
      each.add(new Expr.And(List.of(present(slot, i), at(slot, i, template))));
    }
    return each;
  }

  /** The terms of {@code coefficient * sum(slot.attribute)}; absent instances add 0 (unset). */
  public static List<Expr.Term> sum(Slot slot, long coefficient, String attribute) {
    List<Expr.Term> terms = new ArrayList<>();
    for (int i = 1; i <= slot.max(); i++) {
      terms.add(new Expr.Term(coefficient, slot.address(i, attribute)));
    }
    return terms;
  }

  /** Instance {@code i}'s name per language: "Bay 2". */
  public static LocalizedText instanceName(Slot slot, int i) {
    Map<String, String> texts = new LinkedHashMap<>();
    slot.module().label().texts().forEach((lang, t) -> texts.put(lang, t + " " + i));
    return new LocalizedText(texts);
  }

  private static Attribute renamed(Attribute a, String id, LocalizedText label, boolean optional) {
    if (a instanceof EnumAttribute e) {
      return new EnumAttribute(id, label, e.values(), optional);
    } else if (a instanceof BooleanAttribute b) {
      return new BooleanAttribute(id, label, optional, b.priceWhenTrue());
    } else if (a instanceof IntegerAttribute n) {
      return new IntegerAttribute(
          id, label, n.min(), n.max(), n.step(), n.unit(), optional, n.pricePerUnit());
    } else if (a instanceof TextAttribute t) {
      return new TextAttribute(
          id, label, t.maxLength(), t.allowedCharacters(), optional, t.priceWhenGiven());
    }
    throw new IllegalStateException("unknown attribute " + a);
  }

  /** The conjunction of {@code parts}; one part is itself (as the formats read it back). */
  static Expr all(List<Expr> parts) {
    return parts.size() == 1 ? parts.get(0) : new Expr.And(List.copyOf(parts));
  }
}
