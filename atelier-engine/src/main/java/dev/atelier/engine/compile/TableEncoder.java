package dev.atelier.engine.compile;

import dev.atelier.engine.cnf.VariableMap;
import dev.atelier.engine.model.Attribute;
import dev.atelier.engine.model.Constraint;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Writes an allowed-tuples table as clauses over the value literals alone: the rows form a trie
 * over the columns, and every value missing below a trie node becomes one clause forbidding that
 * prefix with that value. Exact because each attribute takes exactly one value (or is unset).
 * Without auxiliary variables, model counting on large configuration tables (Renault's) stays
 * feasible. Gives up (returns false) when the clauses would be too many. Not thread-safe; used
 * while compiling.
 */
final class TableEncoder {
  private static final int MIN_CLAUSE_BUDGET = 20_000;
  private static final int CLAUSES_PER_ROW = 40;

  private final CnfBuilder cnf;
  private final VariableMap vars;
  private int[][] domainLits;
  private int budget;
  private final List<int[]> out = new ArrayList<>();

  TableEncoder(CnfBuilder cnf, VariableMap vars) {
    this.cnf = cnf;
    this.vars = vars;
  }

  /** Adds the table's clauses to the current group; false (nothing added) if too large. */
  boolean encode(Constraint.Table table) {
    int k = table.attributes().size();
    Integer[] order = new Integer[k];
    domainLits = new int[k][];
    for (int c = 0; c < k; c++) {
      order[c] = c;
      domainLits[c] = domain(table.attributes().get(c));
    }
    java.util.Arrays.sort(order, Comparator.comparingInt(c -> domainLits[c].length));
    List<int[]> rows = new ArrayList<>();
    for (List<String> row : table.rows()) {
      int[] lits = new int[k];
      for (int c = 0; c < k; c++) {
        String cell = row.get(order[c]);
        lits[c] = Constraint.Table.ANY.equals(cell) ? 0 : cellLiteral(table, order[c], cell);
      }
      rows.add(lits);
    }
    int[][] ordered = new int[k][];
    for (int c = 0; c < k; c++) {
      ordered[c] = domainLits[order[c]];
    }
    domainLits = ordered;
    budget = Math.max(MIN_CLAUSE_BUDGET, CLAUSES_PER_ROW * rows.size());
    out.clear();
    if (!trie(rows, 0, new int[k])) {
      return false;
    }
    for (int[] clause : out) {
      cnf.addClause(clause);
    }
    return true;
  }

  private boolean trie(List<int[]> rows, int column, int[] prefix) {
    if (column == domainLits.length) {
      return true;
    }
    for (int lit : domainLits[column]) {
      List<int[]> matching = new ArrayList<>();
      for (int[] row : rows) {
        if (row[column] == 0 || row[column] == lit) {
          matching.add(row);
        }
      }
      prefix[column] = lit;
      if (matching.isEmpty()) {
        if (--budget < 0) {
          return false;
        }
        int[] clause = new int[column + 1];
        for (int c = 0; c <= column; c++) {
          clause[c] = -prefix[c];
        }
        out.add(clause);
      } else if (!trie(matching, column + 1, prefix)) {
        return false;
      }
    }
    return true;
  }

  private int[] domain(String attributeId) {
    int i = vars.indexOf(attributeId);
    Attribute a = vars.attributes().get(i);
    int[] values = vars.valueLiterals(i);
    if (!a.optional()) {
      return values;
    }
    int[] withUnset = java.util.Arrays.copyOf(values, values.length + 1);
    withUnset[values.length] = -vars.setLiteral(i);
    return withUnset;
  }

  private int cellLiteral(Constraint.Table table, int column, String cell) {
    int i = vars.indexOf(table.attributes().get(column));
    return Constraint.Table.UNSET.equals(cell)
        ? -vars.setLiteral(i)
        : vars.valueLiteral(i, vars.valueIndexOf(i, cell));
  }
}
