package dev.atelier.engine.model;

/**
 * The kinds of expression, one per record. A {@code switch} expression over {@link Expr#kind}
 * without {@code default} must name every kind, so that a new kind cannot fall through silently
 * where code asks for one shape (a negated disjunction, a clause of atoms).
 */
public enum ExprKind {
  CONST,
  IS,
  IS_SET,
  NOT,
  AND,
  OR,
  IMPLIES,
  IFF,
  COMPARE,
  COUNT
}
