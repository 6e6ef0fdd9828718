package dev.atelier.server.http;

/**
 * The null checks of record components and constructor arguments, in one statement: {@code
 * Require.nonNull("at kind product", at, kind, product)} throws what {@code
 * Objects.requireNonNull(kind, "kind")} throws for the first null value, a {@link
 * NullPointerException} with the value's name as its message. Stateless.
 */
public final class Require {

  private Require() {}

  /**
   * Throws a {@link NullPointerException} named after the first null of {@code values}; {@code
   * names} are their names in the same order, separated by single spaces.
   */
  public static void nonNull(String names, Object... values) {
    for (int i = 0; i < values.length; i++) {
      if (values[i] == null) {
        throw new NullPointerException(names.split(" ", -1)[i]);
      }
    }
  }
}
