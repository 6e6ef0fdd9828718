package dev.atelier.formats.dimacs;

import dev.atelier.engine.model.ModelValidator;
import dev.atelier.formats.ReadResult;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Line-by-line DIMACS CNF parser: collects clauses, variable names ({@code c <n> <name>}) and every
 * problem with its line and column. Not thread-safe; use one instance per file.
 */
final class DimacsParser {

  /** Problems reported one by one before the rest are only counted. */
  static final int MAX_DIAGNOSTICS = 100;

  /**
   * The largest variable count accepted in a header: two values each must fit a model's bound on
   * values ({@code ModelValidator.MAX_TOTAL_VALUES}).
   */
  static final int MAX_VARIABLES = (int) (ModelValidator.MAX_TOTAL_VALUES / 2);

  private static final String HEADER = DimacsHeader.FORM;

  private final String modelId;
  private final DimacsProblems problems;

  private int lineNo;
  private boolean content;
  private boolean stopped;

  private int headerLine;
  private int declaredVariables = -1;
  private long declaredClauses = -1;
  private int clauseCountColumn;
  private boolean missingHeaderReported;

  private final Map<Integer, String> names = new HashMap<>();
  private final List<int[]> clauses = new ArrayList<>();
  private int[] clauseLines = new int[64];
  private int[] literals = new int[16];
  private int literalCount;
  private boolean inClause;
  private int extraLine;
  private int extraColumn;

  DimacsParser(String file, String modelId) {
    this.modelId = modelId;
    this.problems = new DimacsProblems(file);
  }

  /** Consumes the next line (without its terminator). */
  void accept(String line) {
    lineNo++;
    if (stopped) {
      return;
    }
    int start = Tokens.skipBlanks(line, 0);
    if (start == line.length()) {
      return;
    }
    content = true;
    char first = line.charAt(start);
    if (first == 'c') {
      comment(line, start + 1);
    } else if (first == 'p') {
      header(line, start);
    } else if (first == '%') {
      stopped = true; // SATLIB files end their clause section with '%'
    } else {
      clauseLine(line, start);
    }
  }

  /** The outcome after the last line: the model, or every problem found. */
  ReadResult finish() {
    if (inClause) {
      endClause(); // a final clause without its terminating 0 is accepted
    }
    if (!content) {
      report(1, 1, "empty file: expected a " + HEADER + " header");
    } else if (headerLine == 0 && !missingHeaderReported) {
      report(1, 1, "missing " + HEADER + " header");
    }
    long found = clauses.size();
    if (declaredClauses >= 0 && found > declaredClauses) {
      problems.add(
          extraLine,
          extraColumn,
          "clause "
              + (declaredClauses + 1)
              + " exceeds the "
              + declaredClauses
              + " clauses declared in the header (line "
              + headerLine
              + "); the file has "
              + found);
    } else if (declaredClauses >= 0 && found < declaredClauses) {
      problems.add(
          headerLine,
          clauseCountColumn,
          "the header declares " + declaredClauses + " clauses, but the file has only " + found);
    }
    if (!problems.isEmpty()) {
      return problems.rejected();
    }
    return new ReadResult.Loaded(
        DimacsModel.build(
            modelId,
            declaredVariables,
            names,
            clauses,
            Arrays.copyOf(clauseLines, clauses.size())));
  }

  /** The outcome when reading stopped with an I/O error after the lines consumed so far. */
  ReadResult failed(String message) {
    problems.add(lineNo + 1, 1, message);
    return problems.rejected();
  }

  private void comment(String line, int from) {
    int start = Tokens.skipBlanks(line, from);
    if (start == from) {
      return; // "c" glued to text, or "c" alone: a plain comment
    }
    int end = Tokens.end(line, start);
    long variable = Tokens.parse(line, start, end);
    if (variable <= 0 || variable > MAX_VARIABLES) {
      return; // a plain comment
    }
    String name = line.substring(end).strip();
    if (!name.isEmpty()) {
      names.putIfAbsent((int) variable, name);
    }
  }

  private void header(String line, int at) {
    if (headerLine != 0) {
      problems.report(
          lineNo, at + 1, "duplicate " + HEADER + " header; the first is on line " + headerLine);
      return;
    }
    headerLine = lineNo;
    DimacsHeader header = DimacsHeader.read(line, at, lineNo, problems);
    if (header != null) {
      declaredVariables = header.variables();
      declaredClauses = header.clauses();
      clauseCountColumn = header.clauseCountColumn();
    }
  }

  private void clauseLine(String line, int from) {
    int start = from;
    while (start < line.length()) {
      int end = Tokens.end(line, start);
      literal(line, start, end);
      start = Tokens.skipBlanks(line, end);
    }
  }

  private void literal(String line, int start, int end) {
    int column = start + 1;
    if (headerLine == 0 && !missingHeaderReported) {
      missingHeaderReported = true;
      report(lineNo, column, "expected the " + HEADER + " header before the first clause");
    }
    long value = Tokens.parse(line, start, end);
    if (value == Tokens.NOT_INTEGER) {
      report(
          lineNo,
          column,
          "expected an integer literal or the 0 ending a clause, found '"
              + line.substring(start, end)
              + "'");
      return;
    }
    if (!inClause) {
      startClause(column);
    }
    if (value == 0) {
      endClause();
      return;
    }
    long variable = Math.abs(value);
    long limit = declaredVariables >= 0 ? declaredVariables : MAX_VARIABLES;
    if (value == Tokens.TOO_LARGE || variable > limit) {
      String token = line.substring(start, end);
      report(
          lineNo,
          column,
          declaredVariables >= 0
              ? "literal "
                  + token
                  + " refers to variable "
                  + (token.startsWith("-") ? token.substring(1) : token)
                  + ", but the header declares only "
                  + declaredVariables
                  + " variables"
              : "literal " + token + " is out of range");
      return;
    }
    if (literalCount == literals.length) {
      literals = Arrays.copyOf(literals, literalCount * 2);
    }
    literals[literalCount++] = (int) value;
  }

  private void startClause(int column) {
    inClause = true;
    literalCount = 0;
    int index = clauses.size();
    if (index == clauseLines.length) {
      clauseLines = Arrays.copyOf(clauseLines, index * 2);
    }
    clauseLines[index] = lineNo;
    if (declaredClauses >= 0 && index + 1 > declaredClauses && extraLine == 0) {
      extraLine = lineNo;
      extraColumn = column;
    }
  }

  private void endClause() {
    clauses.add(Arrays.copyOf(literals, literalCount));
    inClause = false;
  }

  private void report(int line, int column, String message) {
    problems.report(line, column, message);
  }
}
