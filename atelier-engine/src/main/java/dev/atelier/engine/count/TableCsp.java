package dev.atelier.engine.count;

import dev.atelier.engine.cnf.VariableMap;
import dev.atelier.engine.model.Attribute;
import dev.atelier.engine.model.Constraint;
import dev.atelier.engine.model.IntegerAttribute;
import dev.atelier.engine.model.ProductModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToIntBiFunction;
import java.util.function.ToIntFunction;

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
    Map<Integer, int[]> literals = new HashMap<>();
    for (int i = 0; i < attributes.size(); i++) {
      int[] lits = vars.valueLiterals(i);
      for (int j = 0; j < lits.length; j++) {
        // {attribute, value, sign}: the literal says "value j" (sign 1) or "not value j" (0).
        literals.put(lits[j], new int[] {i, j, 1});
        literals.putIfAbsent(-lits[j], new int[] {i, j, 0});
      }
      if (attributes.get(i).optional()) {
        literals.put(-vars.setLiteral(i), new int[] {i, lits.length, 1});
        literals.put(vars.setLiteral(i), new int[] {i, lits.length, 0});
      }
    }
    return of(model, vars::indexOf, vars::valueIndexOf, literals);
  }

  /**
   * The CSP of {@code model} without a CNF (so without conditioning on literals), for counting a
   * table model without compiling it to clauses; empty as for {@link #of(ProductModel,
   * VariableMap)}.
   */
  public static Optional<TableCsp> of(ProductModel model) {
    List<Attribute> attributes = model.attributes();
    Map<String, Integer> index = new HashMap<>();
    List<Map<String, Integer>> values = new ArrayList<>();
    for (int i = 0; i < attributes.size(); i++) {
      index.put(attributes.get(i).id(), i);
      Map<String, Integer> byId = new HashMap<>();
      List<String> ids = attributes.get(i).valueIds();
      for (int j = 0; j < ids.size(); j++) {
        byId.put(ids.get(j), j);
      }
      values.add(byId);
    }
    if (attributes.stream().anyMatch(a -> a instanceof IntegerAttribute)) {
      return Optional.empty(); // integers accept several spellings: only with a VariableMap
    }
    return of(
        model,
        id -> index.getOrDefault(id, -1),
        (i, v) -> values.get(i).getOrDefault(v, -1),
        Map.of());
  }

  private static Optional<TableCsp> of(
      ProductModel model,
      ToIntFunction<String> indexOf,
      ToIntBiFunction<Integer, String> valueIndexOf,
      Map<Integer, int[]> literals) {
    List<Attribute> attributes = model.attributes();
    int n = attributes.size();
    int[] domains = new int[n];
    boolean[] optional = new boolean[n];
    for (int i = 0; i < n; i++) {
      optional[i] = attributes.get(i).optional();
      domains[i] = attributes.get(i).valueIds().size() + (optional[i] ? 1 : 0);
    }
    Values lookup = new Values(indexOf, valueIndexOf, domains, optional);
    List<Relation> tables = new ArrayList<>();
    for (Constraint c : model.constraints()) {
      if (!(c instanceof Constraint.Table t) || !t.allowed()) {
        return Optional.empty();
      }
      Optional<Relation> r = relation(t, lookup);
      if (r.isEmpty()) {
        return Optional.empty();
      }
      tables.add(r.get());
    }
    return Optional.of(new TableCsp(domains, List.copyOf(tables), Map.copyOf(literals)));
  }

  /** How cells name values: attribute and value indices, domain sizes, optional attributes. */
  private record Values(
      ToIntFunction<String> indexOf,
      ToIntBiFunction<Integer, String> valueIndexOf,
      int[] domains,
      boolean[] optional) {}

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

  private static Optional<Relation> relation(Constraint.Table t, Values vars) {
    int k = t.attributes().size();
    int[] cols = new int[k];
    for (int c = 0; c < k; c++) {
      cols[c] = vars.indexOf().applyAsInt(t.attributes().get(c));
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
        int[] cell = cellValues(vars, cols[c], row.get(c));
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

  private static int[] cellValues(Values vars, int i, String cell) {
    boolean optional = vars.optional()[i];
    int domain = vars.domains()[i];
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
    int j = vars.valueIndexOf().applyAsInt(i, cell);
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
