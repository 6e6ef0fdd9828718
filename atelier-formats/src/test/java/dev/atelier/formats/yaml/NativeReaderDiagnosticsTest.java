package dev.atelier.formats.yaml;

import static dev.atelier.formats.yaml.NativeTesting.problems;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.atelier.formats.ReadResult;
import org.junit.jupiter.api.Test;

class NativeReaderDiagnosticsTest {
  private static final String HEAD =
      """
      id: bike
      version: "1"
      currency: EUR
      attributes:
        - id: frame
          kind: enum
          values: [steel, alu, carbon]
        - id: gears
          kind: enum
          values: ["3", "8"]
        - {id: basket, kind: boolean, price: 20.00}
      """;

  @Test
  void validHeadLoads() {
    assertThat(NativeFormat.read(new java.io.StringReader(HEAD), "m.yaml"))
        .isInstanceOf(ReadResult.Loaded.class);
  }

  @Test
  void aSurrogatePairOnEveryBufferBoundaryStillReads() {
    // snakeyaml-engine's default buffer is 1,024 characters; the request fuzzer found a 500 when an
    // emoji's high surrogate was the 1,025th character.
    int before = HEAD.length() + "description: \"".length();
    for (int at = 1000; at < 1050; at++) {
      String text = HEAD + "description: \"" + "a".repeat(at - before) + "\uD83D\uDE00 b\"\n";
      assertThatCode(() -> NativeFormat.read(new java.io.StringReader(text), "m.yaml"))
          .as("the pair at %d", at)
          .doesNotThrowAnyException();
    }
  }

  @Test
  void expressionErrorsPointIntoTheScalar() {
    String text =
        HEAD
            + """
            rules:
              - id: r1
                rule: frame = carbon -> gears != 11
              - id: r2
                rule: "(frame = steel basket"
              - id: r3
                rule: fram = alu
            """;
    assertThat(problems(text))
        .containsExactly(
            "m.yaml:14:38: unknown value '11' of attribute 'gears'",
            "m.yaml:16:27: expected ')' or an operator, found 'basket'",
            "m.yaml:18:11: unknown attribute 'fram'; did you mean 'frame'?");
  }

  @Test
  void literalBlockExpressionsArePlacedToo() {
    String text =
        HEAD
            + """
            rules:
              - id: r1
                rule: |
                  frame = carbon ->
                    gears = 9
            """;
    assertThat(problems(text))
        .containsExactly("m.yaml:16:17: unknown value '9' of attribute 'gears'");
  }

  @Test
  void wrongKindsOfScalars() {
    String text =
        """
        id: bike
        version: "1"
        currency: EUR
        basePrice: abc
        attributes:
          - id: width
            kind: integer
            min: 50
            max: 10
          - {id: basket, kind: boolean, price: 1.234}
          - {id: bell, kind: boolean, optional: maybe}
          - {id: big, kind: boolean, price: 1e999999999}
        """;
    assertThat(problems(text))
        .containsExactly(
            "m.yaml:4:12: expected a decimal number such as 12.50 for basePrice, found 'abc'",
            "m.yaml:8:10: min 50 is greater than max 10",
            "m.yaml:10:40: price 1.234 has more than 2 decimal places",
            "m.yaml:11:41: expected true or false for optional, found 'maybe'",
            "m.yaml:12:37: expected a decimal number such as 12.50 for price, found '1e999999999'");
  }

  @Test
  void duplicateIds() {
    String text =
        HEAD
            + """
              - id: frame
                kind: enum
                values: [a, b, a]
            rules:
              - {id: r, rule: basket}
              - {id: r, rule: not basket}
            """;
    assertThat(problems(text))
        .containsExactly(
            "m.yaml:12:9: duplicate attribute id 'frame' (first defined at 5:9)",
            "m.yaml:14:20: duplicate value id 'a' in attribute frame (first at 14:14)",
            "m.yaml:17:10: duplicate rule id 'r' (first defined at 16:10)");
  }

  @Test
  void unknownAndMissingKeys() {
    String text =
        """
        id: bike
        version: "1"
        attributes:
          - id: frame
            kind: enum
            valeus: [steel]
          - id: colour
            kind: enumm
        """;
    assertThat(problems(text))
        .containsExactly(
            "m.yaml:1:1: missing required key 'currency' in the product model",
            "m.yaml:4:5: required attribute 'frame' needs at least one value",
            "m.yaml:6:5: unknown key 'valeus' in attribute; did you mean 'values'? (known keys: id,"
                + " kind, label, optional, adaptive, fact, notByDefault, values)",
            "m.yaml:8:11: unknown attribute kind 'enumm'; did you mean 'enum'? (expected enum,"
                + " boolean, integer or text)");
  }

  @Test
  void tableCellsAndRows() {
    String text =
        HEAD
            + """
            rules:
              - id: t
                table:
                  columns: [frame, gears]
                  allowed:
                    - [steel, "3"]
                    - [carbon, '*', extra]
                    - [alu, "7"]
            """;
    assertThat(problems(text))
        .containsExactly(
            "m.yaml:18:11: row has 3 cells, expected 2",
            "m.yaml:19:17: unknown value '7' of attribute 'gears'");
  }

  @Test
  void yamlSyntaxErrorsAndHostileInputDoNotThrow() {
    assertThat(problems("id: [unclosed\nversion: 1\n"))
        .hasSize(1)
        .first()
        .asString()
        .startsWith("m.yaml:2:");
    assertThat(problems(""))
        .containsExactly("m.yaml:1:1: the file is empty; expected a product model mapping");
    assertThat(problems("[".repeat(100_000)))
        .containsExactly("m.yaml:1:65: nesting deeper than 64 levels");
    assertThat(problems("- just\n- a list\n"))
        .containsExactly("m.yaml:1:1: expected a mapping for the product model, found a list");
  }

  @Test
  void referencesFromSectionsAreChecked() {
    String text =
        HEAD
            + """
            bom:
              - {part: X, quantity: 2*frame + 1}
            presentation:
              layers:
                - {attribute: frame, value: wood, asset: a.svg}
            departments:
              - {id: d, attributes: [frame, gear], rules: [nope]}
            """;
    assertThat(problems(text))
        .containsExactly(
            "m.yaml:13:27: attribute 'frame' is not numeric (only integer and boolean attributes can"
                + " be summed)",
            "m.yaml:16:33: unknown value 'wood' of attribute 'frame'",
            "m.yaml:18:33: unknown attribute 'gear'; did you mean 'gears'?",
            "m.yaml:18:48: unknown rule 'nope'");
  }
}
