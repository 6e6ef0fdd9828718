package dev.atelier.server.testing;

/** The test kite's YAML model, which catalogue and studio tests extend with values and rules. */
public final class TestKites {

  private TestKites() {}

  /**
   * The lines of kite {@code version} up to its colours, which end with red (two shapes, the delta
   * at 5.00 extra): add more colours, rules and parts after it.
   */
  public static String upToRed(String version) {
    return String.join(
        "\n",
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
        "      - {id: red, label: {en: Red, de: Rot}}");
  }
}
