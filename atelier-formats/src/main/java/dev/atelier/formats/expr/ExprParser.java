package dev.atelier.formats.expr;

import dev.atelier.engine.model.Attribute;
import dev.atelier.engine.model.Expr;
import dev.atelier.engine.model.Slot;
import dev.atelier.formats.expr.TokenCursor.SyntaxError;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Parses the rule expression language (see docs/model-format.md) into engine {@link Expr}s,
 * resolving names against the model's attributes so that unknown attributes and values are reported
 * with their position. Never throws for bad input. Thread-safe: each call lexes ({@link Lexer}) and
 * parses ({@link RuleParser}, {@link ArithmeticParser}, {@link SlotParser}) with its own state.
 */
public final class ExprParser {

  /** How deeply expressions may nest (parentheses, negations, implications). */
  public static final int MAX_DEPTH = 100;

  private ExprParser() {}

  /**
   * Parses a boolean expression over the attributes in {@code scope} (attribute id to attribute).
   */
  public static Parsed<Expr> parse(String text, Map<String, Attribute> scope) {
    return parse(text, scope, Map.of());
  }

  /**
   * Parses a boolean expression over {@code scope} and the module {@code slots} (slot id to slot)
   * whose instances the scope holds: {@code bays.doors} holds per present instance, {@code
   * next(bays).height} per pair of neighbours, and {@code sum(bays.width)}, {@code count(bays where
   * ...)}, {@code all/any/none(bays where ...)} range over the instances (see
   * docs/model-format.md).
   */
  public static Parsed<Expr> parse(
      String text, Map<String, Attribute> scope, Map<String, Slot> slots) {
    return run(text, scope, slots, RuleParser::wholeRule);
  }

  /** Parses a numeric expression such as {@code 2*inseam + 10} over numeric attributes. */
  public static Parsed<Quantity> parseQuantity(String text, Map<String, Attribute> scope) {
    return parseQuantity(text, scope, Map.of());
  }

  /** Parses a numeric expression that may add {@code sum(slot.attribute)} over instances. */
  public static Parsed<Quantity> parseQuantity(
      String text, Map<String, Attribute> scope, Map<String, Slot> slots) {
    return run(text, scope, slots, RuleParser::wholeQuantity);
  }

  /** Lexes {@code text} and applies {@code rule}: its value, or every error found on the way. */
  private static <T> Parsed<T> run(
      String text,
      Map<String, Attribute> scope,
      Map<String, Slot> slots,
      Function<RuleParser, T> rule) {
    Lexer lexer = Lexer.lex(text);
    if (lexer.error() != null) {
      return new Parsed<>(null, List.of(lexer.error()));
    }
    List<ExprError> errors = new ArrayList<>();
    RuleParser p = new RuleParser(new TokenCursor(lexer.tokens()), scope, slots, errors);
    try {
      return new Parsed<>(rule.apply(p), errors);
    } catch (SyntaxError s) {
      errors.add(s.error());
      return new Parsed<>(null, sorted(errors));
    }
  }

  private static List<ExprError> sorted(List<ExprError> errors) {
    List<ExprError> copy = new ArrayList<>(errors);
    copy.sort((a, b) -> Integer.compare(a.offset(), b.offset()));
    return copy;
  }
}
