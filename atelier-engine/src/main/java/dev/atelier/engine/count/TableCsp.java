package dev.atelier.engine.count;

import dev.atelier.engine.compile.VariableMap;
import dev.atelier.engine.model.Attribute;
import dev.atelier.engine.model.Constraint;
import dev.atelier.engine.model.ProductModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A model whose every rule is an allowed-tuples table, seen as a finite-domain CSP: one variable
 * per attribute (values in model order, then "unset" for an optional attribute) and one relation
 * per table, with wildcard cells expanded. Its solutions are exactly the configurations, so they
 * are exactly the models of the compiled CNF. The CNF's value and set literals map to value
 * restrictions, so a count under unit literals conditions the CSP. Immutable and thread-safe.
 *
 * @param domains number of values of each variable
 * @param tables the relations: scope (distinct variables) and allowed rows
 * @param literals per CNF variable, how its literals restrict the CSP (see {@link #restrict})
 */
public record TableCsp(int[] domains, List<Relation> tables, Map<Integer, int[]> literals) {

  // A table whose wildcards expand beyond this many rows is not worth the CSP path.
  private static final int MAX_EXPANDED_ROWS = 2_000_000;

  /** A table: its scope and its allowed rows (value indices, one per scope variable). */
  public record Relation(int[] scope, int[][] rows) {}

  /**
   * The CSP of {@code model}, or empty when a rule is not an allowed-tuples table (or a table's
   * wildcards expand too far).
   */
  public static Optional<TableCsp> of(ProductModel model, VariableMap vars) {
    List<Attribute> attributes = vars.attributes();
    int n = attributes.size();
    int[] domains = new int[n];
    Map<Integer, int[]> literals = new HashMap<>();
    for (int i = 0; i < n; i++) {
      int[] lits = vars.valueLiterals(i);
      boolean optional = attributes.get(i).optional();
      domains[i] = lits.length + (optional ? 1 : 0);
      for (int j = 0; j < lits.length; j++) {
        // {attribute, value, sign}: the literal says "value j" (sign 1) or "not value j" (0).
        literals.put(lits[j], new int[] {i, j, 1});
        literals.putIfAbsent(-lits[j], new int[] {i, j, 0});
      }
      if (optional) {
        literals.put(-vars.setLiteral(i), new int[] {i, lits.length, 1});
        literals.put(vars.setLiteral(i), new int[] {i, lits.length, 0});
      }
    }
    List<Relation> tables = new ArrayList<>();
    for (Constraint c : model.constraints()) {
      if (!(c instanceof Constraint.Table t) || !t.allowed()) {
        return Optional.empty();
      }
      Optional<Relation> r = relation(t, vars, domains);
      if (r.isEmpty()) {
        return Optional.empty();
      }
      tables.add(r.get());
    }
    return Optional.of(new TableCsp(domains, List.copyOf(tables), Map.copyOf(literals)));
  }

  /**
   * Which values stay allowed when every literal of {@code units} holds: per variable, a mask of
   * its values; empty when a literal is not a value or set literal of an attribute.
   */
  public Optional<boolean[][]> restrict(int[] units) {
    boolean[][] allowed = new boolean[domains.length][];
    for (int i = 0; i < domains.length; i++) {
      allowed[i] = new boolean[domains[i]];
      java.util.Arrays.fill(allowed[i], true);
    }
    for (int lit : units) {
      int[] m = literals.get(lit);
      if (m == null) {
        return Optional.empty();
      }
      if (m[2] == 0) {
        allowed[m[0]][m[1]] = false;
      } else {
        for (int j = 0; j < domains[m[0]]; j++) {
          allowed[m[0]][j] &= j == m[1];
        }
      }
    }
    return Optional.of(allowed);
  }

  private static Optional<Relation> relation(Constraint.Table t, VariableMap vars, int[] domains) {
    int k = t.attributes().size();
    int[] cols = new int[k];
    for (int c = 0; c < k; c++) {
      cols[c] = vars.indexOf(t.attributes().get(c));
      if (cols[c] < 0) {
        return Optional.empty();
      }
    }
    // A scope may name an attribute twice; the relation keeps one column per attribute.
    int[] scope = java.util.Arrays.stream(cols).distinct().toArray();
    int[] position = new int[k];
    for (int c = 0; c < k; c++) {
      for (int s = 0; s < scope.length; s++) {
        if (scope[s] == cols[c]) {
          position[c] = s;
        }
      }
    }
    List<int[]> rows = new ArrayList<>();
    for (List<String> row : t.rows()) {
      int[][] options = new int[scope.length][];
      boolean possible = row.size() >= k;
      for (int c = 0; c < k && possible; c++) {
        int[] cell = cellValues(vars, cols[c], domains[cols[c]], row.get(c));
        int s = position[c];
        options[s] = options[s] == null ? cell : intersect(options[s], cell);
        possible = options[s].length > 0;
      }
      if (possible && !expand(options, 0, new int[scope.length], rows)) {
        return Optional.empty();
      }
    }
    return Optional.of(new Relation(scope, rows.toArray(new int[0][])));
  }

  private static int[] cellValues(VariableMap vars, int i, int domain, String cell) {
    boolean optional = vars.attributes().get(i).optional();
    if (Constraint.Table.ANY.equals(cell)) {
      int[] all = new int[domain];
      for (int j = 0; j < domain; j++) {
        all[j] = j;
      }
      return all;
    }
    if (Constraint.Table.UNSET.equals(cell)) {
      return optional ? new int[] {domain - 1} : new int[0];
    }
    int j = vars.valueIndexOf(i, cell);
    return j < 0 ? new int[0] : new int[] {j};
  }

  private static int[] intersect(int[] a, int[] b) {
    return java.util.Arrays.stream(a)
        .filter(x -> java.util.Arrays.stream(b).anyMatch(y -> y == x))
        .toArray();
  }

  private static boolean expand(int[][] options, int s, int[] row, List<int[]> out) {
    if (s == options.length) {
      out.add(row.clone());
      return out.size() <= MAX_EXPANDED_ROWS;
    }
    for (int v : options[s]) {
      row[s] = v;
      if (!expand(options, s + 1, row, out)) {
        return false;
      }
    }
    return true;
  }
}
