package dev.atelier.formats.expr;

/**
 * A problem in an expression text. Immutable and thread-safe.
 *
 * @param offset 0-based character offset in the expression text where the problem is
 * @param message what is wrong, in words
 */
public record ExprError(int offset, String message) {}
