package dev.atelier.engine.compile;

/**
 * Extra expressions encoded on top of a compiled model (e.g. a customer's preferences): new
 * variables numbered after the model's, their defining clauses, and one literal per expression.
 * Immutable by convention (arrays must not be modified).
 *
 * @param numVars total number of variables including the model's
 * @param clauses defining clauses of the new variables
 * @param literals one literal per expression, in order
 */
public record Extension(int numVars, int[][] clauses, int[] literals) {}
