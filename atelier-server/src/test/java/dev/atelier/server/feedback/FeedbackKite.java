package dev.atelier.server.feedback;

import dev.atelier.server.testing.TestKites;

/** The feedback tests' kite: two shapes, two colours; the colours belong to the surface shop. */
final class FeedbackKite {

  private FeedbackKite() {}

  /** The kite's YAML source as {@code version}. */
  static String yaml(String version) {
    return String.join(
        "\n",
        TestKites.upToRed(version),
        "      - {id: blue, label: {en: Blue, de: Blau}}",
        "departments:",
        "  - id: surface",
        "    label: {en: Surface shop, de: Oberflächen}",
        "    attributes: [colour]",
        "  - id: frames",
        "    label: {en: Frame shop, de: Rahmenbau}",
        "    attributes: [shape]",
        "");
  }
}
