package dev.atelier.formats.check;

import java.math.BigInteger;
import java.util.Objects;

/**
 * How many valid configurations a model has: exact, or an upper bound when counting did not finish
 * in time. Immutable and thread-safe.
 *
 * @param value the count, or the bound
 * @param exact whether {@code value} is the exact count (else an upper bound)
 */
public record SolutionCount(BigInteger value, boolean exact) {

  public SolutionCount {
    Objects.requireNonNull(value, "value");
  }

  @Override
  public String toString() {
    return exact ? value.toString() : "at most " + value + " (upper bound: counting timed out)";
  }
}
