package dev.atelier.formats.uvl;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses the attribute list of a UVL feature, {@code {key value, ...}}: numbers, strings, booleans,
 * {@code constraint} and {@code constraints [...]}; other nested values are skipped. Not
 * thread-safe: one per source.
 */
final class UvlAttributeParser {

  private final UvlTokens tokens;
  private final UvlExprParser expressions;

  UvlAttributeParser(UvlTokens tokens, UvlExprParser expressions) {
    this.tokens = tokens;
    this.expressions = expressions;
  }

  /** The attributes from the current {@code '{'} to its {@code '}'}. */
  List<UvlDocument.AttributeDecl> attributes() {
    List<UvlDocument.AttributeDecl> list = new ArrayList<>();
    tokens.next();
    while (!tokens.peek().is("}")) {
      Token key = tokens.peek();
      if (key.kind() != Token.Kind.NAME && key.kind() != Token.Kind.QUOTED_NAME) {
        tokens.error(key, "expected an attribute name, found " + key.describe());
        tokens.skipTo("}");
        break;
      }
      tokens.next();
      list.add(attributeValue(key));
      if (tokens.peek().is(",")) {
        tokens.next();
      } else if (!tokens.peek().is("}")) {
        tokens.error(
            tokens.peek(),
            "expected ',' or '}' after attribute '"
                + key.text()
                + "', found "
                + tokens.peek().describe());
        tokens.skipTo("}");
        break;
      }
    }
    tokens.next();
    return list;
  }

  private UvlDocument.AttributeDecl attributeValue(Token key) {
    Token v = tokens.peek();
    BigDecimal number = null;
    String text = null;
    List<UvlDocument.ConstraintDecl> constraints = new ArrayList<>();
    if (key.is("constraint") && !v.is(",") && !v.is("}")) {
      UvlDocument.ConstraintDecl c = expressions.constraint();
      if (c != null) {
        constraints.add(c);
      }
    } else if (key.is("constraints") && v.is("[")) {
      constraintList(constraints);
    } else if (v.kind() == Token.Kind.NUMBER
        || (v.is("-") && tokens.peek(1).kind() == Token.Kind.NUMBER)) {
      boolean negative = v.is("-");
      if (negative) {
        tokens.next();
      }
      number = new BigDecimal(tokens.next().text());
      number = negative ? number.negate() : number;
    } else if (v.kind() == Token.Kind.STRING || v.kind() == Token.Kind.QUOTED_NAME) {
      text = tokens.next().text();
    } else if (v.is("true") || v.is("false")) {
      text = tokens.next().text();
    } else if (v.is("[") || v.is("{")) {
      tokens.skipBalanced();
    }
    return new UvlDocument.AttributeDecl(
        key.text(), number, text, constraints, key.line(), key.column());
  }

  /** {@code [c1, c2, ...]}: stops at the first malformed constraint, skipping to the {@code ]}. */
  private void constraintList(List<UvlDocument.ConstraintDecl> constraints) {
    tokens.next();
    while (!tokens.peek().is("]") && !tokens.atKind(Token.Kind.EOF)) {
      UvlDocument.ConstraintDecl c = expressions.constraint();
      if (c == null) {
        tokens.skipTo("]");
        break;
      }
      constraints.add(c);
      if (tokens.peek().is(",")) {
        tokens.next();
      }
    }
    tokens.next();
  }
}
