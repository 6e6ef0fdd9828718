package dev.atelier.server.catalogue;

import dev.atelier.server.catalogue.ModelJson.ModelDiagnostic;
import dev.atelier.server.http.Nullable;

/**
 * Builds one {@link ModelDiagnostic}: severity, code and file first; position (default 1:1) and the
 * attribute, value or rule it names as needed; the message last. Not thread-safe; one per
 * diagnostic.
 */
final class DiagnosticBuilder {
  private final Severity severity;
  private final String code;
  private final String file;
  private int line = 1;
  private int column = 1;
  private @Nullable String attribute;
  private @Nullable String value;
  private @Nullable String rule;

  private DiagnosticBuilder(Severity severity, String code, String file) {
    this.severity = severity;
    this.code = code;
    this.file = file;
  }

  /** A finding of kind {@code code} in {@code file}. */
  static DiagnosticBuilder of(Severity severity, String code, String file) {
    return new DiagnosticBuilder(severity, code, file);
  }

  /** At {@code line}:{@code column} (1-based). */
  DiagnosticBuilder at(int line, int column) {
    this.line = line;
    this.column = column;
    return this;
  }

  /** At {@code position}. */
  DiagnosticBuilder at(SourcePositions.Position position) {
    return at(position.line(), position.column());
  }

  /** Names {@code attribute} and (when not null) one of its values. */
  DiagnosticBuilder value(String attribute, @Nullable String value) {
    this.attribute = attribute;
    this.value = value;
    return this;
  }

  /** Names the rule {@code rule}. */
  DiagnosticBuilder rule(String rule) {
    this.rule = rule;
    return this;
  }

  /** The diagnostic saying {@code message}; its text is {@code file:line:column: message}. */
  ModelDiagnostic message(String message) {
    return new ModelDiagnostic(
        severity.text(),
        code,
        file,
        line,
        column,
        message,
        attribute,
        value,
        rule,
        file + ":" + line + ":" + column + ": " + message);
  }
}
