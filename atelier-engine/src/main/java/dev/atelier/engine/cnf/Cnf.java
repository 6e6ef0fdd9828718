package dev.atelier.engine.cnf;

/**
 * The compiled clauses over DIMACS-style literals (variables 1..numVars). Clause {@code k} belongs
 * to group {@code groups[k]}: {@code -1} for definitions of auxiliary variables (always on), {@code
 * 0 .. attributeCount-1} for an attribute's domain, {@code attributeCount + c} for the model's rule
 * {@code c}. Every auxiliary variable is defined by full equivalence, so models of the CNF and
 * configurations correspond one to one. Immutable by convention (arrays must not be modified);
 * thread-safe for reading.
 *
 * @param numVars number of variables
 * @param trueLit a literal fixed to true by a unit clause
 * @param clauses the clauses
 * @param groups the group of each clause
 * @param attributeCount number of attributes (the first groups)
 * @param branchRanks a knowledge compiler's branching order when the compiler knows a better one
 *     than the primal graph's elimination order (higher ranks first; index 0 unused), or null
 */
public record Cnf(
    int numVars,
    int trueLit,
    int[][] clauses,
    int[] groups,
    int attributeCount,
    int[] branchRanks) {

  /** Group id of definitions, which are always on. */
  public static final int DEFINITION = -1;

  /** A CNF without a branching order of its own. */
  public Cnf(int numVars, int trueLit, int[][] clauses, int[] groups, int attributeCount) {
    this(numVars, trueLit, clauses, groups, attributeCount, null);
  }
}
