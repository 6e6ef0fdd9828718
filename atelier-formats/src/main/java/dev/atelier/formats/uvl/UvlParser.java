package dev.atelier.formats.uvl;

import dev.atelier.formats.Diagnostic;
import dev.atelier.formats.featuremodel.FeatureGroup;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Recursive-descent parser of UVL: namespace, include, imports, features and constraints sections.
 * After a syntax error it reports once per line and resumes at the next line, so every problem of a
 * file is found. Not thread-safe: one per source.
 */
final class UvlParser {

  private static final Set<String> GROUP_KEYWORDS =
      Set.of("mandatory", "optional", "alternative", "or");

  private final String source;
  private final String file;
  private final List<Diagnostic> diagnostics;
  private final List<Token> tokens;
  private int at;
  private int errorLine = -1;

  UvlParser(String source, String file, List<Diagnostic> diagnostics) {
    this.source = source;
    this.file = file;
    this.diagnostics = diagnostics;
    this.tokens = new UvlLexer(source, file, diagnostics).tokens();
  }

  /** The document; check the shared diagnostics for problems. */
  UvlDocument parse() {
    List<UvlDocument.Import> imports = new ArrayList<>();
    List<UvlDocument.ConstraintDecl> constraints = new ArrayList<>();
    while (peek().kind() != Token.Kind.EOF) {
      int before = at;
      section(peek(), imports, constraints);
      if (at == before) {
        // Always make progress: a stray token (such as a dedent) must not loop forever.
        next();
      }
    }
    return new UvlDocument(namespace, imports, root, constraints);
  }

  private void section(
      Token t, List<UvlDocument.Import> imports, List<UvlDocument.ConstraintDecl> constraints) {
    if (t.is("namespace")) {
      next();
      List<String> ref = reference();
      namespace = ref == null ? null : String.join(".", ref);
      endOfLine();
    } else if (t.is("imports")) {
      block(() -> importLine(imports));
    } else if (t.is("include")) {
      block(this::includeLine);
    } else if (t.is("features")) {
      UvlDocument.FeatureDecl[] holder = new UvlDocument.FeatureDecl[1];
      block(() -> rootFeature(holder));
      root = holder[0] != null ? holder[0] : root;
    } else if (t.is("constraints")) {
      block(() -> constraintLine(constraints));
    } else {
      error(
          t,
          "expected a section (namespace, include, imports, features, constraints), found "
              + t.describe());
      skipLineAndBlock();
    }
  }

  private String namespace;
  private UvlDocument.FeatureDecl root;

  /** Parses {@code keyword NEWLINE INDENT line* DEDENT}, calling {@code line} per line. */
  private void block(Runnable line) {
    next();
    endOfLine();
    if (peek().kind() != Token.Kind.INDENT) {
      return;
    }
    next();
    while (peek().kind() != Token.Kind.DEDENT && peek().kind() != Token.Kind.EOF) {
      int before = at;
      line.run();
      if (at == before) {
        skipLineAndBlock();
      }
    }
    next();
  }

  private void importLine(List<UvlDocument.Import> imports) {
    Token start = peek();
    List<String> path = reference();
    if (path == null) {
      skipLineAndBlock();
      return;
    }
    String alias = null;
    if (peek().is("as")) {
      next();
      List<String> name = reference();
      alias = name == null ? null : String.join(".", name);
    }
    imports.add(new UvlDocument.Import(path, alias, start.line(), start.column()));
    endOfLine();
  }

  private void includeLine() {
    while (peek().kind() != Token.Kind.NEWLINE && peek().kind() != Token.Kind.EOF) {
      next();
    }
    endOfLine();
  }

  private void rootFeature(UvlDocument.FeatureDecl[] holder) {
    if (holder[0] != null) {
      error(
          peek(),
          "unexpected "
              + peek().describe()
              + ": the features section has one root "
              + "feature; indent group keywords and child features below their parent");
      skipLineAndBlock();
      return;
    }
    holder[0] = feature();
  }

  /** A feature line and its indented groups; null (after reporting) when the line is malformed. */
  private UvlDocument.FeatureDecl feature() {
    Token start = peek();
    UvlDocument.Type type = UvlDocument.Type.BOOLEAN;
    boolean declared = false;
    for (UvlDocument.Type candidate : UvlDocument.Type.values()) {
      Token after = peek(1);
      boolean nameFollows =
          after.kind() == Token.Kind.NAME || after.kind() == Token.Kind.QUOTED_NAME;
      if (start.kind() == Token.Kind.NAME
          && nameFollows
          && start.text().equalsIgnoreCase(candidate.name())
          && Character.isUpperCase(start.text().charAt(0))) {
        type = candidate;
        declared = true;
        next();
      }
    }
    List<String> reference = reference();
    boolean cardinality = false;
    List<UvlDocument.AttributeDecl> attributes = new ArrayList<>();
    if (reference != null && peek().is("cardinality")) {
      next();
      cardinality = range() != null;
    }
    if (reference != null && peek().is("{")) {
      attributes = attributes();
    }
    if (reference != null) {
      endOfLine();
    } else {
      skipLine();
    }
    List<UvlDocument.GroupDecl> groups = new ArrayList<>();
    if (peek().kind() == Token.Kind.INDENT) {
      next();
      while (peek().kind() != Token.Kind.DEDENT && peek().kind() != Token.Kind.EOF) {
        UvlDocument.GroupDecl group = group();
        if (group != null) {
          groups.add(group);
        }
      }
      next();
    }
    if (reference == null) {
      return null;
    }
    return new UvlDocument.FeatureDecl(
        reference, type, declared, cardinality, attributes, groups, start.line(), start.column());
  }

  private UvlDocument.GroupDecl group() {
    Token start = peek();
    String kind;
    int min = 0;
    int max = FeatureGroup.UNBOUNDED;
    if (start.kind() == Token.Kind.NAME && GROUP_KEYWORDS.contains(start.text())) {
      next();
      kind = start.text();
    } else if (start.is("[")) {
      int[] bounds = range();
      if (bounds == null) {
        skipLineAndBlock();
        return null;
      }
      kind = "cardinality";
      min = bounds[0];
      max = bounds[1];
    } else {
      error(
          start,
          "expected a group keyword (mandatory, optional, alternative, or, [n..m]), found "
              + start.describe()
              + "; child features are indented below a group keyword");
      skipLineAndBlock();
      return null;
    }
    endOfLine();
    List<UvlDocument.FeatureDecl> children = new ArrayList<>();
    if (peek().kind() == Token.Kind.INDENT) {
      next();
      while (peek().kind() != Token.Kind.DEDENT && peek().kind() != Token.Kind.EOF) {
        UvlDocument.FeatureDecl child = feature();
        if (child != null) {
          children.add(child);
        }
      }
      next();
    }
    return new UvlDocument.GroupDecl(kind, min, max, children, start.line(), start.column());
  }

  /** {@code [n]}, {@code [n..m]}, {@code [n..*]} or {@code [*]}; null after reporting. */
  private int[] range() {
    if (!expect("[")) {
      return null;
    }
    int min;
    int max;
    if (peek().is("*")) {
      next();
      min = 0;
      max = FeatureGroup.UNBOUNDED;
    } else {
      Integer low = integer();
      if (low == null) {
        return null;
      }
      min = low;
      max = low;
      if (peek().is("..")) {
        next();
        if (peek().is("*")) {
          next();
          max = FeatureGroup.UNBOUNDED;
        } else {
          Integer high = integer();
          if (high == null) {
            return null;
          }
          max = high;
        }
      }
    }
    return expect("]") ? new int[] {min, max} : null;
  }

  private Integer integer() {
    Token t = peek();
    if (t.kind() == Token.Kind.NUMBER && t.text().matches("\\d{1,9}")) {
      next();
      return Integer.parseInt(t.text());
    }
    error(t, "expected a whole number, found " + t.describe());
    return null;
  }

  private List<UvlDocument.AttributeDecl> attributes() {
    List<UvlDocument.AttributeDecl> list = new ArrayList<>();
    next();
    while (!peek().is("}")) {
      Token key = peek();
      if (key.kind() != Token.Kind.NAME && key.kind() != Token.Kind.QUOTED_NAME) {
        error(key, "expected an attribute name, found " + key.describe());
        skipTo("}");
        break;
      }
      next();
      list.add(attributeValue(key));
      if (peek().is(",")) {
        next();
      } else if (!peek().is("}")) {
        error(
            peek(),
            "expected ',' or '}' after attribute '" + key.text() + "', found " + peek().describe());
        skipTo("}");
        break;
      }
    }
    next();
    return list;
  }

  private UvlDocument.AttributeDecl attributeValue(Token key) {
    Token v = peek();
    BigDecimal number = null;
    String text = null;
    List<UvlDocument.ConstraintDecl> constraints = new ArrayList<>();
    if (key.is("constraint") && !v.is(",") && !v.is("}")) {
      UvlDocument.ConstraintDecl c = constraint();
      if (c != null) {
        constraints.add(c);
      }
    } else if (key.is("constraints") && v.is("[")) {
      next();
      while (!peek().is("]") && peek().kind() != Token.Kind.EOF) {
        UvlDocument.ConstraintDecl c = constraint();
        if (c == null) {
          skipTo("]");
          break;
        }
        constraints.add(c);
        if (peek().is(",")) {
          next();
        }
      }
      next();
    } else if (v.kind() == Token.Kind.NUMBER
        || (v.is("-") && peek(1).kind() == Token.Kind.NUMBER)) {
      boolean negative = v.is("-");
      if (negative) {
        next();
      }
      number = new BigDecimal(next().text());
      number = negative ? number.negate() : number;
    } else if (v.kind() == Token.Kind.STRING || v.kind() == Token.Kind.QUOTED_NAME) {
      text = next().text();
    } else if (v.is("true") || v.is("false")) {
      text = next().text();
    } else if (v.is("[") || v.is("{")) {
      skipBalanced();
    }
    return new UvlDocument.AttributeDecl(
        key.text(), number, text, constraints, key.line(), key.column());
  }

  private void constraintLine(List<UvlDocument.ConstraintDecl> constraints) {
    UvlDocument.ConstraintDecl c = constraint();
    if (c == null) {
      skipLineAndBlock();
      return;
    }
    constraints.add(c);
    endOfLine();
  }

  private UvlDocument.ConstraintDecl constraint() {
    Token first = peek();
    UvlExpr expr = new UvlExprParser(this).expression();
    if (expr == null) {
      return null;
    }
    Token last = tokens.get(at - 1);
    return new UvlDocument.ConstraintDecl(expr, source.substring(first.start(), last.end()));
  }

  /** A dotted reference of names and quoted names; null after reporting. */
  List<String> reference() {
    List<String> parts = new ArrayList<>();
    while (true) {
      Token t = peek();
      if (t.kind() != Token.Kind.NAME && t.kind() != Token.Kind.QUOTED_NAME) {
        error(
            t,
            "expected a "
                + (parts.isEmpty() ? "name" : "name after '.'")
                + ", found "
                + t.describe());
        return null;
      }
      parts.add(next().text());
      if (!peek().is(".")) {
        return parts;
      }
      next();
    }
  }

  Token peek() {
    return tokens.get(at);
  }

  Token peek(int ahead) {
    return tokens.get(Math.min(at + ahead, tokens.size() - 1));
  }

  Token next() {
    Token t = tokens.get(at);
    if (t.kind() != Token.Kind.EOF) {
      at++;
    }
    return t;
  }

  boolean expect(String symbol) {
    if (peek().is(symbol)) {
      next();
      return true;
    }
    error(peek(), "expected '" + symbol + "', found " + peek().describe());
    return false;
  }

  private void endOfLine() {
    if (peek().kind() == Token.Kind.NEWLINE) {
      next();
    } else if (peek().kind() != Token.Kind.EOF && peek().kind() != Token.Kind.DEDENT) {
      error(peek(), "unexpected " + peek().describe() + ", expected the end of the line");
      skipLine();
    }
  }

  private void skipLine() {
    while (peek().kind() != Token.Kind.NEWLINE && peek().kind() != Token.Kind.EOF) {
      if (peek().kind() == Token.Kind.INDENT || peek().kind() == Token.Kind.DEDENT) {
        return;
      }
      next();
    }
    next();
  }

  private void skipLineAndBlock() {
    skipLine();
    if (peek().kind() == Token.Kind.INDENT) {
      int depth = 0;
      do {
        Token t = next();
        depth += t.kind() == Token.Kind.INDENT ? 1 : t.kind() == Token.Kind.DEDENT ? -1 : 0;
      } while (depth > 0 && peek().kind() != Token.Kind.EOF);
    }
  }

  private void skipTo(String symbol) {
    while (!peek().is(symbol)
        && peek().kind() != Token.Kind.EOF
        && peek().kind() != Token.Kind.NEWLINE) {
      next();
    }
  }

  private void skipBalanced() {
    int depth = 0;
    do {
      Token t = next();
      depth += t.is("[") || t.is("{") ? 1 : t.is("]") || t.is("}") ? -1 : 0;
    } while (depth > 0 && peek().kind() != Token.Kind.EOF);
  }

  /** Reports a syntax error, once per line. Returns null for convenience. */
  <T> T error(Token at, String message) {
    if (at.line() != errorLine) {
      errorLine = at.line();
      diagnostics.add(new Diagnostic(file, at.line(), at.column(), message));
    }
    return null;
  }
}
