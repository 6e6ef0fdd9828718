package dev.atelier.formats.sxfm;

import dev.atelier.engine.model.BooleanAttribute;
import dev.atelier.engine.model.Expr;
import dev.atelier.formats.Diagnostic;
import dev.atelier.formats.featuremodel.FeatureConstraint;
import dev.atelier.formats.featuremodel.XmlElement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the SXFM {@code <constraints>} text: one CNF clause per line, {@code name: lit or lit
 * ...}, a literal being a feature id optionally preceded by {@code ~}. Not thread-safe: one per
 * read.
 */
final class SxfmConstraintParser {

  private static final Pattern WORD = Pattern.compile("~\\s*[^\\s~]+|[^\\s~]+");

  private final String file;
  private final Set<String> features;
  private final List<Diagnostic> diagnostics;

  SxfmConstraintParser(String file, Set<String> features, List<Diagnostic> diagnostics) {
    this.file = file;
    this.features = features;
    this.diagnostics = diagnostics;
  }

  /** The clauses that could be read; problems go to the shared list. */
  List<FeatureConstraint> parse(XmlElement constraints) {
    List<FeatureConstraint> clauses = new ArrayList<>();
    String[] lines = constraints.text().split("\r?\n|\r", -1);
    for (int i = 0; i < lines.length; i++) {
      int line = constraints.textLine() + i;
      int offset = i == 0 ? constraints.textColumn() - 1 : 0;
      FeatureConstraint clause = clause(lines[i], line, offset);
      if (clause != null) {
        clauses.add(clause);
      }
    }
    return clauses;
  }

  private FeatureConstraint clause(String text, int line, int offset) {
    if (text.isBlank()) {
      return null;
    }
    int colon = text.indexOf(':');
    if (colon < 0) {
      report(line, offset + firstNonBlank(text), "expected a clause 'name: a or ~b'");
      return null;
    }
    List<Expr> literals = new ArrayList<>();
    boolean ok = true;
    boolean expectLiteral = true;
    Matcher word = WORD.matcher(text);
    word.region(colon + 1, text.length());
    while (word.find()) {
      String token = word.group();
      int column = offset + word.start() + 1;
      if (!expectLiteral && token.equalsIgnoreCase("or")) {
        expectLiteral = true;
        continue;
      }
      if (!expectLiteral) {
        report(line, column, "expected 'or' between literals, found '" + token + "'");
        ok = false;
        continue;
      }
      expectLiteral = false;
      boolean negated = token.startsWith("~");
      String id = negated ? token.substring(1).strip() : token;
      if (!features.contains(id)) {
        report(line, column, "unknown feature '" + id + "'");
        ok = false;
      } else {
        literals.add(new Expr.Is(id, negated ? BooleanAttribute.FALSE : BooleanAttribute.TRUE));
      }
    }
    if (expectLiteral && ok) {
      report(line, offset + text.length() + 1, "clause ends without a literal");
      ok = false;
    }
    if (!ok) {
      return null;
    }
    String name = text.substring(0, colon).strip();
    FeatureConstraint clause = FeatureConstraint.of(new Expr.Or(literals));
    return name.isEmpty()
        ? clause
        : new FeatureConstraint(clause.expr(), name + ": " + clause.text());
  }

  private static int firstNonBlank(String text) {
    int i = 0;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i + 1;
  }

  private void report(int line, int column, String message) {
    diagnostics.add(new Diagnostic(file, line, column, message));
  }
}
