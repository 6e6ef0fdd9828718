package dev.atelier.server.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SourcePositionsTest {

  @Test
  void findsAttributesValuesAndRulesInYaml() {
    String yaml =
        String.join(
            "\n",
            "id: kite",
            "attributes:",
            "  - id: colour",
            "    values:",
            "      - {id: red}",
            "      - {id: \"black\", label: {en: Black}}",
            "rules:",
            "  - id: colour",
            "    rule: colour != black");
    SourcePositions at = new SourcePositions(yaml);
    assertThat(at.attribute("colour")).isEqualTo(new SourcePositions.Position(3, 9));
    assertThat(at.value("colour", "black")).isEqualTo(new SourcePositions.Position(6, 15));
    assertThat(at.rule("colour")).isEqualTo(new SourcePositions.Position(8, 9));
    assertThat(at.value("colour", "blue")).isEqualTo(new SourcePositions.Position(3, 9));
    assertThat(at.attribute("size")).isEqualTo(new SourcePositions.Position(1, 1));
  }

  @Test
  void findsIdsInJsonAndBareNamesElsewhere() {
    SourcePositions json =
        new SourcePositions("{\"attributes\": [\n  {\"id\": \"colour\", \"values\": []}]}");
    assertThat(json.attribute("colour")).isEqualTo(new SourcePositions.Position(2, 11));
    SourcePositions uvl = new SourcePositions("features\n  Kite\n    optional\n      Tail");
    assertThat(uvl.attribute("Tail")).isEqualTo(new SourcePositions.Position(4, 7));
  }
}
