package dev.atelier.formats.expr;

import dev.atelier.engine.model.Attribute;
import dev.atelier.engine.model.Expr;
import dev.atelier.engine.model.ExprNames;
import dev.atelier.engine.model.Slot;
import dev.atelier.engine.model.Slots;
import dev.atelier.formats.expr.Token.Kind;
import dev.atelier.formats.expr.TokenCursor.SyntaxError;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The module constructs of the expression language, parsed for {@link RuleParser}: rules that hold
 * per instance of a slot ({@code bays.doors}, {@code next(bays).height}), {@code sum(bays.width)},
 * and {@code count/all/any/none(bays where ...)} over the instances. Not thread-safe; one per
 * parser.
 */
final class SlotParser {
  private final RuleParser parser;
  private final TokenCursor in;
  private final Map<String, Slot> slots;

  SlotParser(RuleParser parser, TokenCursor in, Map<String, Slot> slots) {
    this.parser = parser;
    this.in = in;
    this.slots = slots;
  }

  /**
   * {@code scope} plus the names a rule may use for "each instance" of a slot: {@code bays.doors}
   * and, for positional slots, {@code next(bays).doors}, each standing for the module's attribute.
   */
  static Map<String, Attribute> withTemplates(
      Map<String, Attribute> scope, Map<String, Slot> slots) {
    if (slots.isEmpty()) {
      return scope;
    }
    Map<String, Attribute> all = new LinkedHashMap<>(scope);
    for (Slot slot : slots.values()) {
      for (Attribute a : slot.module().flat().attributes()) {
        all.putIfAbsent(slot.each(a.id()), a);
        if (!slot.interchangeable()) {
          all.putIfAbsent(slot.next(a.id()), a);
          all.putIfAbsent(slot.prev(a.id()), a);
        }
      }
    }
    return all;
  }

  /** Whether the model has slots at all. */
  boolean any() {
    return !slots.isEmpty();
  }

  /** A parsed rule that names a slot's instances, made to hold for each of them. */
  Expr perInstance(Expr e) {
    Expr each = e;
    for (Slot slot : slots.values()) {
      if (Slots.mentions(slot, each)) {
        each = Slots.perInstance(slot, each);
      }
    }
    return each;
  }

  /** {@code count|all|any|none ( slot where ...}: an aggregate over a slot's instances. */
  boolean isAggregate(Token t) {
    boolean fn = t.isWord("count") || t.isWord("all") || t.isWord("any") || t.isWord("none");
    return fn && slots.containsKey(in.peek(2).text()) && in.peek(3).isWord("where");
  }

  /** The aggregate {@code fn} starts, {@link #isAggregate} having said it is one. */
  Expr aggregate(Token fn) {
    in.skip(2);
    Slot slot = slots.get(in.peek(0).text());
    in.skip(2);
    Expr template = inInstance(slot);
    in.expect(Kind.RPAREN, "')'");
    List<Expr> each = Slots.instances(slot, template);
    return switch (fn.text()) {
      case "count" -> parser.countOf(each);
      case "all" -> Slots.perInstance(slot, template);
      case "any" -> new Expr.Or(each);
      default -> new Expr.Not(new Expr.Or(each));
    };
  }

  /**
   * A condition on one instance of {@code slot}: the module's own names ({@code doors}) name that
   * instance's attributes, other names the attributes around it. Answers a template for {@link
   * Slots#at}.
   */
  private Expr inInstance(Slot slot) {
    Map<String, Attribute> local = new LinkedHashMap<>(parser.scope());
    Set<String> own = new HashSet<>();
    for (Attribute a : slot.module().flat().attributes()) {
      local.put(a.id(), a);
      own.add(a.id());
    }
    Expr e = parser.withNames(local);
    return ExprNames.rename(e, n -> own.contains(n) ? slot.each(n) : n);
  }

  /** {@code sum(slot.attribute)}: that attribute of every instance, times {@code coefficient}. */
  List<Expr.Term> sum(long coefficient) {
    in.skip(2);
    Token name = in.expectName("slot.attribute");
    in.expect(Kind.RPAREN, "')'");
    int dot = name.text().indexOf('.');
    Slot slot = dot < 0 ? null : slots.get(name.text().substring(0, dot));
    if (slot == null) {
      throw new SyntaxError(
          name.start(),
          "sum(...) takes a slot's attribute such as bays.width; known slots: " + slots.keySet());
    }
    parser.numeric(name);
    return Slots.sum(slot, coefficient, name.text().substring(dot + 1));
  }
}
