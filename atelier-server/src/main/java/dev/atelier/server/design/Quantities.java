package dev.atelier.server.design;

/** The one limit on how many units of a design a request may name: orders and promises alike. */
public final class Quantities {

  /** The most units one order (or one delivery promise) takes. */
  public static final int MAX = 1000;

  private Quantities() {}
}
