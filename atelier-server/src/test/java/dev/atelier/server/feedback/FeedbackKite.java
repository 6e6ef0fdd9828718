package dev.atelier.server.feedback;

/** The feedback tests' kite: two shapes, two colours; the colours belong to the surface shop. */
final class FeedbackKite {

  private FeedbackKite() {}

  /** The kite's YAML source as {@code version}. */
  static String yaml(String version) {
    return String.join(
        "\n",
        "# The feedback loop's test kite",
        "id: kite",
        "version: \"" + version + "\"",
        "label: {en: Kite, de: Drachen}",
        "currency: EUR",
        "basePrice: 20.00",
        "attributes:",
        "  - id: shape",
        "    kind: enum",
        "    label: {en: Shape, de: Form}",
        "    values:",
        "      - {id: diamond, label: {en: Diamond, de: Raute}}",
        "      - {id: delta, label: {en: Delta, de: Delta}, price: 5.00}",
        "  - id: colour",
        "    kind: enum",
        "    label: {en: Colour, de: Farbe}",
        "    values:",
        "      - {id: red, label: {en: Red, de: Rot}}",
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
