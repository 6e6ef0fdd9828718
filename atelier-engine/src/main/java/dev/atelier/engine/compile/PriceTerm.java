package dev.atelier.engine.compile;

/**
 * A price contribution: when {@code literal} holds, {@code amount} minor units are added. Immutable
 * and thread-safe.
 *
 * @param literal DIMACS-style literal
 * @param amount minor units, may be negative
 */
public record PriceTerm(int literal, long amount) {}
