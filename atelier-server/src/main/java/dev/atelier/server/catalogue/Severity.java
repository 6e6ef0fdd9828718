package dev.atelier.server.catalogue;

/** How much a model check's finding matters; {@link #text()} is its name in the JSON report. */
enum Severity {
  /** The version cannot be published. */
  ERROR("error"),
  /** Probably a modelling mistake (dead value, redundant rule); publication is allowed. */
  WARNING("warning"),
  /** Worth knowing (forced value, unfinished analysis). */
  INFO("info");

  private final String text;

  Severity(String text) {
    this.text = text;
  }

  /** The severity as the report writes it: error, warning or info. */
  String text() {
    return text;
  }

  /** Whether {@code text} (a stored report's severity) is this severity. */
  boolean is(String text) {
    return this.text.equals(text);
  }
}
