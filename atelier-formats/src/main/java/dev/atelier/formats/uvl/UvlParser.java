package dev.atelier.formats.uvl;

import dev.atelier.formats.Diagnostic;
import java.util.ArrayList;
import java.util.List;

/**
 * Recursive-descent parser of UVL: namespace, include, imports, features and constraints sections.
 * After a syntax error it reports once per line and resumes at the next line, so every problem of a
 * file is found. The feature tree is parsed by {@link UvlFeatureParser}, expressions by {@link
 * UvlExprParser}. Not thread-safe: one per source.
 */
final class UvlParser {

  private final UvlTokens tokens;
  private final UvlFeatureParser features;
  private final UvlExprParser expressions;
  private String namespace;
  private UvlDocument.FeatureDecl root;

  UvlParser(String source, String file, List<Diagnostic> diagnostics) {
    this.tokens = new UvlTokens(source, file, diagnostics);
    this.expressions = new UvlExprParser(tokens);
    this.features = new UvlFeatureParser(tokens, expressions);
  }

  /** The document; check the shared diagnostics for problems. */
  UvlDocument parse() {
    List<UvlDocument.Import> imports = new ArrayList<>();
    List<UvlDocument.ConstraintDecl> constraints = new ArrayList<>();
    while (!tokens.atKind(Token.Kind.EOF)) {
      int before = tokens.position();
      section(tokens.peek(), imports, constraints);
      if (tokens.position() == before) {
        // Always make progress: a stray token (such as a dedent) must not loop forever.
        tokens.next();
      }
    }
    return new UvlDocument(namespace, imports, root, constraints);
  }

  private void section(
      Token t, List<UvlDocument.Import> imports, List<UvlDocument.ConstraintDecl> constraints) {
    if (t.is("namespace")) {
      tokens.next();
      List<String> ref = tokens.reference();
      namespace = ref == null ? null : String.join(".", ref);
      tokens.endOfLine();
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
      tokens.error(
          t,
          "expected a section (namespace, include, imports, features, constraints), found "
              + t.describe());
      tokens.skipLineAndBlock();
    }
  }

  /** Parses {@code keyword NEWLINE INDENT line* DEDENT}, calling {@code line} per line. */
  private void block(Runnable line) {
    tokens.next();
    tokens.endOfLine();
    if (!tokens.atKind(Token.Kind.INDENT)) {
      return;
    }
    tokens.next();
    while (tokens.insideBlock()) {
      int before = tokens.position();
      line.run();
      if (tokens.position() == before) {
        tokens.skipLineAndBlock();
      }
    }
    tokens.next();
  }

  private void importLine(List<UvlDocument.Import> imports) {
    Token start = tokens.peek();
    List<String> path = tokens.reference();
    if (path == null) {
      tokens.skipLineAndBlock();
      return;
    }
    String alias = null;
    if (tokens.peek().is("as")) {
      tokens.next();
      List<String> name = tokens.reference();
      alias = name == null ? null : String.join(".", name);
    }
    imports.add(new UvlDocument.Import(path, alias, start.line(), start.column()));
    tokens.endOfLine();
  }

  private void includeLine() {
    while (!tokens.atKind(Token.Kind.NEWLINE) && !tokens.atKind(Token.Kind.EOF)) {
      tokens.next();
    }
    tokens.endOfLine();
  }

  private void rootFeature(UvlDocument.FeatureDecl[] holder) {
    if (holder[0] != null) {
      tokens.error(
          tokens.peek(),
          "unexpected "
              + tokens.peek().describe()
              + ": the features section has one root "
              + "feature; indent group keywords and child features below their parent");
      tokens.skipLineAndBlock();
      return;
    }
    holder[0] = features.feature();
  }

  private void constraintLine(List<UvlDocument.ConstraintDecl> constraints) {
    UvlDocument.ConstraintDecl c = expressions.constraint();
    if (c == null) {
      tokens.skipLineAndBlock();
      return;
    }
    constraints.add(c);
    tokens.endOfLine();
  }
}
