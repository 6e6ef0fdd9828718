package dev.atelier.engine.session;

/**
 * Reading a satisfying assignment (a model: {@code model[v]} is variable {@code v}'s value, index 0
 * unused) against literals.
 */
final class Assignments {
  private Assignments() {}

  /** Whether {@code lit} is true in {@code model}. */
  static boolean holds(boolean[] model, int lit) {
    return lit > 0 ? model[lit] : !model[-lit];
  }

  /** Whether every literal of {@code lits} is true in {@code model}. */
  static boolean satisfies(boolean[] model, int[] lits) {
    for (int lit : lits) {
      if (!holds(model, lit)) {
        return false;
      }
    }
    return true;
  }
}
